package dev.samvad.examples.story;

import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.api.Money;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Outcome;
import dev.samvad.orchestration.Task;
import java.util.Optional;

/**
 * One customer's campaign in the story: how it started and where it ended.
 *
 * @param customer the customer
 * @param campaignId the campaign
 * @param playbook the playbook chosen and why
 * @param holdOut whether the customer was in the hold-out group (plain, non-adapted messages)
 * @param owedAtStart what was owed when it started
 * @param end its state when the sixty days were over
 */
public record CampaignRun(
    CustomerId customer,
    CampaignId campaignId,
    PlaybookChoice playbook,
    boolean holdOut,
    Money owedAtStart,
    CampaignState end) {

  /** How it finished, if it did. */
  public Optional<Outcome> outcome() {
    return end.phase() == CampaignState.Phase.FINISHED ? end.outcome() : Optional.empty();
  }

  /** True when it finished paid, by the ledger or by a person's verification. */
  public boolean paid() {
    return outcome().filter(o -> o == Outcome.PAID || o == Outcome.MARKED_PAID).isPresent();
  }

  /** True when it is unfinished and waiting for the customer's promised date. */
  public boolean promised() {
    return outcome().isEmpty() && end.promise().isPresent();
  }

  /** True when the customer disputed at some point (a dispute task was made). */
  public boolean disputed() {
    return end.tasks().stream().anyMatch(t -> t.kind() == Task.TaskKind.RESOLVE_DISPUTE);
  }

  /** True when it is paused now on an open dispute. */
  public boolean pausedForDispute() {
    return end.openTasks().stream().anyMatch(t -> t.kind() == Task.TaskKind.RESOLVE_DISPUTE);
  }

  /** True when the customer opted out of at least one channel. */
  public boolean optedOut() {
    return !end.optedOut().isEmpty();
  }
}
