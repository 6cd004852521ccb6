package dev.samvad.sdk.internal.json.brief;

import dev.samvad.api.CustomerId;
import dev.samvad.api.Gstin;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.PinCode;
import dev.samvad.api.model.BusinessSize;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/v1/cultural-intelligence/analyze}. */
public record CulturalAnalysisRequest(
    CustomerId customerId,
    @Nullable CustomerData customerData,
    List<CommunicationRecord> communicationHistory,
    @Nullable BehavioralData behavioralData) {

  public CulturalAnalysisRequest {
    InvalidInputException.require(customerId, "customerId");
    communicationHistory = Fields.list(communicationHistory, "communicationHistory");
  }

  /**
   * The brief's customer data plus Samvad's additions: {@code gstin}, {@code pin}, {@code state}
   * and {@code size}, the business facts a profile rests on.
   */
  public record CustomerData(
      @Nullable String location,
      @Nullable String language,
      @Nullable String businessType,
      @Nullable String industrySegment,
      @Nullable Gstin gstin,
      @Nullable PinCode pin,
      @Nullable String state,
      @Nullable BusinessSize size) {}

  public record CommunicationRecord(
      @Nullable String channel,
      @Nullable String content,
      @Nullable String response,
      @Nullable OffsetDateTime timestamp) {}

  public record BehavioralData(
      List<String> responsePatterns, List<String> preferredChannels, List<String> timePreferences) {
    public BehavioralData {
      responsePatterns = Fields.list(responsePatterns, "responsePatterns");
      preferredChannels = Fields.list(preferredChannels, "preferredChannels");
      timePreferences = Fields.list(timePreferences, "timePreferences");
    }
  }
}
