package dev.samvad.sdk.internal.json.brief;

import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/v1/communication-orchestration/execute}. */
public record ExecutionRequest(
    CustomerId customerId,
    @Nullable CampaignId campaignId,
    @Nullable CommunicationContent communicationContent,
    @Nullable DeliveryOptions deliveryOptions) {

  public ExecutionRequest {
    InvalidInputException.require(customerId, "customerId");
  }

  public record CommunicationContent(
      @Nullable String subject, @Nullable String body, List<String> attachments) {
    public CommunicationContent {
      attachments = Fields.list(attachments, "attachments");
    }
  }

  public record DeliveryOptions(
      List<String> channels,
      @Nullable String timing,
      @Nullable Boolean personalization,
      @Nullable Boolean culturalAdaptation) {
    public DeliveryOptions {
      channels = Fields.list(channels, "channels");
    }
  }
}
