package dev.samvad.sdk.internal.json;

import static dev.samvad.sdk.internal.json.Routes.V1;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.NotImplementedException;
import dev.samvad.sdk.internal.json.brief.CampaignRequest;
import dev.samvad.sdk.internal.json.brief.ExecutionRequest;
import dev.samvad.sdk.internal.json.brief.ResponseProcessingRequest;

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

    String orchestration = V1 + "/communication-orchestration";
    routes
        .post(
            orchestration + "/campaigns",
            CampaignRequest.class,
            (c, b) -> notBuilt(c, ORCHESTRATION))
        .get(orchestration + "/campaigns/{campaignId}", c -> notBuilt(c, ORCHESTRATION))
        .put(
            orchestration + "/campaigns/{campaignId}",
            ObjectNode.class,
            (c, b) -> notBuilt(c, ORCHESTRATION))
        .post(
            orchestration + "/execute",
            ExecutionRequest.class,
            (c, b) -> notBuilt(c, ORCHESTRATION))
        .get(orchestration + "/executions/{executionId}", c -> notBuilt(c, ORCHESTRATION))
        .post(
            orchestration + "/process-response",
            ResponseProcessingRequest.class,
            (c, b) -> notBuilt(c, ORCHESTRATION));

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
