package dev.samvad.orchestration;

import static dev.samvad.api.ChannelKind.EMAIL;
import static dev.samvad.api.ChannelKind.SMS;
import static dev.samvad.api.ChannelKind.WHATSAPP;
import static dev.samvad.culture.MessageIntent.DUE_TODAY;
import static dev.samvad.culture.MessageIntent.FINAL_NOTICE;
import static dev.samvad.culture.MessageIntent.FIRM_OVERDUE;
import static dev.samvad.culture.MessageIntent.GENTLE_OVERDUE;
import static dev.samvad.culture.MessageIntent.PRE_DUE_REMINDER;
import static dev.samvad.orchestration.StepAnchor.DUE_DATE;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The playbooks Samvad ships. Each is an ordinary {@link Playbook}: copy one with {@link
 * Playbook#toJson}, change it, and load it back with {@link Playbook#fromJson}.
 */
public final class Playbooks {
  /** Id of {@link #standardB2b()}. */
  public static final String STANDARD_B2B = "standard-b2b";

  /** Id of {@link #relationshipFirst()}. */
  public static final String RELATIONSHIP_FIRST = "relationship-first";

  /** Id of {@link #highRisk()}. */
  public static final String HIGH_RISK = "high-risk";

  private Playbooks() {}

  /**
   * The default for business customers: a reminder three days before the due date, on the day, then
   * gentle, firm and final reminders at D+3, D+7 and D+30 with a call at D+15. Channels are
   * optimised among WhatsApp, e-mail and SMS.
   */
  public static Playbook standardB2b() {
    ChannelPolicy optimise = ChannelPolicy.optimise(WHATSAPP, EMAIL, SMS);
    return withStandardReactions(
            Playbook.builder(STANDARD_B2B, "Standard B2B follow-up"), Duration.ofDays(2))
        .step(Step.message("pre-due", DUE_DATE, -3, PRE_DUE_REMINDER, optimise))
        .step(Step.message("due-today", DUE_DATE, 0, DUE_TODAY, optimise))
        .step(Step.message("gentle", DUE_DATE, 3, GENTLE_OVERDUE, optimise))
        .step(
            Step.message(
                "firm", DUE_DATE, 7, FIRM_OVERDUE, ChannelPolicy.fallbacks(EMAIL, WHATSAPP, SMS)))
        .step(call("call", 15, "Call about the overdue invoices; agree a payment date"))
        .step(
            Step.message(
                "final", DUE_DATE, 30, FINAL_NOTICE, ChannelPolicy.fallbacks(EMAIL, WHATSAPP)))
        .silence(Duration.ofDays(3))
        .build();
  }

  /**
   * For healthy long-standing customers: fewer, later and softer messages, and a person calls
   * before anything firm is sent.
   */
  public static Playbook relationshipFirst() {
    ChannelPolicy preferred = ChannelPolicy.optimise(EMAIL, WHATSAPP);
    return withStandardReactions(
            Playbook.builder(RELATIONSHIP_FIRST, "Relationship-first follow-up"),
            Duration.ofDays(3))
        .step(Step.message("due-today", DUE_DATE, 0, DUE_TODAY, preferred))
        .step(Step.message("gentle", DUE_DATE, 5, GENTLE_OVERDUE, preferred).whenSilent())
        .step(call("call", 12, "A courtesy call: check all is well and ask about the payment"))
        .step(
            Step.message(
                "firm", DUE_DATE, 21, FIRM_OVERDUE, ChannelPolicy.fallbacks(EMAIL, WHATSAPP)))
        .on(Trigger.PARTIAL_PAYMENT, new Reaction.Continue())
        .silence(Duration.ofDays(4))
        .build();
  }

  /**
   * For customers likely to pay late: earlier and firmer, on the channels that get read, with a
   * call in the first week and a final notice at D+21.
   */
  public static Playbook highRisk() {
    ChannelPolicy direct = ChannelPolicy.fallbacks(WHATSAPP, SMS, EMAIL);
    return withStandardReactions(
            Playbook.builder(HIGH_RISK, "High-risk follow-up"), Duration.ofDays(1))
        .step(Step.message("pre-due", DUE_DATE, -5, PRE_DUE_REMINDER, direct))
        .step(Step.message("pre-due-2", DUE_DATE, -1, PRE_DUE_REMINDER, direct))
        .step(Step.message("due-today", DUE_DATE, 0, DUE_TODAY, direct))
        .step(Step.message("firm", DUE_DATE, 2, FIRM_OVERDUE, direct))
        .step(call("call", 5, "Call: the customer is likely to pay late; get a firm date"))
        .step(Step.message("firm-2", DUE_DATE, 10, FIRM_OVERDUE, direct))
        .step(
            Step.message(
                "final", DUE_DATE, 21, FINAL_NOTICE, ChannelPolicy.fallbacks(EMAIL, WHATSAPP, SMS)))
        .on(Trigger.SILENCE, new Reaction.NextChannel())
        .silence(Duration.ofDays(2))
        .build();
  }

  /** All three, in the order above. */
  public static List<Playbook> all() {
    return List.of(standardB2b(), relationshipFirst(), highRisk());
  }

  /** The shipped playbook with this id. */
  public static Optional<Playbook> byId(String id) {
    return all().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  private static Step call(String id, int day, String reason) {
    return new Step(
        id,
        DUE_DATE,
        day,
        new StepAction.CallTask(reason, Duration.ofDays(1)),
        ChannelPolicy.fixed(dev.samvad.api.ChannelKind.VOICE),
        false);
  }

  private static Playbook.Builder withStandardReactions(Playbook.Builder builder, Duration grace) {
    Duration day = Duration.ofDays(1);
    return builder
        .on(Trigger.FULL_PAYMENT, new Reaction.Stop(true))
        .on(Trigger.PARTIAL_PAYMENT, new Reaction.Continue())
        .on(Trigger.PROMISE_TO_PAY, new Reaction.AwaitPromise(grace, Duration.ofDays(45)))
        .on(
            Trigger.CLAIMS_PAID,
            new Reaction.PauseWithTask(
                "Check the bank for the payment the customer reports", day, false))
        .on(
            Trigger.DISPUTE,
            new Reaction.PauseWithTask(
                "Look into the dispute and reply to the customer", day, true))
        .on(
            Trigger.EXTENSION_REQUEST,
            new Reaction.Reschedule(Duration.ofDays(7), Duration.ofDays(21)))
        .on(Trigger.OPT_OUT, new Reaction.OptOut(false))
        .on(
            Trigger.ABUSIVE,
            new Reaction.HandToPerson("Abusive reply: a senior person should take over", day))
        .on(
            Trigger.HARDSHIP,
            new Reaction.HandToPerson("The customer reports hardship: agree a plan", day))
        .on(Trigger.OTHER_REPLY, new Reaction.Continue())
        .on(Trigger.DELIVERY_FAILED, new Reaction.NextChannel())
        .on(Trigger.SILENCE, new Reaction.Continue());
  }
}
