package dev.samvad.sdk.internal.json.brief;

import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/v1/relationship-intelligence/analyze}. */
public record RelationshipAnalysisRequest(
    CustomerId customerId,
    List<InteractionRecord> interactionHistory,
    List<PaymentRecord> paymentHistory,
    @Nullable CommunicationPreferences communicationPreferences) {

  public RelationshipAnalysisRequest {
    InvalidInputException.require(customerId, "customerId");
    interactionHistory = Fields.list(interactionHistory, "interactionHistory");
    paymentHistory = Fields.list(paymentHistory, "paymentHistory");
  }

  public record InteractionRecord(
      @Nullable String type,
      @Nullable String content,
      @Nullable String sentiment,
      @Nullable BigDecimal responseTime,
      @Nullable OffsetDateTime timestamp) {}

  public record PaymentRecord(
      @Nullable BigDecimal amount,
      @Nullable OffsetDateTime dueDate,
      @Nullable OffsetDateTime paidDate,
      @Nullable String status) {}

  public record CommunicationPreferences(
      List<String> preferredChannels,
      List<String> preferredTiming,
      @Nullable String responseExpectation) {
    public CommunicationPreferences {
      preferredChannels = Fields.list(preferredChannels, "preferredChannels");
      preferredTiming = Fields.list(preferredTiming, "preferredTiming");
    }
  }
}
