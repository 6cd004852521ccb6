package dev.samvad.sdk;

import dev.samvad.api.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How many JSON API calls one tenant may make: any number of limits, each "at most {@code calls}
 * calls per {@code per}", all of which a call must pass. Each limit is a token bucket that holds
 * {@code calls} tokens and refills evenly over {@code per}, so a tenant may burst up to {@code
 * calls} at once and then keeps {@code calls/per} on average. A short period makes a rate limit, a
 * long one a quota:
 *
 * <pre>{@code
 * Samvad.builder()
 *     .apiLimits(ApiLimits.unlimited()
 *         .calls(50, Duration.ofSeconds(1))          // rate: bursts of 50, 50 a second
 *         .calls(200_000, Duration.ofDays(1)))       // quota: 200,000 a (rolling) day
 *     .build();
 * }</pre>
 *
 * A call over a limit is answered {@code 429 RATE_LIMITED} with a {@code Retry-After} header and a
 * {@code retryAfterSeconds} field: the whole seconds until the call would pass. A refused call uses
 * up nothing. Every call with a principal counts against the principal's tenant, whatever its
 * answer; time is Samvad's {@link java.time.Clock}.
 *
 * @param limits the limits, each applied on its own
 */
public record ApiLimits(List<Limit> limits) {

  /** The longest period a limit may have. */
  public static final Duration MAX_PERIOD = Duration.ofDays(366);

  /**
   * One token bucket.
   *
   * @param calls the calls allowed per period, and the largest burst; at least 1
   * @param per the period, from 1 millisecond to {@link #MAX_PERIOD}
   */
  public record Limit(long calls, Duration per) {
    /**
     * Validates.
     *
     * @throws InvalidInputException naming {@code calls} or {@code per} when out of range
     */
    public Limit {
      InvalidInputException.require(per, "per");
      if (calls < 1) {
        throw new InvalidInputException("calls", "must be at least 1, was " + calls);
      }
      if (per.toMillis() < 1 || per.compareTo(MAX_PERIOD) > 0) {
        throw new InvalidInputException("per", "must be 1 ms to 366 days, was " + per);
      }
      if (per.toNanos() / calls < 1) {
        throw new InvalidInputException("calls", "more than one call per nanosecond");
      }
    }
  }

  /** Copies the list. */
  public ApiLimits {
    InvalidInputException.require(limits, "limits");
    for (Limit limit : limits) {
      InvalidInputException.require(limit, "limits[]");
    }
    limits = List.copyOf(limits);
  }

  /** No limit at all: the default. */
  public static ApiLimits unlimited() {
    return new ApiLimits(List.of());
  }

  /**
   * These limits and one more: at most {@code calls} calls per {@code per}.
   *
   * @throws InvalidInputException naming {@code calls} or {@code per} when out of range
   */
  public ApiLimits calls(long calls, Duration per) {
    List<Limit> more = new ArrayList<>(limits);
    more.add(new Limit(calls, per));
    return new ApiLimits(more);
  }
}
