package dev.samvad.sdk.internal.json;

import dev.samvad.api.CustomerId;
import dev.samvad.sdk.JsonRoute.CustomerScope;
import dev.samvad.sdk.Permission;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a route needs before its endpoint runs: the permission, how the customer it touches is
 * found, and whether a successful call is a read of sensitive data to audit.
 *
 * @param permission what the caller's roles must grant; empty for anonymous routes
 * @param scope how the customer is found
 * @param owner for {@link CustomerScope#RESOURCE}: loads the customer of the addressed resource
 * @param auditedRead the audit action of a successful call, e.g. {@code customer.read}
 */
record Guard(
    Optional<Permission> permission,
    CustomerScope scope,
    Optional<Function<Call, CustomerId>> owner,
    Optional<String> auditedRead) {

  static Guard anonymous() {
    return new Guard(Optional.empty(), CustomerScope.NONE, Optional.empty(), Optional.empty());
  }

  /** The customer is the path's {@code customerId}. */
  static Guard path(Permission permission) {
    return of(permission, CustomerScope.PATH);
  }

  /** The customer is the body's {@code customerId}; without a valid one, the whole portfolio. */
  static Guard body(Permission permission) {
    return of(permission, CustomerScope.BODY);
  }

  /** The customer owns the resource the path names; {@code owner} loads it. */
  static Guard resource(Permission permission, Function<Call, CustomerId> owner) {
    return new Guard(
        Optional.of(permission), CustomerScope.RESOURCE, Optional.of(owner), Optional.empty());
  }

  /** A list the endpoint filters by the permission's reach. */
  static Guard filtered(Permission permission) {
    return of(permission, CustomerScope.FILTERED);
  }

  /** Reads or acts on the whole portfolio. */
  static Guard portfolio(Permission permission) {
    return of(permission, CustomerScope.PORTFOLIO);
  }

  /** This guard, auditing every successful call as {@code action}. */
  Guard audited(String action) {
    return new Guard(permission, scope, owner, Optional.of(action));
  }

  private static Guard of(Permission permission, CustomerScope scope) {
    return new Guard(Optional.of(permission), scope, Optional.empty(), Optional.empty());
  }
}
