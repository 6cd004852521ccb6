package dev.samvad.constraint;

import dev.samvad.api.InvalidInputException;

/**
 * What "a realistic improvement" means for each lever, as cautious / expected / hopeful fractions.
 * The defaults are judgement, not measurement; a tenant that knows better should say so. Each is
 * printed with every candidate it shaped.
 *
 * @param taskCapacityIncrease extra task completions per day, as a fraction of today's
 * @param queueWaitCut fraction of the wait above {@code targetQueueHours} that wider windows remove
 * @param targetQueueHours queue wait that needs no fixing (a message queued in the evening goes out
 *     next morning)
 * @param contactsFixed fraction of bounced contacts a data clean-up corrects
 * @param fallbackReach fraction of channel-failed invoices a fallback channel reaches
 * @param disputesResolved fraction of disputed balance a dispute drive resolves in a period
 * @param hardshipRecovered fraction of hardship and broken-promise balance a payment plan recovers
 * @param dormantReactivated fraction of quiet overdue balance that extra follow-up steps reach
 * @param targetHoldOutShare a hold-out share that still measures uplift well enough
 */
public record ImprovementAssumptions(
    Range taskCapacityIncrease,
    Range queueWaitCut,
    double targetQueueHours,
    Range contactsFixed,
    Range fallbackReach,
    Range disputesResolved,
    Range hardshipRecovered,
    Range dormantReactivated,
    double targetHoldOutShare) {

  /** Validates presence and bounds. */
  public ImprovementAssumptions {
    InvalidInputException.require(taskCapacityIncrease, "taskCapacityIncrease");
    InvalidInputException.require(queueWaitCut, "queueWaitCut");
    InvalidInputException.require(contactsFixed, "contactsFixed");
    InvalidInputException.require(fallbackReach, "fallbackReach");
    InvalidInputException.require(disputesResolved, "disputesResolved");
    InvalidInputException.require(hardshipRecovered, "hardshipRecovered");
    InvalidInputException.require(dormantReactivated, "dormantReactivated");
    if (!(targetQueueHours >= 0)) {
      throw new InvalidInputException("targetQueueHours", "must not be negative");
    }
    if (!(targetHoldOutShare >= 0 && targetHoldOutShare < 1)) {
      throw new InvalidInputException("targetHoldOutShare", "must be in [0, 1)");
    }
  }

  /** The defaults documented in {@code docs/constraints.md}. */
  public static ImprovementAssumptions defaults() {
    return new ImprovementAssumptions(
        new Range(0.25, 0.50, 1.00),
        new Range(0.30, 0.50, 0.80),
        12.0,
        new Range(0.25, 0.50, 0.75),
        new Range(0.40, 0.60, 0.80),
        new Range(0.20, 0.40, 0.60),
        new Range(0.10, 0.25, 0.40),
        new Range(0.10, 0.20, 0.30),
        0.05);
  }

  /**
   * A cautious, expected and hopeful value of one assumption.
   *
   * @param low cautious
   * @param expected expected
   * @param high hopeful
   */
  public record Range(double low, double expected, double high) {
    /** Validates {@code 0 <= low <= expected <= high}. */
    public Range {
      if (!(low >= 0 && low <= expected && expected <= high)) {
        throw new InvalidInputException("range", "must satisfy 0 <= low <= expected <= high");
      }
    }
  }
}
