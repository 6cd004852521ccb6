package dev.samvad.sdk;

import dev.samvad.api.InvalidInputException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles of the product brief, each a fixed set of {@link Permission}s. The host maps its own
 * users' roles onto these when it builds a {@link Principal}; a principal with several roles has
 * every permission any of them grants.
 *
 * <table>
 *   <caption>Permissions per role (also in {@code docs/security.md})</caption>
 *   <tr><th>Permission</th><th>CULTURAL_ANALYST</th><th>RELATIONSHIP_MANAGER</th>
 *       <th>COMMUNICATION_COORDINATOR</th><th>ADMINISTRATOR</th></tr>
 *   <tr><td>CUSTOMER_READ</td><td>all</td><td>assigned</td><td>all</td><td>all</td></tr>
 *   <tr><td>CUSTOMER_WRITE</td><td>—</td><td>assigned</td><td>—</td><td>all</td></tr>
 *   <tr><td>LEDGER_READ</td><td>—</td><td>assigned</td><td>all</td><td>all</td></tr>
 *   <tr><td>LEDGER_WRITE</td><td>—</td><td>—</td><td>—</td><td>all</td></tr>
 *   <tr><td>INTERACTION_WRITE</td><td>—</td><td>assigned</td><td>all</td><td>all</td></tr>
 *   <tr><td>MESSAGE_TEXT_READ</td><td>—</td><td>assigned, team</td><td>team</td><td>all</td></tr>
 *   <tr><td>CULTURE_READ</td><td>all</td><td>assigned</td><td>all</td><td>all</td></tr>
 *   <tr><td>CULTURE_ANALYSE</td><td>all</td><td>—</td><td>—</td><td>all</td></tr>
 *   <tr><td>CONTENT_ADAPT</td><td>all</td><td>assigned</td><td>all</td><td>all</td></tr>
 *   <tr><td>RELATIONSHIP_READ</td><td>all</td><td>assigned</td><td>all</td><td>all</td></tr>
 *   <tr><td>RELATIONSHIP_ANALYSE</td><td>—</td><td>assigned</td><td>—</td><td>all</td></tr>
 *   <tr><td>CAMPAIGN_READ</td><td>—</td><td>assigned</td><td>all</td><td>all</td></tr>
 *   <tr><td>CAMPAIGN_MANAGE</td><td>—</td><td>assigned</td><td>all</td><td>all</td></tr>
 *   <tr><td>CAMPAIGN_RUN</td><td>—</td><td>—</td><td>—</td><td>all</td></tr>
 *   <tr><td>RESPONSE_PROCESS</td><td>—</td><td>assigned</td><td>all</td><td>all</td></tr>
 *   <tr><td>TASK_WORK</td><td>—</td><td>assigned</td><td>all</td><td>all</td></tr>
 *   <tr><td>CONSTRAINT_READ</td><td>all</td><td>—</td><td>all</td><td>all</td></tr>
 *   <tr><td>CONSTRAINT_ANALYSE</td><td>all</td><td>—</td><td>—</td><td>all</td></tr>
 * </table>
 *
 * <p>"assigned": a {@link #RELATIONSHIP_MANAGER}'s permissions reach only the customers whose ids
 * are in the principal's {@value Principal#ASSIGNED_CUSTOMERS} attribute (none when it is absent);
 * lists show only those customers, and portfolio-wide routes are refused. "team": raw message text
 * of a customer whose team (from {@link Samvad.Builder#customerTeams}) is not among the principal's
 * {@value Principal#TEAMS} is refused to everyone but an {@link #ADMINISTRATOR}.
 */
public enum Role {
  /** Studies customers' cultural profiles and the portfolio's segments; reads no message text. */
  CULTURAL_ANALYST(
      false,
      Permission.CUSTOMER_READ,
      Permission.CULTURE_READ,
      Permission.CULTURE_ANALYSE,
      Permission.CONTENT_ADAPT,
      Permission.RELATIONSHIP_READ,
      Permission.CONSTRAINT_READ,
      Permission.CONSTRAINT_ANALYSE),
  /** Looks after the customers assigned to them, and only those. */
  RELATIONSHIP_MANAGER(
      true,
      Permission.CUSTOMER_READ,
      Permission.CUSTOMER_WRITE,
      Permission.LEDGER_READ,
      Permission.INTERACTION_WRITE,
      Permission.MESSAGE_TEXT_READ,
      Permission.CULTURE_READ,
      Permission.CONTENT_ADAPT,
      Permission.RELATIONSHIP_READ,
      Permission.RELATIONSHIP_ANALYSE,
      Permission.CAMPAIGN_READ,
      Permission.CAMPAIGN_MANAGE,
      Permission.RESPONSE_PROCESS,
      Permission.TASK_WORK,
      Permission.CONSENT_READ,
      Permission.CONSENT_WRITE),
  /** Runs the campaigns and the task inbox for the whole book. */
  COMMUNICATION_COORDINATOR(
      false,
      Permission.CUSTOMER_READ,
      Permission.LEDGER_READ,
      Permission.INTERACTION_WRITE,
      Permission.MESSAGE_TEXT_READ,
      Permission.CULTURE_READ,
      Permission.CONTENT_ADAPT,
      Permission.RELATIONSHIP_READ,
      Permission.CAMPAIGN_READ,
      Permission.CAMPAIGN_MANAGE,
      Permission.RESPONSE_PROCESS,
      Permission.TASK_WORK,
      Permission.CONSTRAINT_READ,
      Permission.CONSENT_READ,
      Permission.CONSENT_WRITE),
  /**
   * Everything, for every customer and team. Also the role for the host's own integrations (ledger
   * loads, schedulers) when they call the JSON API.
   */
  ADMINISTRATOR(false, Permission.values());

  private final boolean assignedCustomersOnly;
  private final Set<Permission> permissions;

  Role(boolean assignedCustomersOnly, Permission... permissions) {
    this.assignedCustomersOnly = assignedCustomersOnly;
    EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
    set.addAll(Arrays.asList(permissions));
    this.permissions = Collections.unmodifiableSet(set);
  }

  /** The permissions this role grants. */
  public Set<Permission> permissions() {
    return permissions;
  }

  /** True when this role's permissions reach only the principal's assigned customers. */
  public boolean assignedCustomersOnly() {
    return assignedCustomersOnly;
  }

  /**
   * The role a host names {@code name}: the constant's name in any letter case, with spaces or
   * hyphens for underscores ({@code "relationship manager"}, {@code "relationship-manager"}), or
   * {@code "system administrator"} for {@link #ADMINISTRATOR}.
   *
   * @throws InvalidInputException naming {@code role} for any other name
   */
  public static Role parse(String name) {
    InvalidInputException.require(name, "role");
    String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    if (key.equals("SYSTEM_ADMINISTRATOR")) {
      return ADMINISTRATOR;
    }
    for (Role role : values()) {
      if (role.name().equals(key)) {
        return role;
      }
    }
    throw new InvalidInputException(
        "role",
        "unknown role '"
            + (name.length() > 40 ? name.substring(0, 40) + "…" : name)
            + "'; use one of "
            + Arrays.stream(values()).map(Role::name).collect(Collectors.joining(", ")));
  }
}
