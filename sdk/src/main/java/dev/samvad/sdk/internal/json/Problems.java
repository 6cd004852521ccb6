package dev.samvad.sdk.internal.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.RateLimitedException;
import dev.samvad.api.SamvadException;
import java.util.Map;
import java.util.Optional;

/** The error model: a {@link Problem} from an exception, and its JSON form. */
final class Problems {
  private Problems() {}

  /**
   * The problem an expected failure describes, or empty for an unexpected one (a defect, which the
   * caller reports as {@code 500 INTERNAL} without its text).
   */
  static Optional<Problem> of(Throwable failure) {
    if (failure instanceof ProblemException p) {
      return Optional.of(p.problem());
    }
    if (failure instanceof RateLimitedException e) {
      long seconds = Math.max(1, e.retryAfter().toSeconds());
      return Optional.of(
          new Problem(
              e.code(),
              String.valueOf(e.getMessage()),
              Optional.empty(),
              Map.of("Retry-After", String.valueOf(seconds)),
              Optional.of(seconds)));
    }
    if (failure instanceof InvalidInputException e) {
      return Optional.of(Problem.of(e.code(), e.field(), e.getMessage()));
    }
    if (failure instanceof SamvadException e) {
      return Optional.of(Problem.of(e.code(), String.valueOf(e.getMessage())));
    }
    return Optional.empty();
  }

  static Problem internal(String correlationId) {
    return Problem.of(
        ErrorCode.INTERNAL,
        "Samvad failed unexpectedly; the host's log has the details under correlation id "
            + correlationId);
  }

  /** {@code {"status","code","message","field"?,"retryAfterSeconds"?,"correlationId"}}. */
  static String json(ObjectMapper mapper, Problem problem, String correlationId) {
    ObjectNode node = mapper.createObjectNode();
    node.put("status", problem.code().httpStatus());
    node.put("code", problem.code().name());
    node.put("message", problem.message());
    problem.field().ifPresent(f -> node.put("field", f));
    problem.retryAfterSeconds().ifPresent(s -> node.put("retryAfterSeconds", s));
    node.put("correlationId", correlationId);
    return node.toString();
  }
}
