package dev.samvad.sdk;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The person (or host component) a call acts for. Samvad does not authenticate anyone: the host
 * checks the caller's credentials (session, JWT, API key — whatever it already uses), maps its
 * user's roles onto Samvad's {@link Role}s and hands Samvad this value with every {@link JsonApi}
 * request, or opens a {@link TenantSession} for it with {@link Samvad#session(Principal)}. Samvad
 * authorises: every call is confined to {@link #tenant()}, needs the {@link Permission} its route
 * or method declares, and obeys the attribute rules below. A body naming another tenant is refused
 * with {@code 403 TENANT_MISMATCH}.
 *
 * <p>Attributes Samvad reads:
 *
 * <ul>
 *   <li>{@value #ASSIGNED_CUSTOMERS}: the customer ids a {@link Role#RELATIONSHIP_MANAGER} looks
 *       after; their permissions reach no other customer.
 *   <li>{@value #TEAMS}: the teams the principal belongs to; the raw message text of a customer of
 *       another team (see {@link Samvad.Builder#customerTeams}) is refused to all but an {@link
 *       Role#ADMINISTRATOR}.
 * </ul>
 *
 * Other attributes are kept and ignored.
 *
 * <pre>{@code
 * Principal ravi = Principal.of(acme, "ravi", Role.RELATIONSHIP_MANAGER)
 *     .withAttribute(Principal.ASSIGNED_CUSTOMERS, "C-104", "C-221")
 *     .withAttribute(Principal.TEAMS, "west");
 * }</pre>
 *
 * @param tenant the tenant the caller acts for
 * @param userId the host's id for the caller; recorded as the actor {@code user:<userId>} in the
 *     audit trail
 * @param roles the caller's Samvad roles; none means every permission-checked call is refused
 * @param attributes named sets of values the access rules read; names are case-sensitive
 */
public record Principal(
    TenantId tenant, String userId, Set<Role> roles, Map<String, Set<String>> attributes) {

  /** The attribute listing the customer ids a relationship manager is assigned to. */
  public static final String ASSIGNED_CUSTOMERS = "assignedCustomers";

  /** The attribute listing the teams the principal belongs to. */
  public static final String TEAMS = "teams";

  /**
   * Validates and copies.
   *
   * @throws InvalidInputException when a component, a role, an attribute name or value is null, or
   *     {@code userId} is blank or longer than 200 characters
   */
  public Principal {
    InvalidInputException.require(tenant, "tenant");
    InvalidInputException.require(userId, "userId");
    InvalidInputException.require(roles, "roles");
    InvalidInputException.require(attributes, "attributes");
    if (userId.isBlank() || userId.length() > 200) {
      throw new InvalidInputException("userId", "must be 1 to 200 characters, not blank");
    }
    EnumSet<Role> copy = EnumSet.noneOf(Role.class);
    for (Role role : roles) {
      copy.add(InvalidInputException.require(role, "roles[]"));
    }
    roles = Collections.unmodifiableSet(copy);
    Map<String, Set<String>> attrs = new TreeMap<>();
    attributes.forEach(
        (name, values) -> {
          InvalidInputException.require(name, "attributes");
          InvalidInputException.require(values, "attributes." + name);
          for (String v : values) {
            InvalidInputException.require(v, "attributes." + name + "[]");
          }
          attrs.put(name, Collections.unmodifiableSet(new TreeSet<>(values)));
        });
    attributes = Collections.unmodifiableMap(attrs);
  }

  /** A caller with these roles and no attributes. */
  public Principal(TenantId tenant, String userId, Set<Role> roles) {
    this(tenant, userId, roles, Map.of());
  }

  /**
   * A caller of {@code tenant} with {@code roles} and no attributes. With no roles at all the
   * caller may use only the routes that need no permission (the {@code /auth} stubs).
   */
  public static Principal of(TenantId tenant, String userId, Role... roles) {
    InvalidInputException.require(roles, "roles");
    return new Principal(tenant, userId, new HashSet<>(Arrays.asList(roles)));
  }

  /** This principal with the attribute {@code name} set to {@code values} (replacing it). */
  public Principal withAttribute(String name, Collection<String> values) {
    InvalidInputException.require(name, "name");
    InvalidInputException.require(values, "values");
    Map<String, Set<String>> attrs = new LinkedHashMap<>(attributes);
    attrs.put(name, new HashSet<>(values));
    return new Principal(tenant, userId, roles, attrs);
  }

  /** This principal with the attribute {@code name} set to {@code values} (replacing it). */
  public Principal withAttribute(String name, String... values) {
    InvalidInputException.require(values, "values");
    return withAttribute(name, Arrays.asList(values));
  }

  /** The values of the attribute {@code name}; empty when it is absent. */
  public Set<String> attribute(String name) {
    return attributes.getOrDefault(name, Set.of());
  }

  /** True when the principal holds {@code role}. */
  public boolean has(Role role) {
    return roles.contains(role);
  }
}
