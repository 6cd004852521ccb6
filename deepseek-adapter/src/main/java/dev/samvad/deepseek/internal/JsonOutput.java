package dev.samvad.deepseek.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.samvad.api.SamvadException;
import dev.samvad.api.json.SamvadJson;
import java.util.Optional;

/**
 * Strict parsing of a model's JSON answer into a result record, with at most one repair: when the
 * whole answer is not the JSON object, the object is cut out of a Markdown fence or surrounding
 * prose and parsed once more. Nothing else is repaired: an unknown field or enum constant, a
 * missing field, a wrong type or a value out of range is invalid output.
 */
public final class JsonOutput {
  private final ObjectMapper strict;

  public JsonOutput() {
    this.strict =
        SamvadJson.newMapper()
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  /** What parsing produced. */
  public sealed interface Parsed<T> {}

  /**
   * A value.
   *
   * @param value the parsed result
   * @param repaired true when the object had to be cut out of fences or prose
   */
  public record Value<T>(T value, boolean repaired) implements Parsed<T> {}

  /**
   * No value.
   *
   * @param problem loggable: names the field and the problem, never quotes the output
   */
  public record Invalid<T>(String problem) implements Parsed<T> {}

  /** Parses {@code content} into {@code type}; see the class comment. */
  public <T> Parsed<T> parse(String content, Class<T> type) {
    String whole = content.strip();
    Parsed<T> first = attempt(whole, type, false);
    if (first instanceof Value<T>) {
      return first;
    }
    Optional<String> cut = extractObject(whole);
    if (cut.isEmpty() || cut.get().equals(whole)) {
      return first;
    }
    Parsed<T> second = attempt(cut.get(), type, true);
    return second instanceof Value<T> ? second : first;
  }

  private <T> Parsed<T> attempt(String text, Class<T> type, boolean repaired) {
    try {
      return new Value<>(strict.readValue(text, type), repaired);
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause();
      String why =
          cause instanceof SamvadException s
              ? s.getMessage()
              : "value rejected by " + type.getSimpleName();
      return new Invalid<>(why);
    } catch (JsonProcessingException e) {
      return new Invalid<>(describe(e));
    }
  }

  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    // Jackson quotes offending values; keep the kind of problem and the path only.
    int quote = message.indexOf('"');
    String kind = quote > 0 ? message.substring(0, quote).strip() : message;
    if (kind.length() > 120) {
      kind = kind.substring(0, 120);
    }
    String path =
        e instanceof com.fasterxml.jackson.databind.JsonMappingException m
            ? m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> a + "." + b)
                .orElse("")
            : "";
    return path.isEmpty() ? kind : path + ": " + kind;
  }

  /**
   * The one JSON object in {@code text}: inside the first Markdown fence when there is one, else
   * from the first {@code &#123;} to its matching close brace (braces inside strings do not count).
   * Empty when there is none, or when brackets outside it suggest more than one answer.
   */
  public static Optional<String> extractObject(String text) {
    String scope = text;
    int fence = text.indexOf("```");
    if (fence >= 0) {
      int lineEnd = text.indexOf('\n', fence);
      int close = lineEnd < 0 ? -1 : text.indexOf("```", lineEnd);
      if (close > lineEnd) {
        scope = text.substring(lineEnd + 1, close);
      }
    }
    int start = scope.indexOf('{');
    if (start < 0) {
      return Optional.empty();
    }
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < scope.length(); i++) {
      char c = scope.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        String outside = scope.substring(0, start) + scope.substring(i + 1);
        // Exactly one object in prose: an array around it or a second object is not a repair.
        return outside.chars().anyMatch(ch -> ch == '{' || ch == '}' || ch == '[' || ch == ']')
            ? Optional.empty()
            : Optional.of(scope.substring(start, i + 1));
      }
    }
    return Optional.empty();
  }
}
