package dev.samvad.api.spi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 that keeps every Java string, lone surrogates included: a lone surrogate is written as its
 * own 3-byte sequence (as Python's {@code "surrogatepass"} does) instead of being replaced with
 * {@code '?'}, so no two strings share an encoding and {@link #decode} gives back exactly the
 * string {@link #encode} was given. Well-formed text encodes exactly as UTF-8.
 */
final class Wtf8 {
  private Wtf8() {}

  static byte[] encode(String value) {
    if (value.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
      return value.getBytes(StandardCharsets.UTF_8);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(value.length() * 3);
    value
        .codePoints()
        .forEach(
            cp -> {
              if (cp < 0x80) {
                out.write(cp);
              } else if (cp < 0x800) {
                out.write(0xC0 | (cp >> 6));
                out.write(0x80 | (cp & 0x3F));
              } else if (cp < 0x10000) {
                out.write(0xE0 | (cp >> 12));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
              } else {
                out.write(0xF0 | (cp >> 18));
                out.write(0x80 | ((cp >> 12) & 0x3F));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
              }
            });
    return out.toByteArray();
  }

  /**
   * The string {@link #encode} made these bytes from.
   *
   * @throws IllegalArgumentException when the bytes are not such an encoding
   */
  static String decode(byte[] bytes) {
    StringBuilder text = new StringBuilder(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      int lead = bytes[i] & 0xFF;
      int length = lead < 0x80 ? 1 : lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      if (length == 0 || lead > 0xF4 || i + length > bytes.length) {
        throw new IllegalArgumentException("malformed text at byte " + i);
      }
      int cp = length == 1 ? lead : lead & (0x7F >> length);
      for (int k = 1; k < length; k++) {
        int next = bytes[i + k] & 0xFF;
        if ((next & 0xC0) != 0x80) {
          throw new IllegalArgumentException("malformed text at byte " + (i + k));
        }
        cp = (cp << 6) | (next & 0x3F);
      }
      int shortest = length == 1 ? 0 : length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
      if (cp < shortest || cp > Character.MAX_CODE_POINT) {
        throw new IllegalArgumentException("malformed text at byte " + i);
      }
      text.appendCodePoint(cp);
      i += length;
    }
    return text.toString();
  }
}
