package dev.samvad.api.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.InvalidInputException;

/** The one check every JSON document stored whole must pass. */
final class JsonDocuments {
  private static final ObjectMapper PARSER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonDocuments() {}

  static JsonNode parse(String json) {
    try {
      return PARSER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored document is not JSON", e);
    }
  }

  static void checkObject(String json, String field, int max) {
    if (json.length() > max) {
      throw new InvalidInputException(field, "must be at most " + max + " characters");
    }
    JsonNode node;
    try {
      node = PARSER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(field, "is not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw new InvalidInputException(field, "must be a JSON object");
    }
  }
}
