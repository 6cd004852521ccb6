package dev.samvad.sdk;

import static dev.samvad.sdk.ApiClient.assertOk;
import static dev.samvad.sdk.ApiClient.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import dev.samvad.api.spi.SteppableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Per-tenant token buckets on JSON API calls, driven by a steppable clock. */
class RateLimitTest {
  private static final TenantId GLOBEX = new TenantId("globex");

  private final SteppableClock clock =
      SteppableClock.startingAt(Instant.parse("2025-05-05T04:30:00Z"));
  private Samvad samvad;

  @AfterEach
  void close() {
    samvad.close();
  }

  private Samvad build(ApiLimits limits) {
    samvad = Samvad.builder().clock(clock).apiLimits(limits).build();
    return samvad;
  }

  private ApiClient client(TenantId tenant) {
    return new ApiClient(samvad.jsonApi(), Principal.of(tenant, "u", Role.ADMINISTRATOR));
  }

  private static void assertLimited(JsonResponse response, long seconds) {
    JsonNode body = assertProblem(response, 429, "RATE_LIMITED");
    assertEquals(seconds, body.path("retryAfterSeconds").asLong(), response.body());
    assertEquals(Optional.of(String.valueOf(seconds)), response.header("retry-after"));
  }

  @Test
  void aBurstPassesThenTheTenantWaitsForTheBucketToRefill() {
    build(ApiLimits.unlimited().calls(3, Duration.ofSeconds(3)));
    ApiClient acme = client(ApiClient.ACME);
    for (int i = 0; i < 3; i++) {
      assertOk(acme.get("/api/v1/customers"), 200);
    }
    assertLimited(acme.get("/api/v1/customers"), 1);
    assertOk(client(GLOBEX).get("/api/v1/customers"), 200); // another tenant has its own bucket
    clock.advance(Duration.ofMillis(999));
    assertLimited(acme.get("/api/v1/customers"), 1);
    clock.advance(Duration.ofMillis(1));
    assertOk(acme.get("/api/v1/customers"), 200); // one token back after a third of 3 s
    assertLimited(acme.get("/api/v1/customers"), 1);
  }

  @Test
  void aQuotaSaysWhenTheNextCallWillPass() {
    build(ApiLimits.unlimited().calls(100, Duration.ofSeconds(1)).calls(4, Duration.ofDays(1)));
    ApiClient acme = client(ApiClient.ACME);
    for (int i = 0; i < 4; i++) {
      assertOk(acme.get("/api/v1/customers"), 200);
    }
    JsonResponse refused = acme.get("/api/v1/customers");
    assertLimited(refused, 6 * 60 * 60); // a quarter of a day
    assertEquals(
        true,
        ApiClient.json(refused).path("message").asText().contains("4 per 24h"),
        refused.body());
    clock.advance(Duration.ofHours(6).minusSeconds(1));
    assertLimited(acme.get("/api/v1/customers"), 1);
    clock.advance(Duration.ofSeconds(1));
    assertOk(acme.get("/api/v1/customers"), 200);
  }

  @Test
  void refusedCallsUseNothingAndEveryAnswerCounts() {
    build(ApiLimits.unlimited().calls(2, Duration.ofSeconds(2)));
    ApiClient acme = client(ApiClient.ACME);
    assertProblem(acme.get("/api/v1/customers/C-404"), 404, "NOT_FOUND"); // counts
    assertOk(acme.get("/api/v1/customers"), 200);
    for (int i = 0; i < 5; i++) {
      assertLimited(acme.get("/api/v1/customers"), 1);
    }
    clock.advance(Duration.ofSeconds(1));
    assertOk(acme.get("/api/v1/customers"), 200); // the five refusals took no tokens
    // Callers without a principal are answered 401 and count against nobody.
    ApiClient anonymous = new ApiClient(samvad.jsonApi(), null);
    assertProblem(anonymous.get("/api/v1/customers"), 401, "UNAUTHENTICATED");
  }

  @Test
  void eachTenantMayHaveItsOwnLimits() {
    samvad =
        Samvad.builder()
            .clock(clock)
            .apiLimits(
                t ->
                    t.equals(GLOBEX)
                        ? ApiLimits.unlimited()
                        : ApiLimits.unlimited().calls(1, Duration.ofMinutes(1)))
            .build();
    ApiClient acme = client(ApiClient.ACME);
    assertOk(acme.get("/api/v1/customers"), 200);
    assertLimited(acme.get("/api/v1/customers"), 60);
    for (int i = 0; i < 50; i++) {
      assertOk(client(GLOBEX).get("/api/v1/customers"), 200);
    }
  }

  @Test
  void limitsAreValidated() {
    assertThrows(
        InvalidInputException.class, () -> ApiLimits.unlimited().calls(0, Duration.ofSeconds(1)));
    assertThrows(InvalidInputException.class, () -> ApiLimits.unlimited().calls(1, Duration.ZERO));
    assertThrows(
        InvalidInputException.class, () -> ApiLimits.unlimited().calls(1, Duration.ofDays(400)));
    samvad = Samvad.builder().build();
  }
}
