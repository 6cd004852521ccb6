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

  /**
   * Checks {@code json} is one well-formed JSON object of at most {@code max} characters. Every
   * record is checked on construction, several per message sent, so this is {@link JsonSyntax}'s
   * single allocation-free pass rather than a parser: the same verdicts as Jackson's.
   */
  static void checkObject(String json, String field, int max) {
    if (json.length() > max) {
      throw new InvalidInputException(field, "must be at most " + max + " characters");
    }
    switch (JsonSyntax.verdict(json)) {
      case OBJECT -> {}
      case MALFORMED -> throw new InvalidInputException(field, "is not valid JSON");
      case OTHER_VALUE, BLANK -> throw new InvalidInputException(field, "must be a JSON object");
    }
  }
}
