package dev.samvad.sdk.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import dev.samvad.sdk.JsonRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The generic checks on a request body, in order: size cap, content type, well-formed JSON, a JSON
 * object, and a {@code tenantId} that matches the caller's (which is then removed so the strict
 * binder does not see it).
 */
final class BodyReader {
  private static final int MAX_MESSAGE = 200;

  private final ObjectReader parser;
  private final int maxBytes;

  BodyReader(ObjectMapper mapper, int maxBytes) {
    // Duplicate keys make a document mean different things to different readers: refuse them.
    this.parser = mapper.reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    this.maxBytes = maxBytes;
  }

  /** Rejects bodies over the cap, counted in UTF-8 bytes. */
  void checkSize(String body) {
    long bytes = utf8Length(body);
    if (bytes > maxBytes) {
      throw new InvalidInputException(
          ErrorCode.PAYLOAD_TOO_LARGE,
          "",
          "request body is " + bytes + " bytes of UTF-8; the cap is " + maxBytes + " bytes");
    }
  }

  /** Rejects a declared content type other than JSON. */
  static void checkContentType(JsonRequest request) {
    Optional<String> declared = request.header("Content-Type");
    if (declared.isEmpty() || declared.get().isBlank()) {
      return;
    }
    String type = declared.get();
    int semi = type.indexOf(';');
    String media = (semi < 0 ? type : type.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    if (!media.equals("application/json") && !media.endsWith("+json")) {
      throw new InvalidInputException(
          ErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "",
          "Content-Type '" + abbreviate(type) + "' is not JSON; send application/json");
    }
  }

  /** Parses a body that must be one JSON object. */
  ObjectNode readObject(String body) {
    if (body.isBlank()) {
      throw new InvalidInputException(
          ErrorCode.MALFORMED_JSON, "", "request body is empty; expected a JSON object");
    }
    JsonNode tree;
    try {
      tree = parser.readTree(body);
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new InvalidInputException(
          ErrorCode.MALFORMED_JSON, "", "request body is empty; expected a JSON object");
    }
    if (!tree.isObject()) {
      throw new InvalidInputException(
          ErrorCode.WRONG_TYPE,
          "",
          "request body must be a JSON object, was " + JsonKind.of(tree).phrase());
    }
    return (ObjectNode) tree;
  }

  /**
   * Checks an optional {@code tenantId} in the body against the caller's tenant and removes it.
   *
   * @throws ProblemException {@code 403 TENANT_MISMATCH} when it names another tenant
   */
  static void checkAndStripTenant(ObjectNode body, @Nullable TenantId caller) {
    JsonNode named = body.get("tenantId");
    if (named == null) {
      return;
    }
    if (!named.isTextual()) {
      throw new InvalidInputException(
          ErrorCode.WRONG_TYPE, "tenantId", "must be a string, was " + JsonKind.of(named).phrase());
    }
    if (caller != null && !named.textValue().equals(caller.value())) {
      throw new ProblemException(
          new Problem(
              ErrorCode.TENANT_MISMATCH,
              "tenantId: the body names tenant '"
                  + abbreviate(named.textValue())
                  + "' but the caller acts for tenant '"
                  + caller.value()
                  + "'",
              Optional.of("tenantId"),
              Map.of()));
    }
    body.remove("tenantId");
  }

  private static InvalidInputException malformed(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 0
            ? ""
            : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String why = e.getOriginalMessage();
    why = why == null ? "not valid JSON" : abbreviate(firstLine(why));
    return new InvalidInputException(
        ErrorCode.MALFORMED_JSON, "", "request body is not valid JSON" + where + ": " + why);
  }

  static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3; // a lone surrogate is not UTF-8; count the 3 bytes it takes in WTF-8
      }
    }
    return bytes;
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  private static String abbreviate(String text) {
    String flat = text.replaceAll("\\p{Cntrl}", " ");
    return flat.length() <= MAX_MESSAGE ? flat : flat.substring(0, MAX_MESSAGE) + "…";
  }
}
