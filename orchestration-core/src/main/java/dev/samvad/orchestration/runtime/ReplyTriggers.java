package dev.samvad.orchestration.runtime;

import dev.samvad.orchestration.Trigger;
import dev.samvad.relationship.text.Intent;
import dev.samvad.relationship.text.PromisedDate;
import dev.samvad.relationship.text.ReplyAnalysis;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a read reply means for a campaign. A reply may carry several intents. An opt-out is always
 * acted on, and first, so that nothing the rest of the reply calls for (a dispute acknowledgement,
 * say) goes out on the channel the customer just closed. Of the other intents the one that matters
 * most for the customer's protection is acted on too, whatever its score: abuse, a dispute,
 * hardship and a claim of payment (each hands the campaign to a person or pauses it), then a
 * promise (with its date), an extension request, and otherwise an ordinary reply. "This invoice is
 * wrong, do not message me again" is therefore an opt-out of that channel <em>and</em> a dispute.
 */
final class ReplyTriggers {
  private ReplyTriggers() {}

  /**
   * A reply's triggers and date.
   *
   * @param triggers what it means, in the order to apply: {@link Trigger#OPT_OUT} first when the
   *     reply asks to stop, then at most one other trigger; never empty
   * @param date the promised or requested day, if named
   */
  record Reading(List<Trigger> triggers, Optional<LocalDate> date) {
    Reading {
      triggers = List.copyOf(triggers);
      if (triggers.isEmpty()) {
        throw new IllegalArgumentException("a reply means at least one trigger");
      }
    }

    /** The trigger that matters most: the opt-out when there is one. */
    Trigger primary() {
      return triggers.get(0);
    }
  }

  static Reading read(ReplyAnalysis analysis) {
    Optional<LocalDate> date = analysis.entities().promisedDate().map(PromisedDate::date);
    Optional<Reading> rest = beyondOptOut(analysis, date);
    if (!analysis.has(Intent.OPT_OUT)) {
      return rest.orElse(new Reading(List.of(Trigger.OTHER_REPLY), Optional.empty()));
    }
    if (rest.isEmpty()) {
      return new Reading(List.of(Trigger.OPT_OUT), Optional.empty());
    }
    return new Reading(List.of(Trigger.OPT_OUT, rest.get().primary()), rest.get().date());
  }

  /** What the reply says besides an opt-out, if anything that changes the campaign. */
  private static Optional<Reading> beyondOptOut(ReplyAnalysis analysis, Optional<LocalDate> date) {
    if (analysis.has(Intent.ABUSIVE)) {
      return Optional.of(new Reading(List.of(Trigger.ABUSIVE), Optional.empty()));
    }
    if (analysis.has(Intent.DISPUTE)) {
      return Optional.of(new Reading(List.of(Trigger.DISPUTE), Optional.empty()));
    }
    if (analysis.has(Intent.HARDSHIP)) {
      return Optional.of(new Reading(List.of(Trigger.HARDSHIP), Optional.empty()));
    }
    if (analysis.has(Intent.ALREADY_PAID)) {
      return Optional.of(new Reading(List.of(Trigger.CLAIMS_PAID), Optional.empty()));
    }
    if (analysis.has(Intent.PROMISE_TO_PAY)
        || (analysis.has(Intent.PARTIAL_PAYMENT_OFFER) && date.isPresent())) {
      return Optional.of(new Reading(List.of(Trigger.PROMISE_TO_PAY), date));
    }
    if (analysis.has(Intent.EXTENSION_REQUEST)) {
      return Optional.of(new Reading(List.of(Trigger.EXTENSION_REQUEST), date));
    }
    return Optional.empty();
  }
}
