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

  /** What one outbox item came to. */
  enum Count {
    SENT,
    RETRIED,
    FAILED,
    CANCELLED,
    DEFERRED,
    ERROR
  }

  void add(Count count) {
    switch (count) {
      case SENT -> sent++;
      case RETRIED -> retried++;
      case FAILED -> failed++;
      case CANCELLED -> cancelled++;
      case DEFERRED -> deferred++;
      case ERROR -> errors++;
    }
  }

  RunReport report() {
    return new RunReport(claimed, decisions, sent, retried, failed, cancelled, deferred, errors);
  }
}
