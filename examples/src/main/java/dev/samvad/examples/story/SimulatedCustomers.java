package dev.samvad.examples.story;

import dev.samvad.api.CustomerId;
import dev.samvad.api.Money;
import dev.samvad.api.PaymentId;
import dev.samvad.api.model.ImmutablePayment;
import dev.samvad.api.model.ImmutablePaymentAllocation;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.PaymentMode;
import dev.samvad.examples.portfolio.ReplyKind;
import dev.samvad.orchestration.runtime.ReplyResult;
import dev.samvad.sdk.TenantSession;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The customers' side of the story. When Samvad asks one of them for money, they answer as their
 * {@link Persona} says — a reply in their own language a few hours later, a payment some days
 * later, or nothing — and they take the collections team's calls. Replies go in through {@link
 * TenantSession#receiveReply}; payments through {@link TenantSession#recordPayment} with
 * allocations to their invoices, which also tells the running campaign.
 *
 * <p>A customer with something still to do (a reply not yet sent, a payment not yet made) ignores
 * further reminders until it is done; one who asked to stop answers nothing more.
 */
final class SimulatedCustomers {
  private static final String[] BANKS = {"HDFC", "ICIC", "SBIN", "UTIB", "KKBK", "BARB"};

  private final TenantSession session;
  private final Map<CustomerId, Persona> personas;
  private final StoryLog log;
  private final ReplyWriter writer = new ReplyWriter();
  private final Agenda agenda = new Agenda();
  private final Map<CustomerId, Side> sides = new HashMap<>();
  private int paymentSeq;

  /** What one customer has done so far. */
  private static final class Side {
    final SplittableRandom random;
    boolean answered;
    boolean stopped;
    Optional<LocalDate> claimedOn = Optional.empty();

    Side(long seed) {
      this.random = new SplittableRandom(seed);
    }
  }

  SimulatedCustomers(TenantSession session, Map<CustomerId, Persona> personas, StoryLog log) {
    this.session = session;
    this.personas = personas;
    this.log = log;
  }

  Optional<Persona> persona(CustomerId customer) {
    return Optional.ofNullable(personas.get(customer));
  }

  /** A message asking for money reached the customer. */
  void asked(SentMessage message) {
    Persona p = personas.get(message.customer());
    if (p == null) {
      return;
    }
    Side side = side(p);
    if (side.stopped || agenda.busy(p.customer())) {
      return;
    }
    LocalDate today = StoryLog.dateOf(message.at());
    if (!side.answered) {
      side.answered = true;
      first(p, side, message, today);
    } else {
      again(p, side, message, today);
    }
  }

  private void first(Persona p, Side side, SentMessage m, LocalDate today) {
    switch (p.behaviour()) {
      case PAYS -> pay(p, side, Agenda.Scope.DUE, today.plusDays(p.days()));
      case PROMISES -> promise(p, side, m, today.plusDays(p.days()));
      case PAYS_PART -> pay(p, side, Agenda.Scope.OLDEST, today.plusDays(p.days()));
      case DISPUTES -> say(p, side, m, ReplyKind.DISPUTE, "inv", today);
      case CLAIMS_PAID -> {
        side.claimedOn = Optional.of(today);
        say(p, side, m, ReplyKind.PAID, "utr", today);
      }
      case ASKS_TIME -> {
        say(p, side, m, ReplyKind.EXTEND, "days", today);
        if (p.keepsWord()) {
          pay(p, side, Agenda.Scope.DUE, today.plusDays(p.days() + 1L));
        }
      }
      case HARDSHIP ->
          agenda.reply(
              replyTime(side, m.at()), p.customer(), m.channel(), writer.hardship(p.writes()));
      case OPTS_OUT -> {
        side.stopped = true;
        say(p, side, m, ReplyKind.STOP, "", today);
      }
      case SEASONAL -> say(p, side, m, ReplyKind.FESTIVAL, "", today);
      case SILENT -> {
        // Reads it, perhaps, and does nothing.
      }
    }
  }

  private void again(Persona p, Side side, SentMessage m, LocalDate today) {
    switch (p.behaviour()) {
      case PAYS -> pay(p, side, Agenda.Scope.DUE, today.plusDays(p.days()));
      case PAYS_PART, PROMISES -> promise(p, side, m, today.plusDays(Math.max(3, p.days())));
      case CLAIMS_PAID, ASKS_TIME -> {
        if (p.keepsWord()) {
          pay(p, side, Agenda.Scope.DUE, today.plusDays(3));
        }
      }
      case DISPUTES, HARDSHIP, OPTS_OUT, SEASONAL, SILENT -> {
        // Waiting for a person, or not answering at all.
      }
    }
  }

  private void promise(Persona p, Side side, SentMessage m, LocalDate date) {
    agenda.reply(
        replyTime(side, m.at()),
        p.customer(),
        m.channel(),
        writer.write(p.writes(), ReplyKind.COMMIT, "date", fill(p, side, date), side.random));
    if (p.keepsWord()) {
      pay(p, side, Agenda.Scope.DUE, date);
    }
  }

  private void say(
      Persona p, Side side, SentMessage m, ReplyKind kind, String wanted, LocalDate d) {
    agenda.reply(
        replyTime(side, m.at()),
        p.customer(),
        m.channel(),
        writer.write(p.writes(), kind, wanted, fill(p, side, d), side.random));
  }

  /**
   * The collections team calls the customer. Returns the day they promise, if they pick up and name
   * one; a customer who keeps their word then pays on it.
   */
  Optional<LocalDate> called(CustomerId customer, LocalDate today) {
    Persona p = personas.get(customer);
    if (p == null || !p.answersCalls()) {
      return Optional.empty();
    }
    Optional<LocalDate> planned = agenda.nextPayment(customer);
    if (planned.isPresent()) {
      return planned;
    }
    LocalDate date = today.plusDays(Math.max(5, p.days()));
    if (p.keepsWord()) {
      pay(p, side(p), Agenda.Scope.DUE, date);
    }
    return Optional.of(date);
  }

  /** A person settled the customer's dispute; one who keeps their word pays all in a few days. */
  void disputeSettled(CustomerId customer, LocalDate today) {
    Persona p = personas.get(customer);
    if (p != null && p.keepsWord()) {
      Side side = side(p);
      pay(p, side, Agenda.Scope.ALL, today.plusDays(2 + side.random.nextInt(5)));
    }
  }

  /** A person agreed a plan with a customer in hardship; one who keeps their word pays then. */
  void planAgreed(CustomerId customer, LocalDate date) {
    Persona p = personas.get(customer);
    if (p != null && p.keepsWord()) {
      pay(p, side(p), Agenda.Scope.DUE, date);
    }
  }

  /** The day the customer says they paid, if they did and it is true. */
  Optional<LocalDate> trueClaim(CustomerId customer) {
    Persona p = personas.get(customer);
    if (p == null || p.behaviour() != Behaviour.CLAIMS_PAID || !p.keepsWord()) {
      return Optional.empty();
    }
    return sides.get(customer) == null ? Optional.empty() : sides.get(customer).claimedOn;
  }

  /** The bank shows the payment the customer claimed: it is recorded against everything owed. */
  void recordClaimed(CustomerId customer, LocalDate valueDate, Instant now) {
    Persona p = personas.get(customer);
    if (p != null) {
      record(p, Agenda.Scope.ALL, valueDate, reference(side(p).random), now);
    }
  }

  /** Sends the replies and makes the payments due by {@code now}. */
  void act(Instant now) {
    for (Agenda.Action action : agenda.due(now)) {
      if (action instanceof Agenda.Reply reply) {
        ReplyResult read =
            session.receiveReply(reply.customer(), reply.text(), reply.channel(), reply.at());
        log.reply(reply.at(), reply.customer(), reply.channel(), reply.text(), read.trigger());
      } else if (action instanceof Agenda.Pay pay) {
        record(personas.get(pay.customer()), pay.scope(), pay.on(), pay.reference(), now);
      }
    }
  }

  private void record(Persona p, Agenda.Scope scope, LocalDate on, String reference, Instant now) {
    List<Invoice> open =
        new ArrayList<>(
            session.invoices(p.customer()).stream()
                .filter(i -> i.status().isOutstanding() && !i.outstanding().isZero())
                .sorted(Comparator.comparing(Invoice::dueDate).thenComparing(i -> i.id().value()))
                .toList());
    if (open.isEmpty()) {
      return;
    }
    List<Invoice> covered =
        switch (scope) {
          case ALL -> open;
          case OLDEST -> open.subList(0, 1);
          case DUE -> {
            List<Invoice> due =
                open.stream().filter(i -> !i.dueDate().isAfter(on.plusDays(7))).toList();
            yield due.isEmpty() ? open.subList(0, 1) : due;
          }
        };
    ImmutablePayment.Builder payment =
        ImmutablePayment.builder()
            .id(new PaymentId(String.format("sim-%05d", ++paymentSeq)))
            .customerId(p.customer())
            .receivedOn(on)
            .mode(PaymentMode.NEFT)
            .reference(reference);
    Money total = Money.ZERO;
    for (Invoice invoice : covered) {
      total = total.plus(invoice.outstanding());
      payment.addAllocations(
          ImmutablePaymentAllocation.builder()
              .invoiceId(invoice.id())
              .amount(invoice.outstanding())
              .build());
    }
    session.recordPayment(payment.amount(total).build());
    log.payment(now, p.customer(), total, covered.size() == open.size());
  }

  private void pay(Persona p, Side side, Agenda.Scope scope, LocalDate on) {
    LocalDate day = on.getDayOfWeek() == DayOfWeek.SUNDAY ? on.plusDays(1) : on;
    LocalTime time = LocalTime.of(11, 0).plusMinutes(15L * side.random.nextInt(20));
    agenda.pay(
        day.atTime(time).atZone(StoryLog.INDIA).toInstant(),
        p.customer(),
        scope,
        day,
        reference(side.random));
  }

  /** One to five hours after {@code sent}, on a quarter hour; after 20:00, the next morning. */
  private static Instant replyTime(Side side, Instant sent) {
    Instant at = sent.plus(Duration.ofMinutes(60 + 15L * side.random.nextInt(17)));
    var local = at.atZone(StoryLog.INDIA);
    if (local.getHour() >= 20 || local.getHour() < 9) {
      LocalDate next =
          local.getHour() >= 20 ? local.toLocalDate().plusDays(1) : local.toLocalDate();
      at =
          next.atTime(9, 30)
              .plusMinutes(15L * side.random.nextInt(8))
              .atZone(StoryLog.INDIA)
              .toInstant();
    }
    return at;
  }

  private ReplyWriter.Fill fill(Persona p, Side side, LocalDate date) {
    List<Invoice> open =
        session.invoices(p.customer()).stream()
            .filter(i -> i.status().isOutstanding() && !i.outstanding().isZero())
            .sorted(Comparator.comparing(Invoice::dueDate))
            .toList();
    Money owed = open.stream().map(Invoice::outstanding).reduce(Money.ZERO, Money::plus);
    String invoice = open.isEmpty() ? "" : open.get(0).number().value();
    return new ReplyWriter.Fill(date, owed, invoice, Math.max(7, p.days()), reference(side.random));
  }

  private static String reference(SplittableRandom r) {
    StringBuilder utr = new StringBuilder(BANKS[r.nextInt(BANKS.length)]).append('N');
    for (int i = 0; i < 11; i++) {
      utr.append(r.nextInt(10));
    }
    return utr.toString();
  }

  private Side side(Persona p) {
    return sides.computeIfAbsent(p.customer(), c -> new Side(p.seed()));
  }
}
