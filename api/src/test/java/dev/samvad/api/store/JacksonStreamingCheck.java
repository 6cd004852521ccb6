package dev.samvad.api.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The oracle for {@link JsonSyntax}: the record check as it was before, Jackson's default streaming
 * parser reading the first token, skipping its children and expecting the end. Kept verbatim so the
 * tests compare the new check against what stores accepted before.
 */
final class JacksonStreamingCheck {
  static final String OK = "ok";
  static final String NOT_JSON = "is not valid JSON";
  static final String NOT_OBJECT = "must be a JSON object";

  private static final ObjectMapper PARSER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JacksonStreamingCheck() {}

  /** {@link #OK}, or the problem the old check reported for {@code json}. */
  static String verdict(String json) {
    JsonToken first;
    try (JsonParser parser = PARSER.getFactory().createParser(json)) {
      first = parser.nextToken();
      if (first != null) {
        parser.skipChildren();
        if (parser.nextToken() != null) {
          return NOT_JSON;
        }
      }
    } catch (JsonProcessingException e) {
      return NOT_JSON;
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return first == JsonToken.START_OBJECT ? OK : NOT_OBJECT;
  }
}
