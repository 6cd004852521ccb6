package dev.samvad.sdk.internal.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.PermissionDeniedException;
import dev.samvad.sdk.JsonRoute;
import dev.samvad.sdk.Principal;
import dev.samvad.sdk.internal.Access;
import dev.samvad.sdk.internal.ConsentDesk;
import dev.samvad.sdk.internal.ConstraintDesk;
import dev.samvad.sdk.internal.CultureDesk;
import dev.samvad.sdk.internal.DataRights;
import dev.samvad.sdk.internal.Ledger;
import dev.samvad.sdk.internal.OrchestrationDesk;
import dev.samvad.sdk.internal.RelationshipDesk;
import dev.samvad.sdk.internal.ReplyDesk;
import dev.samvad.sdk.internal.Services;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One request that passed the generic checks, as an endpoint sees it: the caller, the path
 * parameters (already validated), the query and the body. Not shared between threads.
 */
public final class Call {
  /** Path parameters by name and the typed id that validates them. */
  static final Map<String, Function<String, ?>> PARAMETER_TYPES =
      Map.of(
          "customerId", CustomerId::new,
          "campaignId", CampaignId::new,
          "executionId", ExecutionId::new,
          "taskId", Call::checkedTaskId);

  private final String method;
  private final String template;
  private final @Nullable Principal principal;
  private final @Nullable Access access;
  private final Map<String, String> params;
  private final RequestTarget target;
  private @Nullable ObjectNode body;
  private final Binder binder;
  private final Services services;
  private final Guard guard;
  private Optional<CustomerId> customer = Optional.empty();
  private boolean guarded;

  Call(
      String method,
      String template,
      @Nullable Principal principal,
      @Nullable Access access,
      Map<String, String> params,
      RequestTarget target,
      Binder binder,
      Services services,
      Guard guard) {
    this.method = method;
    this.template = template;
    this.principal = principal;
    this.access = access;
    this.params = Map.copyOf(params);
    this.target = target;
    this.binder = binder;
    this.services = services;
    this.guard = guard;
    params.forEach(
        (name, value) -> {
          Function<String, ?> type = PARAMETER_TYPES.get(name);
          if (type != null) {
            type.apply(value);
          }
        });
  }

  /** The route, e.g. {@code POST /api/v1/invoices}. */
  public String route() {
    return method + " " + template;
  }

  /** The authenticated caller. */
  public Principal principal() {
    if (principal == null) {
      throw new PermissionDeniedException(ErrorCode.UNAUTHENTICATED, "no caller was given");
    }
    return principal;
  }

  /**
   * Before the body is read: checks the customer the path names, and — for a caller whom an
   * attribute rule limits to assigned customers — the customer of the campaign, message or task the
   * path names (loading it may answer 404). Authorisation by attribute so comes before anything in
   * the body is validated.
   */
  void guardBeforeBody() {
    if (access == null) {
      return;
    }
    if (guard.scope() == JsonRoute.CustomerScope.PATH) {
      customer = Guards.named(guard, this, access, route());
    } else if (guard.scope() == JsonRoute.CustomerScope.RESOURCE
        && Guards.limitedByAttribute(guard, access)) {
      guardResource();
    }
  }

  /** The body as read, once it has passed the generic checks; null for routes without one. */
  void attachBody(@Nullable ObjectNode tree) {
    this.body = tree;
  }

  /**
   * After the body is read and before it is bound: checks the customer the body names against the
   * caller's assigned customers and teams.
   */
  void guardNamedCustomer() {
    if (access != null && guard.scope() == JsonRoute.CustomerScope.BODY) {
      customer = Guards.named(guard, this, access, route());
    }
    guarded = guarded || guard.scope() != JsonRoute.CustomerScope.RESOURCE;
  }

  /**
   * For a route addressing a campaign, message or task: checks its customer the first time the
   * endpoint reaches for a desk, so that the endpoint's own checks of the body come first and
   * nothing is read or changed before the check.
   */
  private void guardResource() {
    if (guarded) {
      return;
    }
    guarded = true; // the owner lookup reaches for a desk itself
    if (access != null) {
      customer = Guards.resource(guard, this, access, route());
    }
  }

  /** The customer the guards checked; throws if a resource route never checked its customer. */
  Optional<CustomerId> guardedCustomer() {
    if (!guarded) {
      throw new IllegalStateException(route() + " answered without its customer check");
    }
    return customer;
  }

  /** What the caller may do, and the audit trail's name for them. */
  public Access access() {
    if (access == null) {
      throw new PermissionDeniedException(ErrorCode.UNAUTHENTICATED, "no caller was given");
    }
    return access;
  }

  /** The caller's ledger; writes are audited with actor {@code user:<userId>}. */
  public Ledger ledger() {
    guardResource();
    Access a = access();
    return services.ledger(a.tenant(), a.actor());
  }

  /** The caller's reply-reading desk. */
  public ReplyDesk replies() {
    guardResource();
    Access a = access();
    return services.replies(a.tenant(), a.actor());
  }

  /** The caller's relationship-intelligence desk. */
  public RelationshipDesk relationships() {
    guardResource();
    Access a = access();
    return services.relationships(a.tenant(), a.actor());
  }

  /** The caller's cultural-intelligence desk. */
  public CultureDesk culture() {
    guardResource();
    Access a = access();
    return services.culture(a.tenant(), a.actor());
  }

  /** The caller's constraint-analysis desk. */
  public ConstraintDesk constraints() {
    guardResource();
    Access a = access();
    return services.constraints(a.tenant(), a.actor());
  }

  /** The path parameter {@code customerId}. */
  public CustomerId customerId() {
    return new CustomerId(param("customerId"));
  }

  /** The path parameter {@code campaignId}. */
  public CampaignId campaignId() {
    return new CampaignId(param("campaignId"));
  }

  /** The {@code taskId} path parameter. */
  public String taskId() {
    return param("taskId");
  }

  private static String checkedTaskId(String value) {
    if (value.isEmpty() || value.length() > 128 || !value.chars().allMatch(Call::taskIdChar)) {
      throw new InvalidInputException(
          "taskId",
          "must be 1 to 128 letters, digits and - _ . :, was '" + abbreviate(value) + "'");
    }
    return value;
  }

  private static boolean taskIdChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == ':';
  }

  /** Campaigns, for the caller. */
  public OrchestrationDesk orchestration() {
    guardResource();
    Access a = access();
    return services.orchestration(a.tenant(), a.actor());
  }

  /** Consent ledgers, for the caller. */
  public ConsentDesk consents() {
    guardResource();
    Access a = access();
    return services.consents(a.tenant(), a.actor());
  }

  /** Export, erasure and purge, for the caller. */
  public DataRights dataRights() {
    guardResource();
    Access a = access();
    return services.dataRights(a.tenant(), a.actor());
  }

  /** The caller's tenant's retention periods. */
  public dev.samvad.sdk.RetentionPolicy retention() {
    return services.retention(access().tenant());
  }

  /** The path parameter {@code executionId}. */
  public ExecutionId executionId() {
    return new ExecutionId(param("executionId"));
  }

  private String param(String name) {
    String value = params.get(name);
    if (value == null) {
      throw new IllegalStateException(route() + " has no path parameter " + name);
    }
    return value;
  }

  /** A query parameter. */
  public Optional<String> query(String name) {
    return target.param(name);
  }

  /** A whole-number query parameter within {@code [min, max]}, or {@code fallback} when absent. */
  public int intQuery(String name, int fallback, int min, int max) {
    Optional<String> text = query(name).filter(s -> !s.isEmpty());
    if (text.isEmpty()) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(text.get());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          ErrorCode.WRONG_TYPE,
          name,
          "must be a whole number, was '" + abbreviate(text.get()) + "'");
    }
    if (value < min || value > max) {
      throw new InvalidInputException(name, "must be " + min + " to " + max + ", was " + value);
    }
    return value;
  }

  /** The body as a JSON object (its {@code tenantId} already checked and removed). */
  public ObjectNode bodyTree() {
    if (body == null) {
      throw new IllegalStateException(route() + " takes no body");
    }
    return body;
  }

  /** The body bound to {@code type}; binding failures name the field. */
  public <T> T body(Class<T> type) {
    return binder.bind(bodyTree(), type);
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
