package dev.samvad.api.store;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InvalidInputException;
import java.time.Instant;

/**
 * One execution (a message sent or a task done) as the store keeps it: indexed columns plus the
 * orchestration engine's document.
 *
 * @param id the execution
 * @param campaignId its campaign
 * @param customerId its customer
 * @param channel the channel used
 * @param status the engine's status, e.g. {@code QUEUED}, {@code SENT}, {@code DELIVERED}
 * @param json the engine's document (content, receipts timeline)
 * @param createdAt when it was created
 */
public record ExecutionRecord(
    ExecutionId id,
    CampaignId campaignId,
    CustomerId customerId,
    ChannelKind channel,
    String status,
    String json,
    Instant createdAt) {

  /** Checks every column is present and the document is a JSON object. */
  public ExecutionRecord {
    InvalidInputException.require(id, "id");
    InvalidInputException.require(campaignId, "campaignId");
    InvalidInputException.require(customerId, "customerId");
    InvalidInputException.require(channel, "channel");
    InvalidInputException.require(status, "status");
    InvalidInputException.require(json, "json");
    InvalidInputException.require(createdAt, "createdAt");
    JsonDocuments.checkObject(json, "json", ProfileDocument.MAX_JSON);
  }
}
