package dev.samvad.examples.jsonapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.UUID;

/**
 * JSON handling on the command line's side of the API: reading what the user typed and what the API
 * answered, and writing it back out. Numbers are kept exactly as written (amounts in paise must
 * never pass through a {@code double}).
 */
final class JsonText {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private JsonText() {}

  /** The tree of {@code text}; throws {@link JsonProcessingException} when it is not JSON. */
  static JsonNode parse(String text) throws JsonProcessingException {
    return MAPPER.readTree(text);
  }

  /** The tree of {@code text}, or empty when it is blank or not JSON. */
  static Optional<JsonNode> tryParse(String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(MAPPER.readTree(text));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** A response body for a terminal: indented JSON, or the text unchanged if it is not JSON. */
  static String pretty(String body) {
    return tryParse(body)
        .map(
            tree -> {
              try {
                return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
              } catch (JsonProcessingException e) {
                return body;
              }
            })
        .orElse(body);
  }

  /** One line of compact JSON. */
  static String compact(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed tree could not be written back", e);
    }
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * An error body in the API's own shape ({@code status, code, message, field?, correlationId}) for
   * problems the command line finds before any request reaches the API.
   */
  static ObjectNode error(int status, String code, String message, Optional<String> field) {
    ObjectNode error = object();
    error.put("status", status);
    error.put("code", code);
    error.put("message", message);
    field.ifPresent(f -> error.put("field", f));
    error.put("correlationId", UUID.randomUUID().toString());
    return error;
  }
}
