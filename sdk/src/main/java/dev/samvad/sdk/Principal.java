package dev.samvad.sdk;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import java.util.Set;

/**
 * The authenticated caller of a {@link JsonApi} request. Samvad does not authenticate anyone: the
 * host checks the caller's credentials (session, JWT, API key — whatever it already uses) and then
 * hands Samvad this value. Samvad authorises: every request is confined to {@link #tenant()}, and a
 * body naming another tenant is refused with {@code 403 TENANT_MISMATCH}.
 *
 * @param tenant the tenant the caller acts for
 * @param userId the host's id for the caller; recorded as the actor in the audit trail
 * @param roles the caller's roles in the host product; kept for role checks (none are enforced yet)
 */
public record Principal(TenantId tenant, String userId, Set<String> roles) {

  /**
   * Validates and copies.
   *
   * @throws InvalidInputException when a component is null or {@code userId} is blank
   */
  public Principal {
    InvalidInputException.require(tenant, "tenant");
    InvalidInputException.require(userId, "userId");
    InvalidInputException.require(roles, "roles");
    if (userId.isBlank()) {
      throw new InvalidInputException("userId", "must not be blank");
    }
    roles = Set.copyOf(roles);
  }

  /** A caller of {@code tenant} with no roles. */
  public static Principal of(TenantId tenant, String userId) {
    return new Principal(tenant, userId, Set.of());
  }
}
