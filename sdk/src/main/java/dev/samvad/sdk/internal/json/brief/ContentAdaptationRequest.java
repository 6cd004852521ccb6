package dev.samvad.sdk.internal.json.brief;

import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/v1/cultural-intelligence/adapt-content}. */
public record ContentAdaptationRequest(
    CustomerId customerId,
    @Nullable Content content,
    @Nullable Context context,
    @Nullable MessageFactsData facts,
    @Nullable OffsetDateTime sendAt) {

  public ContentAdaptationRequest {
    InvalidInputException.require(customerId, "customerId");
  }

  public record Content(
      @Nullable String subject,
      @Nullable String body,
      @Nullable String channel,
      @Nullable String urgency) {}

  public record Context(
      @Nullable String communicationType,
      @Nullable String relationshipStage,
      @Nullable String businessContext) {}
}
