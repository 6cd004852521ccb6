package dev.samvad.constraint.internal;

import static dev.samvad.constraint.FocusingStep.ELEVATE;
import static dev.samvad.constraint.FocusingStep.EXPLOIT;
import static dev.samvad.constraint.FocusingStep.IDENTIFY;
import static dev.samvad.constraint.FocusingStep.REPEAT;
import static dev.samvad.constraint.FocusingStep.SUBORDINATE;
import static dev.samvad.constraint.internal.Fmt.one;

import dev.samvad.constraint.ConstraintCandidate;
import dev.samvad.constraint.Recommendation;
import dev.samvad.constraint.TaskQueueReport;
import java.util.List;
import java.util.Optional;

/** The five focusing steps, worded for the lever that binds. */
final class Recommendations {
  private Recommendations() {}

  static List<Recommendation> forConstraint(
      ConstraintCandidate c, Optional<ConstraintCandidate> runnerUp, TaskQueueReport tasks) {
    String identify =
        "The constraint is "
            + c.lever().description()
            + " ("
            + c.constraintClass()
            + ") at "
            + c.where()
            + ": relieving it adds about "
            + c.expected().cashPerDay().format()
            + " a day (between "
            + c.low().cashPerDay().format()
            + " and "
            + c.high().cashPerDay().format()
            + ") and takes about "
            + one(c.expected().dsoDays())
            + " days off DSO.";
    String repeat =
        "Once this is relieved, analyse again: the constraint will move"
            + runnerUp
                .map(
                    r ->
                        ", most likely to "
                            + r.lever().description()
                            + " ("
                            + r.expected().cashPerDay().format()
                            + " a day today)")
                .orElse("")
            + ". Retire the rules written for this constraint when it no longer binds, so they"
            + " do not become the next one.";
    String[] steps = words(c, tasks);
    return List.of(
        new Recommendation(IDENTIFY, identify),
        new Recommendation(EXPLOIT, steps[0]),
        new Recommendation(SUBORDINATE, steps[1]),
        new Recommendation(ELEVATE, steps[2]),
        new Recommendation(REPEAT, repeat));
  }

  private static String[] words(ConstraintCandidate c, TaskQueueReport t) {
    String where = c.where();
    String stake = c.cashAtStake().format();
    switch (c.lever()) {
      case TASK_CAPACITY:
        return new String[] {
          "Spend every hour of the team on the tasks that pay most: work "
              + where
              + " in order of open balance × days overdue, and close tasks whose invoice is"
              + " already paid or disputed before anyone picks them up.",
          "Create no more tasks than the team completes ("
              + one(t.completionsPerDay())
              + " a day against "
              + one(t.arrivalsPerDay())
              + " arriving): let automated reminders carry small balances and raise a call task"
              + " only after an automated step went unanswered.",
          "Add capacity for the gap of "
              + one(Math.max(0, t.arrivalsPerDay() - t.completionsPerDay()))
              + " tasks a day (a person, overtime or an agency for the oldest tasks) until the"
              + " backlog of "
              + t.backlog()
              + " is cleared."
        };
      case CONTACT_WINDOWS:
        return new String[] {
          "Use every lawful minute of the windows at "
              + where
              + ": send the queue in priority order (oldest due date first) from the moment each"
              + " window opens, and spread sends over the whole window instead of one burst.",
          "Time the playbook steps to the windows: queue each message to land as a window opens"
              + " rather than when the step fires, so no message sits in the queue overnight or"
              + " over a weekend.",
          "Widen the windows the tenant controls (written reminders may use the times the"
              + " customer agreed to) or add a channel that is open when this one is shut; the"
              + " legal limits (recovery calls 08:00–19:00 local time, consent, DND) stay hard."
        };
      case FOLLOW_UP_STEPS:
        return new String[] {
          "Put the "
              + stake
              + " of quiet overdue invoices back into a sequence now, largest"
              + " balance first.",
          "Let playbooks continue past their last step until payment, dispute or opt-out"
              + " instead of ending silently.",
          "Add steps after 15 days overdue: a call task, a formal letter, then a notice citing"
              + " the MSMED Act where it applies."
        };
      case HOLD_OUT_SIZE:
        return new String[] {
          "Move customers out of the hold-out group until it is no larger than the uplift test"
              + " needs; adapted customers pay measurably more often.",
          "Size the hold-out each period from the width of the uplift interval, not a fixed"
              + " share.",
          "Extend cultural adaptation to every segment where the uplift holds."
        };
      case DISPUTES:
        return new String[] {
          "Work the "
              + stake
              + " of disputed balance largest first, starting with "
              + where
              + ": a credit note for a genuine error, proof of delivery or the GST details for"
              + " the rest; each resolution releases the invoice.",
          "Stop reminders on disputed invoices and route each straight to a dispute task with"
              + " its documents attached.",
          "Remove the cause upstream: check pricing, quantities, GST details and delivery proof"
              + " on this segment's invoices before they are issued."
        };
      case HARDSHIP:
        return new String[] {
          "Offer part-payment plans to customers who cited hardship or let a promise lapse; a"
              + " smaller sum now beats none.",
          "Follow each promise up the day after it falls due, gently, and hold other reminders"
              + " until then.",
          "Tighten terms for repeat promise-breakers: shorter credit, part advance on new"
              + " orders."
        };
      case CONTACT_DATA:
        return new String[] {
          "Reach the customers at "
              + where
              + " whose contacts bounced through a channel that works (e-mail, SMS, a call),"
              + " largest balance first.",
          "Stop sending to contacts that bounced: mark them invalid at the first hard bounce so"
              + " the next step uses a working channel.",
          "Clean the contact data: verify numbers and WhatsApp registration at onboarding and"
              + " ask each customer's accounts team for a current contact."
        };
      case CHANNEL_DELIVERY:
        return new String[] {
          "Fall back at once: when a message at "
              + where
              + " fails, send the same step through the next channel instead of retrying.",
          "Route that traffic to a channel that delivers until the failing one recovers, and"
              + " check for templates the provider rejects.",
          "Raise the failures with the provider and add a second provider for the channel."
        };
    }
    throw new IllegalStateException("no words for " + c.lever());
  }
}
