package dev.samvad.api.store;

import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import java.time.Instant;

/**
 * A campaign as the store keeps it: the columns the store indexes plus the orchestration engine's
 * state as a JSON object it owns.
 *
 * @param id the campaign
 * @param customerId the customer it follows up
 * @param name a human-readable name
 * @param type the campaign type, e.g. {@code PAYMENT_FOLLOW_UP}
 * @param status the engine's status, e.g. {@code ACTIVE}, {@code PAUSED}, {@code COMPLETED}
 * @param json the engine's state document
 * @param createdAt when it was created
 */
public record CampaignRecord(
    CampaignId id,
    CustomerId customerId,
    String name,
    String type,
    String status,
    String json,
    Instant createdAt) {

  /** Checks every column is present and the document is a JSON object. */
  public CampaignRecord {
    InvalidInputException.require(id, "id");
    InvalidInputException.require(customerId, "customerId");
    InvalidInputException.require(name, "name");
    InvalidInputException.require(type, "type");
    InvalidInputException.require(status, "status");
    InvalidInputException.require(json, "json");
    InvalidInputException.require(createdAt, "createdAt");
    JsonDocuments.checkObject(json, "json", ProfileDocument.MAX_JSON);
  }
}
