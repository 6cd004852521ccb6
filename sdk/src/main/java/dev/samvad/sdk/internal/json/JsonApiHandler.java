package dev.samvad.sdk.internal.json;

import dev.samvad.api.TenantId;
import dev.samvad.sdk.JsonApi;
import dev.samvad.sdk.JsonRequest;
import dev.samvad.sdk.JsonResponse;
import dev.samvad.sdk.internal.Ledger;
import java.time.Clock;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;

/** The JSON API: generic checks, routing, binding and the error model. */
public final class JsonApiHandler implements JsonApi {
  private final BiFunction<TenantId, String, Ledger> ledgers;
  private final Clock clock;
  private final int maxRequestBytes;
  private final BooleanSupplier closed;

  public JsonApiHandler(
      BiFunction<TenantId, String, Ledger> ledgers,
      Clock clock,
      int maxRequestBytes,
      BooleanSupplier closed) {
    this.ledgers = ledgers;
    this.clock = clock;
    this.maxRequestBytes = maxRequestBytes;
    this.closed = closed;
  }

  @Override
  public JsonResponse handle(JsonRequest request) {
    return new JsonResponse(
        501,
        Map.of("Content-Type", "application/json; charset=utf-8"),
        "{\"status\":501,\"code\":\"NOT_IMPLEMENTED\",\"message\":\"in progress\"}");
  }
}
