package dev.samvad.api.llm;

import dev.samvad.api.InvalidInputException;
import java.util.Optional;

/**
 * A message a model drafted for {@link DraftMessage}. An adapter returns one only after checking
 * that it states every fact exactly and adds no link, phone number or amount of its own; approach
 * validation (threats, register, language) is the caller's next step.
 *
 * @param subject the e-mail subject; absent for every other channel
 * @param text the message text (an e-mail's body)
 */
public record DraftedMessage(Optional<String> subject, String text) {

  /** The longest text accepted. */
  public static final int MAX_TEXT = 4000;

  /** Requires non-blank text of at most {@value #MAX_TEXT} chars. */
  public DraftedMessage {
    subject = subject == null ? Optional.empty() : subject;
    InvalidInputException.require(text, "text");
    if (text.isBlank()) {
      throw new InvalidInputException("text", "must not be blank");
    }
    if (text.length() > MAX_TEXT) {
      throw new InvalidInputException("text", "must be at most " + MAX_TEXT + " chars");
    }
  }

  /** Never prints the text. */
  @Override
  public String toString() {
    return "DraftedMessage[" + text.length() + " chars]";
  }
}
