package dev.samvad.relationship;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InteractionId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.Money;
import dev.samvad.api.PaymentId;
import dev.samvad.api.model.DeliveryMode;
import dev.samvad.api.model.Direction;
import dev.samvad.api.model.ImmutableInteraction;
import dev.samvad.api.model.ImmutableInvoice;
import dev.samvad.api.model.ImmutablePayment;
import dev.samvad.api.model.ImmutablePaymentAllocation;
import dev.samvad.api.model.InvoiceStatus;
import dev.samvad.api.model.PaymentMode;
import dev.samvad.relationship.internal.FestivalSeasons;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A seeded generator of realistic customer histories, for evaluating and benchmarking relationship
 * intelligence and for demos. The same seed always gives the same portfolio.
 *
 * <p>Each customer follows an {@link Archetype} that sets how late they pay and how that changes
 * over time, plus individual traits: invoice frequency and size, credit period, paper or electronic
 * delivery, responsiveness, preferred channel and hour, tone, promise keeping, paying in parts,
 * paying at month end. Lateness also grows with the invoice's size relative to the customer's
 * usual, with paper delivery, disputes, festival seasons and March, and has a heavy tail. Reminders
 * go out before and after the due date until the invoice is paid; replies carry tone, promises and
 * disputes as {@link ReplySignal}s.
 *
 * <p>Customer ids name the archetype ({@code S0007-chronic}) so a reader can see who is who.
 */
public final class SyntheticPortfolio {
  private SyntheticPortfolio() {}

  /** The kinds of payer the generator draws from, with their share of the portfolio. */
  public enum Archetype {
    /** Pays on or before the due date (25 %). */
    PROMPT(0.25),
    /** A few days late, reliably (25 %). */
    STEADY(0.25),
    /** Three weeks late as a rule (15 %). */
    SLOW(0.15),
    /** On time, except around festivals and in March (10 %). */
    SEASONAL(0.10),
    /** Starts on time and slides to six weeks late (10 %). */
    DETERIORATING(0.10),
    /** Starts five weeks late and recovers (7 %). */
    IMPROVING(0.07),
    /** Seven weeks late, disputes often, rarely keeps promises (8 %). */
    CHRONIC(0.08);

    final double share;

    Archetype(double share) {
      this.share = share;
    }
  }

  private static final ChannelKind[] SENT_ON = {
    ChannelKind.EMAIL, ChannelKind.WHATSAPP, ChannelKind.SMS
  };

  /**
   * {@code customers} histories of invoices issued over {@code months} months from {@code start},
   * observed up to the end of that period (later payments are not in the history; such invoices are
   * open).
   */
  public static List<CustomerHistory> generate(
      long seed, int customers, LocalDate start, int months) {
    if (customers < 0 || months <= 0) {
      throw new InvalidInputException("customers", "need customers >= 0 and months > 0");
    }
    List<CustomerHistory> out = new ArrayList<>(customers);
    for (int c = 0; c < customers; c++) {
      out.add(customer(seed, c, start, months));
    }
    return out;
  }

  /** The archetype a generated customer id names. */
  public static Archetype archetypeOf(CustomerId id) {
    String v = id.value();
    return Archetype.valueOf(v.substring(v.indexOf('-') + 1).toUpperCase(Locale.ROOT));
  }

  private static Archetype pick(SplittableRandom rnd) {
    double u = rnd.nextDouble();
    for (Archetype a : Archetype.values()) {
      if (u < a.share) {
        return a;
      }
      u -= a.share;
    }
    return Archetype.STEADY;
  }

  private static CustomerHistory customer(long seed, int index, LocalDate start, int months) {
    SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + index * 7_919L + 17);
    Archetype type = pick(rnd);
    String idText = "S" + pad(index, 4) + "-" + type.name().toLowerCase(Locale.ROOT);
    CustomerId id = new CustomerId(idText);
    CustomerHistory.Builder history = CustomerHistory.builder(id);
    FestivalSeasons seasons = FestivalSeasons.bundled();

    double rate = 0.6 + rnd.nextDouble() * 2.4;
    double typicalRupees = Math.exp(Math.log(50_000) + gaussian(rnd));
    int[] credits = {15, 30, 30, 45, 60};
    int credit = credits[rnd.nextInt(credits.length)];
    boolean paper = rnd.nextDouble() < 0.25;
    ChannelKind preferred = SENT_ON[rnd.nextInt(SENT_ON.length)];
    int deskHour = 9 + rnd.nextInt(10);
    boolean partialPayer = rnd.nextDouble() < 0.2;
    boolean monthEndPayer = rnd.nextDouble() < 0.2;
    double offset = 4 * gaussian(rnd);
    if (rnd.nextDouble() < 0.6) {
      history.statedPreference(
          rnd.nextDouble() < 0.7 ? preferred : SENT_ON[rnd.nextInt(SENT_ON.length)]);
    }
    history.customerSince(start);

    int end = (int) start.plusMonths(months).toEpochDay();
    int invoiceSeq = 0;
    int paymentSeq = 0;
    int messageSeq = 0;
    for (int m = 0; m < months; m++) {
      LocalDate monthStart = start.plusMonths(m);
      int k = (int) Math.floor(rate + rnd.nextDouble());
      for (int j = 0; j < k; j++) {
        double f = (m + rnd.nextDouble()) / months;
        LocalDate issue = monthStart.plusDays(rnd.nextInt(monthStart.lengthOfMonth()));
        LocalDate due = issue.plusDays(credit);
        double amountRupees = typicalRupees * Math.exp(0.6 * gaussian(rnd));
        long paise = Math.max(100_00, Math.round(amountRupees) * 100);
        boolean disputed = rnd.nextDouble() < (type == Archetype.CHRONIC ? 0.15 : 0.03);
        boolean festive = seasons.seasonOf((int) due.toEpochDay()) >= 0;
        boolean march = due.getMonth() == Month.MARCH;

        double late = offset + base(type, f);
        if (type == Archetype.SEASONAL) {
          late += (festive ? 25 : 0) + (march ? 20 : 0);
        } else {
          late += (festive ? 4 : 0) + (march ? 3 : 0);
        }
        late += 5 * Math.log(amountRupees / typicalRupees);
        late += paper ? 6 : 0;
        late -= 0.1 * (credit - 30);
        late += disputed ? 30 : 0;
        late += (type == Archetype.PROMPT ? 3 : 8) * gaussian(rnd);
        if (rnd.nextDouble() < 0.05) {
          late += -30 * Math.log(1 - rnd.nextDouble());
        }
        LocalDate settle = due.plusDays(Math.round(late));
        if (monthEndPayer) {
          settle = settle.withDayOfMonth(settle.lengthOfMonth()).minusDays(rnd.nextInt(3));
        }
        if (settle.isBefore(issue)) {
          settle = issue;
        }
        boolean paid = settle.toEpochDay() < end;

        invoiceSeq++;
        String invoiceKey = idText + "-" + pad(invoiceSeq, 4);
        InvoiceId invoiceId = new InvoiceId(invoiceKey);
        Money amount = Money.ofPaise(paise);
        InvoiceStatus status =
            paid ? InvoiceStatus.PAID : disputed ? InvoiceStatus.DISPUTED : InvoiceStatus.OPEN;
        history.invoice(
            ImmutableInvoice.builder()
                .id(invoiceId)
                .customerId(id)
                .number(new InvoiceNumber("S" + pad(index, 4) + "/" + pad(invoiceSeq, 5)))
                .issueDate(issue)
                .dueDate(due)
                .amount(amount)
                .tax(Money.ofPaise(paise * 18 / 118))
                .outstanding(paid ? Money.ofPaise(0) : amount)
                .status(status)
                .deliveryMode(paper ? DeliveryMode.PAPER : DeliveryMode.ELECTRONIC)
                .build());

        if (paid) {
          if (partialPayer && paise >= 10_000_00) {
            long first = paise * 2 / 5;
            LocalDate firstDay = settle.minusDays(5 + rnd.nextInt(10));
            if (firstDay.isBefore(issue)) {
              firstDay = issue;
            }
            history.payment(payment(id, idText, ++paymentSeq, firstDay, first, invoiceId, rnd));
            history.payment(
                payment(id, idText, ++paymentSeq, settle, paise - first, invoiceId, rnd));
          } else {
            history.payment(payment(id, idText, ++paymentSeq, settle, paise, invoiceId, rnd));
          }
        }

        // Delivery by email, then reminders until paid or the period ends.
        int[] schedule = {0, -3, 1, 7, 15, 30, 45, 60, 90};
        for (int s = 0; s < schedule.length; s++) {
          LocalDate day = s == 0 ? issue : due.plusDays(schedule[s]);
          if (s > 0 && (day.isBefore(issue) || !day.isBefore(settle))) {
            continue;
          }
          if (day.toEpochDay() >= end) {
            break;
          }
          ChannelKind channel = s == 0 ? ChannelKind.EMAIL : SENT_ON[rnd.nextInt(SENT_ON.length)];
          int hour = 9 + rnd.nextInt(11);
          Instant sentAt = at(day, hour, rnd.nextInt(60));
          history.interaction(
              message(id, idText, ++messageSeq, channel, Direction.OUTBOUND, sentAt));
          double p =
              responsiveness(type, f)
                  * (channel == preferred ? 1.3 : 0.8)
                  * (Math.abs(hour - deskHour) <= 2 ? 1.3 : 0.7);
          if (rnd.nextDouble() >= Math.min(0.95, p)) {
            continue;
          }
          Instant replyAt = sentAt.plusSeconds((long) (-5 * 3600 * Math.log(1 - rnd.nextDouble())));
          if (replyAt.getEpochSecond() >= end * 86_400L - 19_800) {
            continue;
          }
          history.interaction(
              message(id, idText, ++messageSeq, channel, Direction.INBOUND, replyAt));
          double tone = Math.max(-1, Math.min(1, tone(type, f) + 0.3 * gaussian(rnd)));
          LocalDate replyDay =
              LocalDate.ofInstant(replyAt, java.time.ZoneOffset.ofHoursMinutes(5, 30));
          if (disputed && s >= 2) {
            history.reply(ReplySignal.dispute(replyAt, channel, Math.min(tone, -0.2)));
          } else if (s >= 2 && rnd.nextDouble() < 0.6) {
            LocalDate promised;
            if (rnd.nextDouble() < keeping(type, f)) {
              promised = settle.minusDays(rnd.nextInt(3));
            } else {
              promised = replyDay.plusDays(3 + rnd.nextInt(5));
            }
            if (promised.isBefore(replyDay)) {
              promised = replyDay;
            }
            history.reply(ReplySignal.promise(replyAt, channel, tone, promised, Optional.empty()));
          } else {
            history.reply(ReplySignal.tone(replyAt, channel, tone));
          }
        }
      }
    }
    return history.build();
  }

  private static double base(Archetype type, double f) {
    return switch (type) {
      case PROMPT -> -3;
      case STEADY -> 6;
      case SLOW -> 22;
      case SEASONAL -> 2;
      case DETERIORATING -> -2 + 45 * f;
      case IMPROVING -> 35 - 32 * f;
      case CHRONIC -> 50;
    };
  }

  private static double responsiveness(Archetype type, double f) {
    return switch (type) {
      case PROMPT -> 0.7;
      case STEADY -> 0.55;
      case SLOW -> 0.35;
      case SEASONAL -> 0.5;
      case DETERIORATING -> 0.65 - 0.5 * f;
      case IMPROVING -> 0.3 + 0.3 * f;
      case CHRONIC -> 0.15;
    };
  }

  private static double tone(Archetype type, double f) {
    return switch (type) {
      case PROMPT -> 0.4;
      case STEADY -> 0.2;
      case SLOW -> 0.0;
      case SEASONAL -> 0.1;
      case DETERIORATING -> 0.3 - 0.7 * f;
      case IMPROVING -> -0.2 + 0.5 * f;
      case CHRONIC -> -0.4;
    };
  }

  private static double keeping(Archetype type, double f) {
    return switch (type) {
      case PROMPT, STEADY -> 0.85;
      case IMPROVING -> 0.5 + 0.4 * f;
      case SLOW, SEASONAL -> 0.6;
      case DETERIORATING -> 0.6 - 0.45 * f;
      case CHRONIC -> 0.2;
    };
  }

  private static String pad(int value, int width) {
    String s = Integer.toString(value);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }

  private static double gaussian(SplittableRandom rnd) {
    // Box–Muller; SplittableRandom has no nextGaussian on Java 17.
    double u = 1 - rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).toInstant(java.time.ZoneOffset.ofHoursMinutes(5, 30));
  }

  private static dev.samvad.api.model.Payment payment(
      CustomerId id,
      String idText,
      int seq,
      LocalDate day,
      long paise,
      InvoiceId invoice,
      SplittableRandom rnd) {
    PaymentMode[] modes = {PaymentMode.NEFT, PaymentMode.UPI, PaymentMode.RTGS, PaymentMode.CHEQUE};
    return ImmutablePayment.builder()
        .id(new PaymentId(idText + "-P" + seq))
        .customerId(id)
        .amount(Money.ofPaise(paise))
        .receivedOn(day)
        .mode(modes[rnd.nextInt(modes.length)])
        .addAllocations(
            ImmutablePaymentAllocation.builder()
                .invoiceId(invoice)
                .amount(Money.ofPaise(paise))
                .build())
        .build();
  }

  private static dev.samvad.api.model.Interaction message(
      CustomerId id, String idText, int seq, ChannelKind channel, Direction direction, Instant at) {
    return ImmutableInteraction.builder()
        .id(new InteractionId(idText + "-M" + seq))
        .customerId(id)
        .channel(channel)
        .direction(direction)
        .occurredAt(at)
        .build();
  }
}
