package dev.samvad.deepseek.internal;

import dev.samvad.api.llm.ExplainAnalysis;
import dev.samvad.api.llm.Explanation;
import java.util.Optional;

/**
 * An explanation may only restate numbers given to it ({@link ExplainAnalysis#numberNotGiven}), and
 * carries no link or phone number.
 */
public final class ExplanationCheck {
  private ExplanationCheck() {}

  /** The first problem with {@code explanation} for {@code task}, if any. */
  public static Optional<String> problem(Explanation explanation, ExplainAnalysis task) {
    String text = explanation.summary() + "\n" + String.join("\n", explanation.points());
    if (ContentRules.hasLink(text)) {
      return Optional.of("text: contains a link");
    }
    if (ContentRules.hasPhoneNumber(text)) {
      return Optional.of("text: contains a phone number");
    }
    return task.numberNotGiven(explanation);
  }
}
