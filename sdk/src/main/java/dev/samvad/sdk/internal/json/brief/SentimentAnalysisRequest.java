package dev.samvad.sdk.internal.json.brief;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/v1/relationship-intelligence/analyze-sentiment}. */
public record SentimentAnalysisRequest(
    CustomerId customerId,
    List<CommunicationItem> communications,
    @Nullable CulturalContext culturalContext) {

  public SentimentAnalysisRequest {
    InvalidInputException.require(customerId, "customerId");
    communications = Fields.list(communications, "communications");
  }

  public record CommunicationItem(
      @Nullable String content,
      @Nullable String channel,
      @Nullable String language,
      @Nullable OffsetDateTime timestamp) {}

  public record CulturalContext(
      @Nullable String region,
      @Nullable String language,
      @Nullable ObjectNode culturalDimensions) {}
}
