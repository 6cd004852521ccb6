package dev.samvad.sdk.internal.json.brief;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/v1/communication-orchestration/campaigns}. */
public record CampaignRequest(
    CustomerId customerId,
    @Nullable String campaignName,
    @Nullable String campaignType,
    @Nullable ObjectNode culturalProfile,
    @Nullable ObjectNode relationshipProfile,
    @Nullable CommunicationGoals communicationGoals,
    @Nullable TargetAudience targetAudience,
    @Nullable ContentStrategy contentStrategy) {

  public CampaignRequest {
    InvalidInputException.require(customerId, "customerId");
  }

  public record CommunicationGoals(
      @Nullable String primary, List<String> secondary, @Nullable String urgency) {
    public CommunicationGoals {
      secondary = Fields.list(secondary, "secondary");
    }
  }

  public record TargetAudience(@Nullable ObjectNode segmentCriteria) {}

  public record ContentStrategy(
      @Nullable String personalizationLevel,
      @Nullable Boolean culturalAdaptation,
      @Nullable Boolean sentimentAwareness) {}
}
