package dev.samvad.sdk.internal.json;

import static dev.samvad.sdk.internal.json.Routes.V1;

import dev.samvad.api.NotImplementedException;

/**
 * The product brief's endpoints. Each row binds the brief's request body (so bad input gets its
 * precise 400) and then answers {@code 501 NOT_IMPLEMENTED} naming the engine that is missing; an
 * engine issue replaces {@code notBuilt(...)} in its rows with its handler. Endpoints whose body
 * the brief does not spell out take any JSON object.
 */
final class BriefRoutes {
  private static final String ORCHESTRATION = "orchestration engine (orchestration-core)";

  private BriefRoutes() {}

  static void register(RouteTable routes) {
    String culture = V1 + "/cultural-intelligence";
    CultureRoutes.register(routes, culture);
    ContentRoutes.register(routes, culture);

    String relationship = V1 + "/relationship-intelligence";
    ReplyRoutes.register(routes, relationship);
    RelationshipRoutes.register(routes, relationship);

    OrchestrationRoutes.register(routes, V1 + "/communication-orchestration");

    String constraint = V1 + "/constraint-integration";
    ConstraintRoutes.register(routes, constraint);
  }

  private static Reply notBuilt(Call call, String engine) {
    throw new NotImplementedException(
        call.route()
            + " is part of the API, but the "
            + engine
            + " behind it is not built yet; the request itself was valid");
  }
}
