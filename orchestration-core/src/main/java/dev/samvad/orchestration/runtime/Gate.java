package dev.samvad.orchestration.runtime;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import dev.samvad.culture.MessageIntent;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Context;
import dev.samvad.orchestration.FrequencyCaps;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The last check before a message goes out, at the moment of sending: does the campaign still want
 * it, is there a lawful basis for contact on its channel now (the context's {@link
 * dev.samvad.orchestration.CustomerCard#hasBasis}), does the hard contact window allow it now, do
 * the customer's frequency caps (over messages actually handed to channels) allow it? A pure
 * function of its inputs.
 */
sealed interface Gate {

  /** Send it now. */
  record Open() implements Gate {}

  /**
   * Not now; try again at {@code until}.
   *
   * @param until the earliest time it may go
   * @param reason why not now
   */
  record Defer(Instant until, String reason) implements Gate {}

  /**
   * Never: the campaign no longer wants it.
   *
   * @param reason why
   */
  record Cancel(String reason) implements Gate {}

  /**
   * It cannot go on its channel: fail it, so the campaign falls back.
   *
   * @param reason why
   */
  record Fail(String reason) implements Gate {}

  Duration DAY = Duration.ofDays(1);
  Duration WEEK = Duration.ofDays(7);

  /**
   * The verdict for a message.
   *
   * @param intent what the message is for
   * @param purpose which contact rules apply
   * @param channel its channel
   * @param campaign the campaign as it is now
   * @param ctx the customer's context (profile, windows, caps)
   * @param wired whether the host wired a channel of this kind
   * @param moneySent when the customer's other reminders were handed to channels
   * @param now the current time
   */
  static Gate check(
      MessageIntent intent,
      dev.samvad.culture.ContactPurpose purpose,
      ChannelKind channel,
      Optional<CampaignState> campaign,
      Context ctx,
      boolean wired,
      List<Instant> moneySent,
      Instant now) {
    if (campaign.isEmpty()) {
      return new Cancel("the campaign no longer exists");
    }
    CampaignState state = campaign.get();
    if (state.optedOut().contains(channel)) {
      return new Cancel("the customer opted out of " + channel);
    }
    if (!ctx.customer().hasBasis(channel)) {
      // Consent withdrawn or missing since the message was planned: fail it, so the campaign
      // falls back to its next channel the way it does for an undeliverable one.
      return new Fail("no lawful basis for contact on " + channel + " (consent)");
    }
    if (intent.asksForMoney()) {
      if (state.phase() == CampaignState.Phase.FINISHED) {
        return new Cancel(
            "the campaign finished ("
                + state.outcome().map(Enum::name).orElse("STOPPED")
                + ") before it was sent");
      }
      if (state.phase() == CampaignState.Phase.PAUSED) {
        if (intent == MessageIntent.INVOICE_DELIVERY) {
          // The invoice is still owed to the customer: it goes once the campaign resumes (the
          // runtime brings it forward then; this is the fallback look).
          return new Defer(now.plus(DAY), "held while a person has the campaign");
        }
        return new Cancel("the campaign is paused for a person");
      }
      if (state.openItems().isEmpty()) {
        return new Cancel("nothing is owed any more");
      }
      if (state.promise().isPresent() && intent != MessageIntent.INVOICE_DELIVERY) {
        return new Cancel("the customer promised to pay on " + state.promise().get().date());
      }
    }
    if (!wired) {
      return new Fail("no channel configured for " + channel);
    }
    if (countsForCaps(intent)) {
      Instant free = capsFreeAt(ctx.policy().caps(), moneySent, now);
      if (free.isAfter(now)) {
        return new Defer(free, "frequency cap: next payment message allowed at " + free);
      }
    }
    ZonedDateTime slot = quarterFloor(now.atZone(ctx.profile().zone()));
    ZonedDateTime allowed;
    try {
      allowed = ctx.policy().windows().nextAllowed(slot, channel, ctx.profile(), purpose);
    } catch (InvalidInputException noSlot) {
      return new Fail("the contact rules leave no permitted time on " + channel + " for 60 days");
    }
    if (!allowed.equals(slot)) {
      return new Defer(allowed.toInstant(), "contact window: held until " + allowed.toInstant());
    }
    return new Open();
  }

  /**
   * Whether a message counts towards the {@link FrequencyCaps}: reminders do; invoices, thanks and
   * acknowledgements do not.
   */
  static boolean countsForCaps(MessageIntent intent) {
    return intent.asksForMoney() && intent != MessageIntent.INVOICE_DELIVERY;
  }

  /**
   * When the caps next allow a payment message, given when earlier ones went; {@code now} if so.
   */
  static Instant capsFreeAt(FrequencyCaps caps, List<Instant> sent, Instant now) {
    Instant free = now;
    free = later(free, windowFree(caps.perDay(), DAY, sent, now));
    free = later(free, windowFree(caps.perWeek(), WEEK, sent, now));
    return free;
  }

  private static Instant windowFree(int limit, Duration window, List<Instant> sent, Instant now) {
    if (sent.size() < limit) {
      return now;
    }
    List<Instant> inWindow =
        sent.stream().filter(t -> t.isAfter(now.minus(window))).sorted().toList();
    if (inWindow.size() < limit) {
      return now;
    }
    return inWindow.get(inWindow.size() - limit).plus(window);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  static ZonedDateTime quarterFloor(ZonedDateTime time) {
    return time.withSecond(0).withNano(0).withMinute(time.getMinute() / 15 * 15);
  }
}
