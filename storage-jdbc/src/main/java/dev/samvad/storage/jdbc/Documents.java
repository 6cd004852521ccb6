package dev.samvad.storage.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.json.SamvadJson;

/**
 * Model values (customers, invoices, payments, interactions) as the JSON documents the store keeps
 * whole beside their indexed columns, written and read with Samvad's own strict mapper so every
 * attribute round-trips.
 */
final class Documents {
  private static final ObjectMapper MAPPER = SamvadJson.newMapper();

  private Documents() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "a stored " + type.getSimpleName() + " document no longer reads: " + e.getMessage(), e);
    }
  }
}
