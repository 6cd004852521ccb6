package dev.samvad.sdk.internal;

import dev.samvad.api.CustomerId;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.PermissionDeniedException;
import dev.samvad.api.TenantId;
import dev.samvad.api.spi.AuditEntry;
import dev.samvad.api.spi.AuditSink;
import dev.samvad.sdk.CustomerTeams;
import dev.samvad.sdk.Permission;
import dev.samvad.sdk.Principal;
import dev.samvad.sdk.Role;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Who a call acts for and what they may do: the one place the role and attribute rules are applied.
 * Denials throw {@code PERMISSION_DENIED} and are audited as {@code access.denied}; reads of
 * sensitive data are audited through {@link #recordRead}.
 *
 * <p>The host's own session ({@link #host}) may do everything: the host process is trusted, and
 * people reach Samvad through principals.
 */
public final class Access {
  /** How far a permission reaches. */
  public enum Reach {
    /** Not granted at all. */
    NONE,
    /** Granted for the principal's assigned customers only. */
    ASSIGNED,
    /** Granted for every customer of the tenant. */
    ALL
  }

  private final TenantId tenant;
  private final @Nullable Principal principal;
  private final CustomerTeams teams;
  private final AuditSink audit;
  private final Clock clock;

  private Access(
      TenantId tenant,
      @Nullable Principal principal,
      CustomerTeams teams,
      AuditSink audit,
      Clock clock) {
    this.tenant = tenant;
    this.principal = principal;
    this.teams = teams;
    this.audit = audit;
    this.clock = clock;
  }

  /** The host's own session of {@code tenant}: actor {@code host}, every permission. */
  public static Access host(TenantId tenant, AuditSink audit, Clock clock) {
    return new Access(tenant, null, CustomerTeams.none(), audit, clock);
  }

  /** Acting for {@code principal} in its tenant. */
  public static Access of(Principal principal, CustomerTeams teams, AuditSink audit, Clock clock) {
    InvalidInputException.require(principal, "principal");
    return new Access(principal.tenant(), principal, teams, audit, clock);
  }

  /** The tenant every call of this caller is confined to. */
  public TenantId tenant() {
    return tenant;
  }

  /** The audit trail's name for the caller: {@code host} or {@code user:<userId>}. */
  public String actor() {
    return principal == null ? "host" : "user:" + principal.userId();
  }

  /** How far {@code permission} reaches for this caller. */
  public Reach reach(Permission permission) {
    if (principal == null) {
      return Reach.ALL;
    }
    Reach best = Reach.NONE;
    for (Role role : principal.roles()) {
      if (role.permissions().contains(permission)) {
        if (!role.assignedCustomersOnly()) {
          return Reach.ALL;
        }
        best = Reach.ASSIGNED;
      }
    }
    return best;
  }

  /**
   * Requires {@code permission} for at least some customers.
   *
   * @param operation what is attempted, for the message and the audit trail (a route, a method)
   */
  public void require(Permission permission, String operation) {
    if (reach(permission) == Reach.NONE) {
      throw deny(permission, operation, "operation:" + operation, "role", lacksRole(permission));
    }
  }

  /** Requires {@code permission} for every customer: for portfolio-wide reads and runs. */
  public void requireEveryCustomer(Permission permission, String operation) {
    require(permission, operation);
    if (reach(permission) != Reach.ALL) {
      throw deny(
          permission,
          operation,
          "operation:" + operation,
          "portfolio",
          "it reads or acts on the whole portfolio, and "
              + permission
              + " reaches only the principal's "
              + Principal.ASSIGNED_CUSTOMERS);
    }
  }

  /** Requires {@code permission} for {@code customer}, including the team rule for message text. */
  public void require(Permission permission, CustomerId customer, String operation) {
    Optional<Rule> broken = broken(permission, customer);
    if (broken.isPresent()) {
      Rule rule = broken.get();
      throw deny(
          permission,
          operation + " for customer '" + customer.value() + "'",
          "customer:" + customer.value(),
          rule.name().toLowerCase(Locale.ROOT),
          rule == Rule.ROLE ? lacksRole(permission) : rule.reason);
    }
  }

  /** True when {@link #require(Permission, CustomerId, String)} would pass; audits nothing. */
  public boolean allows(Permission permission, CustomerId customer) {
    return broken(permission, customer).isEmpty();
  }

  /**
   * The customers {@code permission} is limited to, or empty when it reaches every customer. Lists
   * show only these.
   */
  public Optional<Set<CustomerId>> limitedTo(Permission permission) {
    Reach reach = reach(permission);
    if (reach == Reach.ALL) {
      return Optional.empty();
    }
    if (reach == Reach.NONE) {
      return Optional.of(Set.of());
    }
    Set<CustomerId> ids = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
    for (String value : assigned()) {
      try {
        ids.add(new CustomerId(value));
      } catch (InvalidInputException e) {
        // An id that cannot exist reaches nothing.
      }
    }
    return Optional.of(ids);
  }

  /**
   * Audits a read of sensitive data (contact details, message text, judgements about a customer).
   *
   * @param action e.g. {@code customer.read}, {@code message.read}
   * @param target e.g. {@code customer:C-104}
   */
  public void recordRead(String action, String target, Map<String, String> details) {
    audit.append(new AuditEntry(tenant, actor(), action, target, clock.instant(), details));
  }

  /** The rules a call can break. */
  private enum Rule {
    ROLE(""),
    ASSIGNMENT("the customer is not among the principal's " + Principal.ASSIGNED_CUSTOMERS),
    TEAM("the customer's messages belong to another team; only an ADMINISTRATOR reads them");

    final String reason;

    Rule(String reason) {
      this.reason = reason;
    }
  }

  private Optional<Rule> broken(Permission permission, CustomerId customer) {
    Reach reach = reach(permission);
    if (reach == Reach.NONE) {
      return Optional.of(Rule.ROLE);
    }
    if (reach == Reach.ASSIGNED && !assigned().contains(customer.value())) {
      return Optional.of(Rule.ASSIGNMENT);
    }
    if (permission == Permission.MESSAGE_TEXT_READ
        && principal != null
        && !principal.has(Role.ADMINISTRATOR)) {
      Optional<String> team = teams.teamOf(tenant, customer);
      if (team.isPresent() && !principal.attribute(Principal.TEAMS).contains(team.get())) {
        return Optional.of(Rule.TEAM);
      }
    }
    return Optional.empty();
  }

  private Set<String> assigned() {
    return principal == null ? Set.of() : principal.attribute(Principal.ASSIGNED_CUSTOMERS);
  }

  private String lacksRole(Permission permission) {
    Set<Role> roles = principal == null ? Set.of() : principal.roles();
    return "it needs the permission "
        + permission
        + (roles.isEmpty()
            ? ", and the principal has no roles"
            : ", which none of the principal's roles ("
                + roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "))
                + ") grants");
  }

  private PermissionDeniedException deny(
      Permission permission, String operation, String target, String rule, String reason) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("permission", permission.name());
    details.put("operation", operation);
    details.put("rule", rule);
    audit.append(
        new AuditEntry(tenant, actor(), "access.denied", target, clock.instant(), details));
    return new PermissionDeniedException(
        ErrorCode.PERMISSION_DENIED, abbreviate(actor()) + " may not " + operation + ": " + reason);
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }
}
