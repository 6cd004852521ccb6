package dev.samvad.orchestration.runtime;

/** Counts of one {@link CampaignRuntime#runDue} pass; confined to the thread running it. */
final class Tally {
  int claimed;
  int decisions;
  int sent;
  int retried;
  int failed;
  int cancelled;
  int deferred;
  int errors;

  RunReport report() {
    return new RunReport(claimed, decisions, sent, retried, failed, cancelled, deferred, errors);
  }
}
