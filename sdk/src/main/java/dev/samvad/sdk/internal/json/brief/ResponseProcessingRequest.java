package dev.samvad.sdk.internal.json.brief;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InvalidInputException;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/v1/communication-orchestration/process-response}. */
public record ResponseProcessingRequest(
    CustomerId customerId, @Nullable ExecutionId executionId, @Nullable CustomerResponse response) {

  public ResponseProcessingRequest {
    InvalidInputException.require(customerId, "customerId");
  }

  public record CustomerResponse(
      @Nullable String content,
      @Nullable String channel,
      @Nullable OffsetDateTime timestamp,
      @Nullable ObjectNode metadata) {}
}
