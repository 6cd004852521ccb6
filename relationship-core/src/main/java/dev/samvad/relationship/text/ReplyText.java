package dev.samvad.relationship.text;

import dev.samvad.api.IndianState;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.LanguageForm;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A reply to read, with what is needed to resolve its dates.
 *
 * @param text the reply as received; any string, however long or malformed
 * @param receivedAt when it arrived; "kal" and "next Monday" are resolved from this instant
 * @param zone the zone the customer writes in (usually {@code Asia/Kolkata})
 * @param languageHint the language the host expects (from the customer profile); used only when the
 *     text itself cannot be identified
 * @param state the customer's state, to choose between regional festivals ("after the new year":
 *     Puthandu in Tamil Nadu, Bestu Varas in Gujarat)
 */
public record ReplyText(
    String text,
    Instant receivedAt,
    ZoneId zone,
    Optional<LanguageForm> languageHint,
    Optional<IndianState> state) {

  /** India Standard Time. */
  public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

  /** Rejects nulls with an {@link InvalidInputException} naming the field. */
  public ReplyText {
    InvalidInputException.require(text, "text");
    InvalidInputException.require(receivedAt, "receivedAt");
    InvalidInputException.require(zone, "zone");
    InvalidInputException.require(languageHint, "languageHint");
    InvalidInputException.require(state, "state");
  }

  /** A reply received at {@code receivedAt} in India, with no hints. */
  public static ReplyText of(String text, Instant receivedAt) {
    return new ReplyText(text, receivedAt, INDIA, Optional.empty(), Optional.empty());
  }

  /** This reply with a language hint. */
  public ReplyText withLanguageHint(LanguageForm hint) {
    return new ReplyText(text, receivedAt, zone, Optional.of(hint), state);
  }

  /** This reply with the customer's state. */
  public ReplyText withState(IndianState customerState) {
    return new ReplyText(text, receivedAt, zone, languageHint, Optional.of(customerState));
  }
}
