package dev.samvad.sdk.internal.json;

import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request target split into decoded path segments and query parameters.
 *
 * @param path the path as given, without the query
 * @param segments the percent-decoded segments; a trailing slash is ignored
 * @param query the decoded query parameters; the first value wins when a name repeats
 */
record RequestTarget(String path, List<String> segments, Map<String, String> query) {

  RequestTarget {
    segments = List.copyOf(segments);
    query = Map.copyOf(query);
  }

  /** A query parameter. */
  Optional<String> param(String name) {
    return Optional.ofNullable(query.get(name));
  }

  /**
   * Parses a target such as {@code /api/v1/customers?limit=10}.
   *
   * @throws InvalidInputException naming {@code path} or {@code query} when it cannot be decoded
   */
  static RequestTarget parse(String target) {
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    String rawQuery = q < 0 ? "" : target.substring(q + 1);
    int hash = rawQuery.indexOf('#');
    if (hash >= 0) {
      rawQuery = rawQuery.substring(0, hash);
    }
    if (!path.startsWith("/")) {
      throw new InvalidInputException("path", "must start with '/'");
    }
    List<String> segments = new ArrayList<>();
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (!trimmed.isEmpty()) {
      for (String raw : trimmed.substring(1).split("/", -1)) {
        segments.add(decode(raw, false, "path"));
      }
    }
    Map<String, String> query = new LinkedHashMap<>();
    if (!rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq), true, "query");
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true, "query");
        query.putIfAbsent(name, value);
      }
    }
    return new RequestTarget(path, segments, query);
  }

  /** Strict percent-decoding to UTF-8; {@code +} is a space only in the query. */
  private static String decode(String text, boolean plusIsSpace, String field) {
    if (text.indexOf('%') < 0 && !(plusIsSpace && text.indexOf('+') >= 0)) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          throw badEscape(field);
        }
        int hi = Character.digit(text.charAt(i + 1), 16);
        int lo = Character.digit(text.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw badEscape(field);
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isSurrogate(c)) {
          throw new InvalidInputException(field, "must be percent-encoded ASCII");
        }
        bytes.write(utf8, 0, utf8.length);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(field, "percent-encoding is not valid UTF-8");
    }
  }

  private static InvalidInputException badEscape(String field) {
    return new InvalidInputException(
        ErrorCode.INVALID_INPUT, field, "has a '%' not followed by two hex digits");
  }
}
