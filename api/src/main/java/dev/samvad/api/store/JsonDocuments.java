package dev.samvad.api.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;

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
   * record is checked on construction, so this streams over the tokens instead of building a tree:
   * the same verdicts as parsing, without the allocation.
   */
  static void checkObject(String json, String field, int max) {
    if (json.length() > max) {
      throw new InvalidInputException(field, "must be at most " + max + " characters");
    }
    JsonToken first;
    try (JsonParser parser = PARSER.getFactory().createParser(json)) {
      first = parser.nextToken();
      if (first != null) {
        parser.skipChildren();
        if (parser.nextToken() != null) {
          throw new InvalidInputException(field, "is not valid JSON");
        }
      }
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(field, "is not valid JSON");
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    if (first != JsonToken.START_OBJECT) {
      throw new InvalidInputException(field, "must be a JSON object");
    }
  }
}
