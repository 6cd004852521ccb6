package dev.samvad.sdk.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.json.SamvadJson;
import dev.samvad.api.store.ProfileDocument;

/**
 * The one way the desks turn their stored documents (profiles, sentiment and health histories) into
 * JSON and back. Empty optionals are written as explicit nulls so documents read back unchanged.
 * Thread-safe.
 */
public final class StoredDocuments {
  private final ObjectMapper mapper =
      SamvadJson.newMapper().setSerializationInclusion(JsonInclude.Include.ALWAYS);

  /** The document's JSON; {@code what} names it in the error ("a cultural profile"). */
  String write(Object document, String what) {
    try {
      return mapper.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + what, e);
    }
  }

  /** Reads a stored document; an unreadable one is a defect, reported naming its customer. */
  <T> T read(ProfileDocument doc, Class<T> type, String what) {
    try {
      return mapper.readValue(doc.json(), type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "stored " + what + " of " + doc.customerId().value() + " is unreadable", e);
    }
  }
}
