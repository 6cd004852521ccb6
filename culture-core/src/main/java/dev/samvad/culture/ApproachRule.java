package dev.samvad.culture;

import java.util.List;

/**
 * One check of how a message approaches a customer. A rule does one job (threatening words, SMS
 * length, a missing fact, the WhatsApp window, a contact window, a festival…), is a pure function
 * of the context, and is safe to call from many threads. {@link MessageLint} runs a list of them.
 */
@FunctionalInterface
public interface ApproachRule {
  /** The findings for {@code context}; empty when the rule has nothing to say. */
  List<ApproachFinding> check(ApproachContext context);
}
