package dev.samvad.sdk.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.sdk.JsonRoute.CustomerScope;
import dev.samvad.sdk.Permission;
import dev.samvad.sdk.internal.Access;
import java.util.Map;
import java.util.Optional;

/** Applies a route's {@link Guard} around its endpoint. */
final class Guards {
  private Guards() {}

  /** Before the body is read: the permission, and the whole portfolio for portfolio routes. */
  static void beforeBody(Guard guard, Access access, String operation) {
    if (guard.permission().isEmpty()) {
      return;
    }
    Permission permission = guard.permission().get();
    if (guard.scope() == CustomerScope.PORTFOLIO) {
      access.requireEveryCustomer(permission, operation);
    } else {
      access.require(permission, operation);
    }
  }

  /**
   * After the path parameters are valid and before the body is bound: the customer named in the
   * path or the body, checked against the caller's assigned customers and teams. A body route whose
   * body names no valid customer counts as the whole portfolio.
   *
   * @return the customer, when the route names one
   */
  static Optional<CustomerId> named(Guard guard, Call call, Access access, String operation) {
    if (guard.permission().isEmpty()) {
      return Optional.empty();
    }
    Permission permission = guard.permission().get();
    if (guard.scope() == CustomerScope.PATH) {
      CustomerId customer = call.customerId();
      access.require(permission, customer, operation);
      return Optional.of(customer);
    }
    if (guard.scope() == CustomerScope.BODY) {
      Optional<CustomerId> customer = bodyCustomer(call.bodyTree());
      if (customer.isPresent()) {
        access.require(permission, customer.get(), operation);
      } else {
        access.requireEveryCustomer(permission, operation);
      }
      return customer;
    }
    return Optional.empty();
  }

  /**
   * True when an attribute rule limits the caller on this route: its permission reaches only the
   * caller's assigned customers, so the call is authorised only by the customer it names.
   */
  static boolean limitedByAttribute(Guard guard, Access access) {
    return guard.permission().isPresent()
        && access.reach(guard.permission().get()) == Access.Reach.ASSIGNED;
  }

  /**
   * A body that cannot be read names no customer: for a body route and a caller an attribute rule
   * limits, that is a call on the whole portfolio and is refused (403) rather than validated (400).
   * Otherwise the body's error stands.
   */
  static RuntimeException unreadableBody(
      Guard guard, Access access, String operation, RuntimeException error) {
    if (guard.scope() == CustomerScope.BODY && limitedByAttribute(guard, access)) {
      access.requireEveryCustomer(guard.permission().get(), operation);
    }
    return error;
  }

  /**
   * When the endpoint first reaches for a desk, after its own checks of the body: the customer of
   * the campaign, message or task the path names (loading it may answer 404), checked like a named
   * one.
   *
   * @return the customer, for a resource route
   */
  static Optional<CustomerId> resource(Guard guard, Call call, Access access, String operation) {
    if (guard.scope() != CustomerScope.RESOURCE || guard.permission().isEmpty()) {
      return Optional.empty();
    }
    CustomerId customer = guard.owner().orElseThrow().apply(call);
    access.require(guard.permission().get(), customer, operation);
    return Optional.of(customer);
  }

  /** After the endpoint answered: audits a read of sensitive data. */
  static void afterSuccess(
      Guard guard, Access access, String operation, Optional<CustomerId> customer) {
    if (guard.auditedRead().isEmpty()) {
      return;
    }
    access.recordRead(
        guard.auditedRead().get(),
        customer.map(c -> "customer:" + c.value()).orElse("customers"),
        Map.of("route", operation));
  }

  private static Optional<CustomerId> bodyCustomer(JsonNode body) {
    JsonNode id = body.get("customerId");
    if (id == null || !id.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new CustomerId(id.asText()));
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }
}
