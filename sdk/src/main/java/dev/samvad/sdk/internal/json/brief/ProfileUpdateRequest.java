package dev.samvad.sdk.internal.json.brief;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code PUT /api/v1/cultural-intelligence/profile/{customerId}}: new facts for a stored profile,
 * in the shape of the analyse request. Given customer data replaces what was stated; history
 * entries are added.
 */
public record ProfileUpdateRequest(
    CulturalAnalysisRequest.@Nullable CustomerData customerData,
    List<CulturalAnalysisRequest.CommunicationRecord> communicationHistory,
    CulturalAnalysisRequest.@Nullable BehavioralData behavioralData) {

  public ProfileUpdateRequest {
    communicationHistory = Fields.list(communicationHistory, "communicationHistory");
  }
}
