package dev.samvad.sdk.internal.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.sdk.JsonRoute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The JSON API's routes: method plus path template to endpoint, each with the {@link Guard} that
 * says which permission it needs and which customer it touches. Registering an endpoint is one
 * line: {@code routes.post("/api/v1/x", Guard.body(Permission.X), XRequest.class, (call, body) ->
 * ...)}; only the anonymous {@code /auth} stubs have no permission. Registration happens once at
 * construction; lookups are then read-only and thread-safe.
 */
final class RouteTable {
  private final List<Route> routes = new ArrayList<>();

  /** A GET route without a body. */
  RouteTable get(String template, Guard guard, Endpoint endpoint) {
    return add("GET", template, endpoint, guarded(guard), false);
  }

  /** A POST route whose JSON object body binds to {@code type}. */
  <T> RouteTable post(String template, Guard guard, Class<T> type, BodyEndpoint<T> endpoint) {
    return add("POST", template, bound(type, endpoint), guarded(guard), true);
  }

  /** A PUT route whose JSON object body binds to {@code type}. */
  <T> RouteTable put(String template, Guard guard, Class<T> type, BodyEndpoint<T> endpoint) {
    return add("PUT", template, bound(type, endpoint), guarded(guard), true);
  }

  /** A POST route that anonymous callers may call too; its body is any JSON object. */
  RouteTable postAnonymous(String template, BodyEndpoint<ObjectNode> endpoint) {
    return add("POST", template, bound(ObjectNode.class, endpoint), Guard.anonymous(), true);
  }

  private static Guard guarded(Guard guard) {
    if (guard.permission().isEmpty()) {
      throw new IllegalArgumentException("a route callers must sign in for needs a permission");
    }
    return guard;
  }

  private static <T> Endpoint bound(Class<T> type, BodyEndpoint<T> endpoint) {
    return call -> endpoint.handle(call, call.body(type));
  }

  private RouteTable add(
      String method, String template, Endpoint endpoint, Guard guard, boolean body) {
    PathTemplate parsed = PathTemplate.parse(template);
    for (Route r : routes) {
      if (r.method().equals(method) && r.template().toString().equals(template)) {
        throw new IllegalArgumentException("duplicate route " + method + " " + template);
      }
    }
    routes.add(new Route(method, parsed, endpoint, guard, body));
    return this;
  }

  /** Every route, in registration order. */
  List<Route> routes() {
    return List.copyOf(routes);
  }

  /** Every route with what it needs, in registration order. */
  List<JsonRoute> catalogue() {
    return routes.stream()
        .map(
            r ->
                new JsonRoute(
                    r.method(), r.template().toString(), r.guard().permission(), r.guard().scope()))
        .toList();
  }

  /** The outcome of looking up a request. */
  sealed interface Match {}

  /** A route answers; {@code params} holds the path parameters. */
  record Found(Route route, Map<String, String> params) implements Match {}

  /** The path exists, but not for this method; {@code allowed} lists the methods it has. */
  record WrongMethod(List<String> allowed) implements Match {}

  /** No route has this path. */
  record Unknown() implements Match {}

  Match lookup(String method, List<String> segments) {
    Optional<Found> best = Optional.empty();
    TreeSet<String> allowed = new TreeSet<>();
    for (Route route : routes) {
      Optional<Map<String, String>> params = route.template().match(segments);
      if (params.isEmpty()) {
        continue;
      }
      allowed.add(route.method());
      if (route.method().equals(method)) {
        Found found = new Found(route, params.get());
        best = best.isEmpty() ? Optional.of(found) : Optional.of(moreLiteral(best.get(), found));
      }
    }
    if (best.isPresent()) {
      return best.get();
    }
    return allowed.isEmpty() ? new Unknown() : new WrongMethod(List.copyOf(allowed));
  }

  private static Found moreLiteral(Found a, Found b) {
    Comparator<Found> byParams =
        Comparator.comparingInt(f -> f.route().template().parameterCount());
    return byParams.compare(a, b) <= 0 ? a : b;
  }
}
