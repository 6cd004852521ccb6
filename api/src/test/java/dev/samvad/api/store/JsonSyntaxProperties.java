package dev.samvad.api.store;

import static dev.samvad.api.store.JacksonStreamingCheck.NOT_JSON;
import static dev.samvad.api.store.JacksonStreamingCheck.NOT_OBJECT;
import static dev.samvad.api.store.JacksonStreamingCheck.OK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The record check and Jackson's streaming parser (the check it replaces) give the same verdict on
 * random JSON: well-formed documents and the same documents with characters deleted, inserted or
 * replaced, cut short, or nested around the depth limit, and short strings of JSON's punctuation.
 */
class JsonSyntaxProperties {

  /** Characters that break JSON in interesting ways, and some that do not. */
  private static final String HOSTILE =
      "{}[]:,\"\\ \t\n\r0123456789-+.eEtrufalsn/'*#xu"
          + "\u0000\u0001\u001F\u007F\u00A0\u2028\uFEFF\f\uD800\uDC00\uD83D\uDE00₹न";

  @Property(tries = 3000)
  void theRecordCheckAgreesWithJackson(@ForAll("documents") String json) {
    String expected = JacksonStreamingCheck.verdict(json);
    assertEquals(expected, JsonSyntaxTest.checked(json), () -> "for " + json);
    Statistics.label("verdict").collect(expected);
    Statistics.label("verdict")
        .coverage(
            verdicts -> {
              verdicts.check(OK).percentage(p -> p >= 15);
              verdicts.check(NOT_JSON).percentage(p -> p >= 15);
              verdicts.check(NOT_OBJECT).percentage(p -> p >= 2);
            });
  }

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<String> wellFormed =
        Arbitraries.frequencyOf(Tuple.of(4, object(3)), Tuple.of(1, value(3)));
    Arbitrary<String> edited =
        Combinators.combine(wellFormed, edit().list().ofMinSize(1).ofMaxSize(3))
            .as(JsonSyntaxProperties::applied);
    Arbitrary<String> nested =
        Combinators.combine(
                wellFormed, Arbitraries.integers().between(990, 1002), Arbitraries.longs())
            .as(JsonSyntaxProperties::nestedIn);
    Arbitrary<String> noise =
        Arbitraries.strings().withChars(HOSTILE.toCharArray()).ofMaxLength(12);
    return Arbitraries.frequencyOf(
        Tuple.of(4, wellFormed), Tuple.of(5, edited), Tuple.of(1, nested), Tuple.of(1, noise));
  }

  private Arbitrary<String> value(int depth) {
    if (depth == 0) {
      return scalar();
    }
    return Arbitraries.frequencyOf(
        Tuple.of(3, scalar()), Tuple.of(2, array(depth - 1)), Tuple.of(3, object(depth - 1)));
  }

  private Arbitrary<String> object(int depth) {
    Arbitrary<String> member =
        Combinators.combine(string(), space(), space(), value(depth))
            .as((name, before, after, v) -> name + before + ":" + after + v);
    return Combinators.combine(member.list().ofMaxSize(4), space(), space())
        .as((members, open, close) -> "{" + open + joined(members) + close + "}");
  }

  private Arbitrary<String> array(int depth) {
    return Combinators.combine(value(depth).list().ofMaxSize(4), space())
        .as((items, open) -> "[" + open + joined(items) + "]");
  }

  private static String joined(List<String> parts) {
    return parts.stream().collect(Collectors.joining(", "));
  }

  private Arbitrary<String> scalar() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, string()),
        Tuple.of(4, number()),
        Tuple.of(2, Arbitraries.of("true", "false", "null")),
        Tuple.of(1, longNumber()));
  }

  private Arbitrary<String> string() {
    Arbitrary<String> ascii =
        Arbitraries.strings().withCharRange(' ', '~').excludeChars('"', '\\').ofMaxLength(4);
    Arbitrary<String> unicode =
        Arbitraries.of("न", "म", "स्", "ते", "₹", "😀", "é", "\u007F", "\uD800", "\uDC00");
    Arbitrary<String> escape =
        Arbitraries.of(
            "\\n",
            "\\\"",
            "\\\\",
            "\\/",
            "\\b",
            "\\f",
            "\\r",
            "\\t",
            "\\u20B9",
            "\\u00e9",
            "\\uD83D\\uDE00",
            "\\u0000");
    Arbitrary<String> loneEscapedSurrogate = Arbitraries.of("\\uD83D", "\\uDE00");
    return Arbitraries.frequencyOf(
            Tuple.of(6, ascii),
            Tuple.of(3, unicode),
            Tuple.of(2, escape),
            Tuple.of(1, loneEscapedSurrogate.injectNull(0.9).map(s -> s == null ? "" : s)))
        .list()
        .ofMaxSize(5)
        .map(pieces -> "\"" + String.join("", pieces) + "\"");
  }

  private Arbitrary<String> number() {
    return Arbitraries.oneOf(
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.bigDecimals().map(Object::toString),
        Arbitraries.of("0", "-0", "1e5", "2E-3", "-0.5e+10", "123.456", "0.0"));
  }

  /** Numbers around the thousand-digit limit, in each of the shapes Jackson counts. */
  private Arbitrary<String> longNumber() {
    return Combinators.combine(
            Arbitraries.integers().between(997, 1003), Arbitraries.integers().between(0, 5))
        .as(
            (digits, shape) ->
                switch (shape) {
                  case 0 -> "9".repeat(digits);
                  case 1 -> "-1." + "0".repeat(digits - 1);
                  case 2 -> "1e" + "0".repeat(digits - 1);
                  case 3 -> "4" + "2".repeat(digits / 2 - 1) + ".5E+" + "1".repeat(digits / 2);
                  case 4 -> "0." + "3".repeat(digits - 1);
                  default -> "-0e-" + "3".repeat(digits - 1);
                });
  }

  private Arbitrary<String> space() {
    return Arbitraries.of("", "", "", " ", "\n", "\t", "\r\n  ");
  }

  /** One change to a document: what to do, where (a fraction of its length), with what. */
  record Edit(int kind, double where, char c) {}

  private Arbitrary<Edit> edit() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 5),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.of(HOSTILE.toCharArray()))
        .as(Edit::new);
  }

  private static String applied(String json, List<Edit> edits) {
    StringBuilder text = new StringBuilder(json);
    for (Edit edit : edits) {
      int at = (int) (edit.where() * text.length());
      int inside = Math.min(at, Math.max(0, text.length() - 1));
      switch (edit.kind()) {
        case 0 -> {
          if (text.length() > 0) {
            text.deleteCharAt(inside);
          }
        }
        case 1 -> text.insert(at, edit.c());
        case 2 -> {
          if (text.length() > 0) {
            text.setCharAt(inside, edit.c());
          }
        }
        case 3 -> text.setLength(at);
        case 4 -> text.insert(0, "[").append(']');
        default -> text.insert(0, "{\"k\":").append('}');
      }
    }
    return text.toString();
  }

  /** {@code json} inside {@code depth} objects and arrays, chosen by the bits of {@code kinds}. */
  private static String nestedIn(String json, int depth, long kinds) {
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    for (int level = 0; level < depth; level++) {
      boolean object = (kinds >>> (level % 64) & 1) != 0;
      open.append(object ? "{\"k\":" : "[");
      close.append(object ? '}' : ']');
    }
    return open + json + close.reverse();
  }
}
