package dev.samvad.orchestration.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Instants in stored documents, written and read without {@code java.time.format}: the ISO-8601
 * text {@link Instant#toString()} gives, character for character. A campaign document holds a dozen
 * instants and the formatter's general parser was the largest single cost of reading one. Text
 * outside the common shape {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} (years outside 0–9999, a leap
 * second, an offset) goes to the general formatter, so anything read before reads the same.
 */
final class StoredInstants {
  private static final int SECONDS_PER_DAY = 86_400;
  // 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: four-digit years.
  private static final long FIRST = -62_167_219_200L;
  private static final long LAST = 253_402_300_799L;

  private StoredInstants() {}

  /** The Jackson module: registered after the {@code java.time} module, it takes precedence. */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("samvad-stored-instants");
    module.addSerializer(Instant.class, new Writer());
    module.addDeserializer(Instant.class, new Reader());
    return module;
  }

  /** {@code instant.toString()}, faster. */
  static String format(Instant instant) {
    char[] text = new char[MAX_TEXT];
    int length = formatInto(instant, text);
    return length < 0 ? instant.toString() : new String(text, 0, length);
  }

  /** The longest text {@link #formatInto} writes: {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ}. */
  private static final int MAX_TEXT = 30;

  /**
   * Writes {@code instant.toString()} into {@code text} (at least {@value #MAX_TEXT} long) and
   * returns its length, or -1 without writing when the instant is outside the common shape.
   */
  private static int formatInto(Instant instant, char[] text) {
    long seconds = instant.getEpochSecond();
    if (seconds < FIRST || seconds > LAST) {
      return -1;
    }
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
    int ofDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    digits(text, 0, date.getYear(), 4);
    text[4] = '-';
    digits(text, 5, date.getMonthValue(), 2);
    text[7] = '-';
    digits(text, 8, date.getDayOfMonth(), 2);
    text[10] = 'T';
    digits(text, 11, ofDay / 3600, 2);
    text[13] = ':';
    digits(text, 14, ofDay / 60 % 60, 2);
    text[16] = ':';
    digits(text, 17, ofDay % 60, 2);
    int length = 19;
    int nano = instant.getNano();
    if (nano > 0) {
      text[length++] = '.';
      if (nano % 1_000_000 == 0) {
        length = digits(text, length, nano / 1_000_000, 3);
      } else if (nano % 1000 == 0) {
        length = digits(text, length, nano / 1000, 6);
      } else {
        length = digits(text, length, nano, 9);
      }
    }
    text[length++] = 'Z';
    return length;
  }

  /** {@code Instant.parse(text)}, faster for the shape {@link #format} writes. */
  static Instant parse(String text) {
    Instant fast = parseCommon(text);
    return fast != null ? fast : Instant.parse(text);
  }

  /** The instant, or null when the text is not in the common shape. */
  private static Instant parseCommon(String text) {
    int length = text.length();
    if (length < 20
        || length > 30
        || length == 21
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(length - 1) != 'Z'
        || (length > 20 && text.charAt(19) != '.')) {
      return null;
    }
    int year = number(text, 0, 4);
    int month = number(text, 5, 7);
    int day = number(text, 8, 10);
    int hour = number(text, 11, 13);
    int minute = number(text, 14, 16);
    int second = number(text, 17, 19);
    int nano = 0;
    if (length > 20) {
      int fraction = number(text, 20, length - 1);
      if (fraction < 0) {
        return null;
      }
      nano = fraction;
      for (int i = length - 1 - 20; i < 9; i++) {
        nano *= 10;
      }
    }
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23) {
      return null;
    }
    if (minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
    long seconds = date.toEpochDay() * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
    return Instant.ofEpochSecond(seconds, nano);
  }

  /** The decimal number in {@code text[from, to)}, or -1 if any character is not a digit. */
  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Writes {@code value} as {@code width} digits, zero-padded, at {@code at}; returns the end. */
  private static int digits(char[] text, int at, int value, int width) {
    int rest = value;
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    return at + width;
  }

  private static final class Writer extends StdScalarSerializer<Instant> {
    Writer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      char[] text = new char[MAX_TEXT];
      int length = formatInto(value, text);
      if (length < 0) {
        gen.writeString(value.toString());
      } else {
        gen.writeString(text, 0, length);
      }
    }
  }

  private static final class Reader extends StdScalarDeserializer<Instant> {
    Reader() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        Instant fast = parseCommon(p.getText());
        if (fast != null) {
          return fast;
        }
      }
      // Anything else reads exactly as the java.time module reads it.
      return InstantDeserializer.INSTANT.deserialize(p, ctxt);
    }
  }
}
