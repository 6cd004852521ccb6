package dev.samvad.sdk.internal.json.brief;

import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/cultural-intelligence/validate-approach}. The brief gives no body; this one
 * follows the adapt-content request: the proposed content, what it is for, when it would go, and
 * optionally the facts it must state and when the customer last wrote (for WhatsApp's 24-hour
 * window).
 */
public record ApproachValidationRequest(
    CustomerId customerId,
    ContentAdaptationRequest.@Nullable Content content,
    ContentAdaptationRequest.@Nullable Context context,
    @Nullable MessageFactsData facts,
    @Nullable OffsetDateTime sendAt,
    @Nullable OffsetDateTime lastInboundAt) {

  public ApproachValidationRequest {
    InvalidInputException.require(customerId, "customerId");
    InvalidInputException.require(content, "content");
  }
}
