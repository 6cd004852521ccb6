package dev.samvad.sdk;

import java.util.Optional;

/**
 * One route of the {@link JsonApi} and what it needs from its caller; {@link Samvad#jsonRoutes()}
 * lists them all, e.g. to hide what a user may not do.
 *
 * @param method the HTTP method
 * @param path the path template, e.g. {@code /api/v1/customers/{customerId}}
 * @param permission what the caller's roles must grant; empty only for the {@code /auth} stubs,
 *     which answer anyone
 * @param customer which customer the route touches, for the attribute rules
 */
public record JsonRoute(
    String method, String path, Optional<Permission> permission, CustomerScope customer) {

  /** How a route finds the customer whose data it touches. */
  public enum CustomerScope {
    /** Touches no customer's data. */
    NONE,
    /** The {@code customerId} in the path. */
    PATH,
    /**
     * The body's {@code customerId}; a body without a valid one (or with {@code "*"}) counts as the
     * whole portfolio.
     */
    BODY,
    /** The customer of the campaign, message or task the path names. */
    RESOURCE,
    /** A list: it shows only the customers the permission reaches. */
    FILTERED,
    /** The whole portfolio: refused when the permission reaches only assigned customers. */
    PORTFOLIO
  }
}
