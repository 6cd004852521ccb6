package dev.samvad.api.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import java.time.Instant;

/**
 * A stored analysis of one customer (a cultural or a relationship profile) as a JSON object. The
 * engines own the document's schema; the store keeps it whole and never interprets it.
 *
 * @param customerId whose profile
 * @param json a JSON object, at most {@value #MAX_JSON} characters
 * @param schemaVersion version of the engine's schema, so old documents can be migrated on read
 * @param analysedAt when the analysis was made
 */
public record ProfileDocument(
    CustomerId customerId, String json, int schemaVersion, Instant analysedAt) {

  /** Largest document a store must accept. */
  public static final int MAX_JSON = 1_000_000;

  /** Checks {@code json} is one JSON object within the size cap. */
  public ProfileDocument {
    InvalidInputException.require(customerId, "customerId");
    InvalidInputException.require(json, "json");
    InvalidInputException.require(analysedAt, "analysedAt");
    JsonDocuments.checkObject(json, "json", MAX_JSON);
    if (schemaVersion < 1) {
      throw new InvalidInputException("schemaVersion", "must be at least 1");
    }
  }

  /** Parses the document. */
  public JsonNode tree() {
    return JsonDocuments.parse(json);
  }
}
