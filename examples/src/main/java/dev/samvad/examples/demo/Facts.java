package dev.samvad.examples.demo;

import dev.samvad.api.Gstin;
import dev.samvad.api.IndianState;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.Money;
import dev.samvad.api.Region;
import dev.samvad.api.model.Address;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Direction;
import dev.samvad.api.model.Interaction;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Plain facts the chapters read off stored records. Only what the data says outright lives here;
 * anything inferred (a cultural profile, a reply's intent) belongs to the engines and to the
 * chapters that show them.
 */
final class Facts {
  private Facts() {}

  /** The state of the customer's address, else of its GSTIN. */
  static Optional<IndianState> state(Customer c) {
    return c.address().flatMap(Address::state).or(() -> c.gstin().flatMap(Gstin::state));
  }

  /** The default region of {@link #state}. */
  static Optional<Region> region(Customer c) {
    return state(c).map(IndianState::region);
  }

  /** The customer's most recent reply, if they ever wrote back. */
  static Optional<Interaction> lastReply(List<Interaction> interactions) {
    return interactions.stream()
        .filter(i -> i.direction() == Direction.INBOUND)
        .max(Comparator.comparing(Interaction::occurredAt));
  }

  /**
   * The language the customer is known to use: the one they stated, else the one of their latest
   * reply. Empty when there is no signal yet; a cultural profile would go further (PIN, GSTIN).
   */
  static Optional<LanguageForm> knownLanguage(Customer c, List<Interaction> interactions) {
    return c.statedLanguage().or(() -> lastReply(interactions).flatMap(Interaction::language));
  }

  /** A language form named for people: "Tamil", "Hinglish", "Gujarati (romanised)". */
  static String describe(LanguageForm form) {
    if (form.equals(LanguageForm.HINGLISH)) {
      return "Hinglish";
    }
    String name = form.language().englishName();
    if (form.codeMixed()) {
      return name + "-English mix";
    }
    return form.isRomanised() ? name + " (romanised)" : name;
  }

  /** Whole-rupee amounts in Indian grouping, without the paise when there are none. */
  static String rupees(Money money) {
    String text = money.format();
    return text.endsWith(".00") ? text.substring(0, text.length() - 3) : text;
  }

  /** {@code part} as a whole percentage of {@code whole}. */
  static String percent(long part, long whole) {
    return whole == 0 ? "-" : Math.round(100.0 * part / whole) + "%";
  }

  /** At most {@code max} code points of {@code text}, with an ellipsis when cut. */
  static String clip(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }
}
