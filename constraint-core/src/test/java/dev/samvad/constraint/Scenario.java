package dev.samvad.constraint;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Language;
import dev.samvad.api.Money;
import dev.samvad.api.Region;
import dev.samvad.api.model.BusinessSize;
import dev.samvad.api.model.InvoiceStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds constructed portfolios: a healthy base (every invoice messaged on WhatsApp, read, paid a
 * couple of days after due; a reminder a week while unpaid) that a test bends in one place through
 * {@link Story} so the right constraint is known.
 */
final class Scenario {
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  static final ZoneId IST = ZoneId.of("Asia/Kolkata");
  static final Region[] REGIONS = Region.values();
  static final int CUSTOMERS = 60;

  /** What happens to one invoice; tests change the fields they care about. */
  static final class Story {
    final int index;
    final Region region;
    final String playbook;
    ChannelKind channel = ChannelKind.WHATSAPP;
    Optional<DeliveryFailure> failure = Optional.empty();
    int waitHours = 1;
    ReplyOutcome reply = ReplyOutcome.NONE;

    /** Days after due the invoice is paid in full; empty leaves it open. */
    Optional<Integer> paidAfterDue = Optional.of(2);

    boolean callTask;
    boolean taskCompleted;
    boolean remind = true;
    long rupees;

    Story(int index, Region region, String playbook) {
      this.index = index;
      this.region = region;
      this.playbook = playbook;
      this.rupees = 20_000 + (index % 7) * 10_000L;
    }

    void unpaid() {
      paidAfterDue = Optional.empty();
    }
  }

  private int perDay = 6;
  private int days = 200;
  private HoldOutFlag[] holdOut = new HoldOutFlag[CUSTOMERS];

  Scenario() {
    java.util.Arrays.fill(holdOut, HoldOutFlag.ADAPTED);
  }

  Scenario perDay(int invoicesPerDay) {
    this.perDay = invoicesPerDay;
    return this;
  }

  Scenario holdOutEvery(int nth) {
    for (int c = 0; c < CUSTOMERS; c++) {
      holdOut[c] = c % nth == 0 ? HoldOutFlag.HOLD_OUT : HoldOutFlag.ADAPTED;
    }
    return this;
  }

  static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(IST).toInstant();
  }

  Portfolio build(Consumer<Story> bend) {
    Portfolio.Builder b = Portfolio.builder(AS_OF);
    for (int c = 0; c < CUSTOMERS; c++) {
      b.customer(
          customer(c),
          new CustomerSegment(
              REGIONS[c % REGIONS.length],
              Language.values()[c % 4],
              BusinessSize.values()[c % 4],
              c % 5 == 0 ? "retail" : "standard",
              holdOut[c]));
    }
    int total = perDay * days;
    for (int k = 0; k < total; k++) {
      int c = k % CUSTOMERS;
      Story story = new Story(k, REGIONS[c % REGIONS.length], c % 5 == 0 ? "retail" : "standard");
      // Background noise every portfolio has: the odd dispute and the odd bounce.
      if (k % 97 == 5) {
        story.reply = ReplyOutcome.DISPUTED;
        story.unpaid();
      }
      if (k % 89 == 7) {
        story.failure = Optional.of(DeliveryFailure.BOUNCED);
        story.unpaid();
      }
      bend.accept(story);
      add(b, story, c, AS_OF.minusDays(days).plusDays(k / perDay));
    }
    return b.build();
  }

  static CustomerId customer(int c) {
    return new CustomerId("C" + c);
  }

  private static void add(Portfolio.Builder b, Story s, int c, LocalDate issue) {
    LocalDate due = issue.plusDays(30);
    InvoiceId id = new InvoiceId("INV-" + s.index);
    Money amount = Money.ofRupees(s.rupees);
    Optional<LocalDate> paidOn =
        s.paidAfterDue.map(d -> due.plusDays(d)).filter(d -> !d.isAfter(AS_OF));
    boolean disputed = s.reply == ReplyOutcome.DISPUTED;
    b.invoice(
        new InvoiceFact(
            id,
            customer(c),
            issue,
            due,
            amount,
            paidOn.isPresent() ? Money.ZERO : amount,
            paidOn.isPresent()
                ? InvoiceStatus.PAID
                : disputed ? InvoiceStatus.DISPUTED : InvoiceStatus.OPEN));
    paidOn.ifPresent(d -> b.payment(new PaymentFact(id, d, amount)));

    LocalDate end = paidOn.orElse(AS_OF);
    java.util.List<LocalDate> sends = new java.util.ArrayList<>();
    sends.add(issue.plusDays(1));
    if (s.remind && s.reply != ReplyOutcome.DISPUTED) {
      for (LocalDate d = due.minusDays(2); !d.isAfter(end); d = d.plusDays(7)) {
        sends.add(d);
      }
    }
    for (int j = 0; j < sends.size() && !sends.get(j).isAfter(end); j++) {
      Instant queued = at(sends.get(j), 10);
      Instant sent = queued.plusSeconds(3600L * s.waitHours);
      ExecutionFact e;
      if (!sent.isBefore(at(AS_OF.plusDays(1), 0))) {
        e = ExecutionFact.queued(id, s.channel, queued);
      } else {
        e = ExecutionFact.sent(id, s.channel, queued, sent);
        if (s.failure.isPresent()) {
          e = e.failed(s.failure.get());
        } else {
          e = e.delivered(sent.plusSeconds(60)).read(sent.plusSeconds(1800));
          if (j == 0 && s.reply != ReplyOutcome.NONE) {
            e =
                s.reply == ReplyOutcome.PROMISED
                    ? e.promised(due.plusDays(1), sent.plusSeconds(3600))
                    : e.replied(s.reply, sent.plusSeconds(3600));
          }
        }
      }
      b.execution(e);
    }
    if (s.callTask && !due.plusDays(3).isAfter(AS_OF)) {
      Instant created = at(due.plusDays(3), 9);
      if (s.taskCompleted) {
        b.task(
            TaskFact.done(
                id, TaskKind.CALL, created, created.plusSeconds(3600), created.plusSeconds(7200)));
      } else {
        b.task(TaskFact.open(id, TaskKind.CALL, created));
      }
    }
  }
}
