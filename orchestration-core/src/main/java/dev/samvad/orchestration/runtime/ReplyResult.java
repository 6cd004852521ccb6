package dev.samvad.orchestration.runtime;

import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Trigger;
import dev.samvad.relationship.text.ReplyAnalysis;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a customer's reply was read as and what it did.
 *
 * @param replyId the reply's id (the provider's message id, or derived from the text and time)
 * @param analysis the reply analyser's reading
 * @param trigger what the reply means for the campaign: the first of {@code triggers}, so {@link
 *     Trigger#OPT_OUT} when the reply asks to stop
 * @param triggers everything the reply was acted on as, in order: an opt-out first when there is
 *     one, then at most one other trigger (a dispute that also says "do not message me" is both)
 * @param date the promised or requested date, when the reply named one
 * @param campaign the campaign's state after the reply; empty when the customer has no campaign
 */
public record ReplyResult(
    String replyId,
    ReplyAnalysis analysis,
    Trigger trigger,
    List<Trigger> triggers,
    Optional<LocalDate> date,
    Optional<CampaignState> campaign) {

  /** Copies the triggers. */
  public ReplyResult {
    triggers = List.copyOf(triggers);
  }
}
