package dev.samvad.deepseek.internal;

import dev.samvad.api.llm.ExplainAnalysis;
import dev.samvad.api.llm.Explanation;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An explanation may only restate numbers given to it (figures, findings, subject), and carries no
 * link or phone number.
 */
public final class ExplanationCheck {
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

  private ExplanationCheck() {}

  /** The first problem with {@code explanation} for {@code task}, if any. */
  public static Optional<String> problem(Explanation explanation, ExplainAnalysis task) {
    StringBuilder given = new StringBuilder(task.subject());
    task.figures().forEach(f -> given.append('\n').append(f.name()).append(' ').append(f.value()));
    task.findings().forEach(f -> given.append('\n').append(f));
    Set<String> allowed = numbers(given.toString());
    String text = explanation.summary() + "\n" + String.join("\n", explanation.points());
    if (ContentRules.hasLink(text)) {
      return Optional.of("text: contains a link");
    }
    if (ContentRules.hasPhoneNumber(text)) {
      return Optional.of("text: contains a phone number");
    }
    for (String n : numbers(text)) {
      if (!allowed.contains(n)) {
        return Optional.of("text: states a number that is not among the figures");
      }
    }
    return Optional.empty();
  }

  private static Set<String> numbers(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = NUMBER.matcher(ContentRules.asciiDigits(text));
    while (m.find()) {
      String n = m.group().replace(",", "");
      if (n.contains(".")) {
        n = n.replaceAll("0+$", ""); // 47.50 and 47.5 are one number
      }
      if (n.endsWith(".")) {
        n = n.substring(0, n.length() - 1);
      }
      out.add(n);
    }
    return out;
  }
}
