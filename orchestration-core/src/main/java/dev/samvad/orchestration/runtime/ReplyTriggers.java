package dev.samvad.orchestration.runtime;

import dev.samvad.orchestration.Trigger;
import dev.samvad.relationship.text.Intent;
import dev.samvad.relationship.text.PromisedDate;
import dev.samvad.relationship.text.ReplyAnalysis;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a read reply means for a campaign. A reply may carry several intents; the one that matters
 * most for the customer's protection wins, whatever its score: an opt-out before anything else,
 * then abuse, a dispute, hardship and a claim of payment (each hands the campaign to a person or
 * pauses it), then a promise (with its date), an extension request, and otherwise an ordinary
 * reply.
 */
final class ReplyTriggers {
  private ReplyTriggers() {}

  /**
   * A reply's trigger and date.
   *
   * @param trigger what it means
   * @param date the promised or requested day, if named
   */
  record Reading(Trigger trigger, Optional<LocalDate> date) {}

  static Reading read(ReplyAnalysis analysis) {
    Optional<LocalDate> date = analysis.entities().promisedDate().map(PromisedDate::date);
    if (analysis.has(Intent.OPT_OUT)) {
      return new Reading(Trigger.OPT_OUT, Optional.empty());
    }
    if (analysis.has(Intent.ABUSIVE)) {
      return new Reading(Trigger.ABUSIVE, Optional.empty());
    }
    if (analysis.has(Intent.DISPUTE)) {
      return new Reading(Trigger.DISPUTE, Optional.empty());
    }
    if (analysis.has(Intent.HARDSHIP)) {
      return new Reading(Trigger.HARDSHIP, Optional.empty());
    }
    if (analysis.has(Intent.ALREADY_PAID)) {
      return new Reading(Trigger.CLAIMS_PAID, Optional.empty());
    }
    if (analysis.has(Intent.PROMISE_TO_PAY)
        || (analysis.has(Intent.PARTIAL_PAYMENT_OFFER) && date.isPresent())) {
      return new Reading(Trigger.PROMISE_TO_PAY, date);
    }
    if (analysis.has(Intent.EXTENSION_REQUEST)) {
      return new Reading(Trigger.EXTENSION_REQUEST, date);
    }
    return new Reading(Trigger.OTHER_REPLY, Optional.empty());
  }
}
