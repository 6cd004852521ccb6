package dev.samvad.sdk.internal.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A path such as {@code /api/v1/customers/{customerId}/invoices}: literal segments and named
 * parameters, each parameter one whole segment.
 */
final class PathTemplate {
  private final String text;
  private final List<String> segments;

  private PathTemplate(String text, List<String> segments) {
    this.text = text;
    this.segments = segments;
  }

  static PathTemplate parse(String text) {
    if (!text.startsWith("/") || text.endsWith("/")) {
      throw new IllegalArgumentException("template must start and not end with '/': " + text);
    }
    List<String> segments = new ArrayList<>(List.of(text.substring(1).split("/", -1)));
    for (String s : segments) {
      if (s.isEmpty() || (s.contains("{") && !isParameter(s))) {
        throw new IllegalArgumentException("bad segment '" + s + "' in " + text);
      }
    }
    return new PathTemplate(text, List.copyOf(segments));
  }

  /** The parameters' values when {@code path} matches, else empty. */
  Optional<Map<String, String>> match(List<String> path) {
    if (path.size() != segments.size()) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      String s = segments.get(i);
      if (isParameter(s)) {
        params.put(s.substring(1, s.length() - 1), path.get(i));
      } else if (!s.equals(path.get(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(params);
  }

  /** How many parameters; among matching templates the most literal one wins. */
  int parameterCount() {
    return (int) segments.stream().filter(PathTemplate::isParameter).count();
  }

  private static boolean isParameter(String segment) {
    return segment.length() > 2
        && segment.startsWith("{")
        && segment.endsWith("}")
        && segment.indexOf('{', 1) < 0;
  }

  @Override
  public String toString() {
    return text;
  }
}
