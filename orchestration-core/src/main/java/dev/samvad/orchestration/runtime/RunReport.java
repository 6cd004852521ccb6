package dev.samvad.orchestration.runtime;

/**
 * What one {@link CampaignRuntime#runDue} pass did.
 *
 * @param claimed due items claimed (campaigns and outbox messages)
 * @param decisions campaign decisions applied
 * @param sent messages the channels accepted
 * @param retried transient failures rescheduled for another attempt
 * @param failed messages that failed for good (the campaign falls back)
 * @param cancelled queued messages dropped because the campaign no longer wanted them
 * @param deferred messages held back for a contact window or frequency cap
 * @param errors items that failed unexpectedly and were put back for later
 */
public record RunReport(
    int claimed,
    int decisions,
    int sent,
    int retried,
    int failed,
    int cancelled,
    int deferred,
    int errors) {

  /** Nothing done. */
  public static final RunReport EMPTY = new RunReport(0, 0, 0, 0, 0, 0, 0, 0);

  /** The sum of this report and {@code other}. */
  public RunReport plus(RunReport other) {
    return new RunReport(
        claimed + other.claimed,
        decisions + other.decisions,
        sent + other.sent,
        retried + other.retried,
        failed + other.failed,
        cancelled + other.cancelled,
        deferred + other.deferred,
        errors + other.errors);
  }
}
