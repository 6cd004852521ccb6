package dev.samvad.sdk.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.PermissionDeniedException;
import dev.samvad.api.TenantId;
import dev.samvad.api.UnavailableException;
import dev.samvad.api.json.SamvadJson;
import dev.samvad.sdk.ApiLimits;
import dev.samvad.sdk.JsonApi;
import dev.samvad.sdk.JsonRequest;
import dev.samvad.sdk.JsonResponse;
import dev.samvad.sdk.JsonRoute;
import dev.samvad.sdk.Principal;
import dev.samvad.sdk.internal.Access;
import dev.samvad.sdk.internal.Services;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON API. Every request goes through the same checks, in this order, before its endpoint
 * runs: route (404, 405), caller (401), the tenant's rate limits (429), the route's permission
 * (403), body size (413), content type (415), path parameters (400), the customer named in the path
 * (403) — and, for a caller whom an attribute rule limits to assigned customers, the customer of
 * the campaign, message or task the path names (404, 403) — then the body: a GET carries none and a
 * POST/PUT carries one JSON object (400; for a body route and a caller an attribute rule limits,
 * 403, because an unreadable body names none of their customers), the body's {@code tenantId}
 * (403), the customer named in the body (403). The route then binds the body (400) and its endpoint
 * runs its own checks; for other callers, the first time it reaches for a desk, the customer of the
 * campaign, message or task the path names is checked (404, 403). The endpoint answers or throws a
 * {@link dev.samvad.api.SamvadException}; a successful read of sensitive data is audited. Anything
 * else is a defect: logged with the correlation id and answered {@code 500 INTERNAL} without its
 * text.
 */
public final class JsonApiHandler implements JsonApi {
  private static final Logger LOG = LoggerFactory.getLogger(JsonApiHandler.class);
  private static final String CONTENT_TYPE = "application/json; charset=utf-8";

  private final Services services;
  private final BooleanSupplier closed;
  private final ObjectMapper mapper = SamvadJson.newMapper();
  private final BodyReader bodies;
  private final Binder binder = new Binder(mapper);
  private final RouteTable routes;
  private final RateLimiter limiter;

  /**
   * @param services opens each engine's door for a tenant and an actor
   * @param maxRequestBytes the body cap in UTF-8 bytes
   * @param limits each tenant's limits on calls
   * @param clock the time the limits are measured in
   * @param closed true once Samvad is closed; requests then get 503
   */
  public JsonApiHandler(
      Services services,
      int maxRequestBytes,
      Function<TenantId, ApiLimits> limits,
      Clock clock,
      BooleanSupplier closed) {
    this.services = services;
    this.closed = closed;
    this.bodies = new BodyReader(mapper, maxRequestBytes);
    this.routes = Routes.standard();
    this.limiter = new RateLimiter(limits, clock);
  }

  /** Every route with the permission it needs, in registration order. */
  public List<JsonRoute> routes() {
    return routes.catalogue();
  }

  @Override
  public JsonResponse handle(@Nullable JsonRequest request) {
    JsonRequest safe = request == null ? new JsonRequest("", "", Map.of(), "", null) : request;
    String correlationId = CorrelationIds.of(safe);
    try {
      return success(dispatch(safe), correlationId);
    } catch (RuntimeException | StackOverflowError failure) {
      return failure(safe, correlationId, failure);
    }
  }

  private Reply dispatch(JsonRequest request) {
    if (closed.getAsBoolean()) {
      throw new UnavailableException("Samvad is closed");
    }
    String method = request.method().strip().toUpperCase(Locale.ROOT);
    RequestTarget target = RequestTarget.parse(request.path());
    RouteTable.Match match = routes.lookup(method, target.segments());
    if (match instanceof RouteTable.Unknown) {
      throw new ProblemException(
          Problem.of(
              ErrorCode.UNKNOWN_ROUTE, "no route " + abbreviate(target.path()) + " in the API"));
    }
    if (match instanceof RouteTable.WrongMethod wrong) {
      String allow = String.join(", ", wrong.allowed());
      throw new ProblemException(
          new Problem(
              ErrorCode.METHOD_NOT_ALLOWED,
              abbreviate(method)
                  + " is not allowed on "
                  + abbreviate(target.path())
                  + "; use "
                  + allow,
              Optional.empty(),
              Map.of("Allow", allow)));
    }
    RouteTable.Found found = (RouteTable.Found) match;
    Route route = found.route();
    Principal principal = request.principal();
    if (route.needsPrincipal() && principal == null) {
      throw new PermissionDeniedException(
          ErrorCode.UNAUTHENTICATED,
          "no caller: the host must authenticate the request and pass a Principal");
    }
    @Nullable Access access = null;
    String operation = method + " " + route.template();
    if (principal != null) {
      limiter.acquire(principal.tenant());
      access = services.access(principal);
      Guards.beforeBody(route.guard(), access, operation);
    }
    bodies.checkSize(request.body());
    if (route.takesBody()) {
      BodyReader.checkContentType(request);
    }
    Call call =
        new Call(
            method,
            route.template().toString(),
            principal,
            access,
            found.params(),
            target,
            binder,
            services,
            route.guard());
    call.guardBeforeBody();
    try {
      call.attachBody(readBody(request, route, principal));
    } catch (InvalidInputException unreadable) {
      throw access == null
          ? unreadable
          : Guards.unreadableBody(route.guard(), access, operation, unreadable);
    }
    call.guardNamedCustomer();
    Reply reply = route.endpoint().handle(call);
    if (access != null) {
      Guards.afterSuccess(route.guard(), access, operation, call.guardedCustomer());
    }
    return reply;
  }

  private @Nullable ObjectNode readBody(
      JsonRequest request, Route route, @Nullable Principal principal) {
    String body = request.body();
    if (!route.takesBody()) {
      if (!body.isBlank()) {
        throw new InvalidInputException(
            "", route.method() + " requests carry no body; send the parameters in the path");
      }
      return null;
    }
    ObjectNode tree = bodies.readObject(body);
    BodyReader.checkAndStripTenant(tree, principal == null ? null : principal.tenant());
    return tree;
  }

  private JsonResponse success(Reply reply, String correlationId) {
    String text;
    try {
      text = reply.body() == null ? "" : mapper.writeValueAsString(reply.body());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("reply could not be written as JSON", e);
    }
    return new JsonResponse(reply.status(), headers(correlationId, Map.of()), text);
  }

  private JsonResponse failure(JsonRequest request, String correlationId, Throwable failure) {
    Problem problem =
        Problems.of(failure)
            .orElseGet(
                () -> {
                  LOG.error(
                      "JSON API {} {} failed; correlationId={}",
                      abbreviate(request.method()),
                      abbreviate(pathOnly(request.path())),
                      correlationId,
                      failure);
                  return Problems.internal(correlationId);
                });
    return new JsonResponse(
        problem.code().httpStatus(),
        headers(correlationId, problem.headers()),
        Problems.json(mapper, problem, correlationId));
  }

  private static Map<String, String> headers(String correlationId, Map<String, String> extra) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", CONTENT_TYPE);
    headers.put(CorrelationIds.HEADER, correlationId);
    headers.putAll(extra);
    return headers;
  }

  private static String pathOnly(String path) {
    int q = path.indexOf('?');
    return q < 0 ? path : path.substring(0, q);
  }

  private static String abbreviate(String text) {
    String flat = text.replaceAll("\\p{Cntrl}", "?");
    return flat.length() <= 120 ? flat : flat.substring(0, 120) + "…";
  }
}
