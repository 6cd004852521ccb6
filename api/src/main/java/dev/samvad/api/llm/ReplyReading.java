package dev.samvad.api.llm;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.model.PaymentMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A language model's reading of a reply: the result of {@link ReadReply}. It is the rule reader's
 * schema ({@code dev.samvad.relationship.text.ReplyAnalysis}) as a model can write it: the same
 * intents, emotions, entity kinds and enum constants (relationship-core's parity test pins every
 * constant name), but evidence is the quoted words rather than offsets, and amounts are rupees.
 *
 * <p>Every component is required in JSON; optional values are written as {@code null}. The
 * constructors reject anything out of range with an {@link InvalidInputException}, so a parsed
 * reading is a valid one.
 *
 * @param language the language form the reply is written in, as a tag ({@code hi-Latn-x-mixed})
 * @param confidence how sure the model is of the reading as a whole, in [0, 1]
 * @param intents the intents read, each with a score; never empty ({@link Intent#OTHER} when
 *     nothing else applies)
 * @param entities dates, amounts, references, callback times and dispute reasons
 * @param polarity from −1 (hostile) through 0 (neutral) to 1 (warm)
 * @param emotions every {@link Emotion} with an intensity in [0, 1]
 * @param commitment how firmly the writer commits to pay
 */
public record ReplyReading(
    LanguageForm language,
    double confidence,
    List<IntentScore> intents,
    Entities entities,
    double polarity,
    Map<Emotion, Double> emotions,
    Commitment commitment) {

  /** Checks ranges, requires every emotion and copies the collections. */
  public ReplyReading {
    InvalidInputException.require(language, "language");
    unit(confidence, "confidence");
    intents = List.copyOf(InvalidInputException.require(intents, "intents"));
    if (intents.isEmpty()) {
      throw new InvalidInputException("intents", "must name at least one intent (OTHER if none)");
    }
    InvalidInputException.require(entities, "entities");
    if (!(polarity >= -1.0 && polarity <= 1.0)) {
      throw new InvalidInputException("polarity", "must be in [-1, 1], was " + polarity);
    }
    InvalidInputException.require(emotions, "emotions");
    Map<Emotion, Double> copy = new EnumMap<>(Emotion.class);
    for (Emotion e : Emotion.values()) {
      Double v = emotions.get(e);
      if (v == null) {
        throw new InvalidInputException("emotions." + e, "is required");
      }
      copy.put(e, unit(v, "emotions." + e));
    }
    emotions = Map.copyOf(copy);
    InvalidInputException.require(commitment, "commitment");
  }

  static double unit(double value, String field) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new InvalidInputException(field, "must be in [0, 1], was " + value);
    }
    return value;
  }

  static String quote(String text, String field) {
    InvalidInputException.require(text, field);
    if (text.isBlank()) {
      throw new InvalidInputException(field, "must quote the words it came from");
    }
    return text;
  }

  /**
   * One intent and how strongly the text supports it.
   *
   * @param intent the intent
   * @param score in [0, 1]
   */
  public record IntentScore(Intent intent, double score) {
    /** Checks the score range. */
    public IntentScore {
      InvalidInputException.require(intent, "intent");
      unit(score, "score");
    }
  }

  /**
   * Everything concrete the reply states. Each entity quotes the words it came from ({@code text}),
   * which an adapter checks against the reply so that a model cannot invent one.
   *
   * @param promisedDates dates by which the writer will pay, the main one first
   * @param amounts amounts of money
   * @param paymentReferences payment modes and UTR or cheque numbers
   * @param callbackTimes when the writer asked to be called
   * @param disputeReasons why the writer disputes the bill
   */
  public record Entities(
      List<PromisedDate> promisedDates,
      List<Amount> amounts,
      List<PaymentReference> paymentReferences,
      List<CallbackTime> callbackTimes,
      List<DisputeReason> disputeReasons) {

    /** No entities. */
    public static final Entities NONE =
        new Entities(List.of(), List.of(), List.of(), List.of(), List.of());

    /** Copies every list; each is required (empty when there is nothing). */
    public Entities {
      promisedDates = List.copyOf(InvalidInputException.require(promisedDates, "promisedDates"));
      amounts = List.copyOf(InvalidInputException.require(amounts, "amounts"));
      paymentReferences =
          List.copyOf(InvalidInputException.require(paymentReferences, "paymentReferences"));
      callbackTimes = List.copyOf(InvalidInputException.require(callbackTimes, "callbackTimes"));
      disputeReasons = List.copyOf(InvalidInputException.require(disputeReasons, "disputeReasons"));
    }
  }

  /**
   * A date by which the writer will pay.
   *
   * @param date the day, resolved against the day the reply arrived
   * @param firm true for a specific day with no hedge
   * @param basis the kind of expression it came from
   * @param text the words it came from, as written
   */
  public record PromisedDate(LocalDate date, boolean firm, DateBasis basis, String text) {
    /** Requires every part. */
    public PromisedDate {
      InvalidInputException.require(date, "date");
      InvalidInputException.require(basis, "basis");
      text = quote(text, "text");
    }
  }

  /**
   * An amount of money.
   *
   * @param rupees the amount in rupees, above zero, at most two decimals
   * @param scope whether it is the whole dues or a part
   * @param text the words it came from, as written ("50k", "dedh lakh")
   */
  public record Amount(BigDecimal rupees, AmountScope scope, String text) {
    /** Requires a positive amount with at most two decimals. */
    public Amount {
      InvalidInputException.require(rupees, "rupees");
      if (rupees.signum() <= 0 || rupees.stripTrailingZeros().scale() > 2) {
        throw new InvalidInputException(
            "rupees", "must be above zero with at most two decimals, was " + rupees);
      }
      InvalidInputException.require(scope, "scope");
      text = quote(text, "text");
    }
  }

  /**
   * How the writer says they paid.
   *
   * @param mode the payment mode; {@link PaymentMode#OTHER} when only a reference was given
   * @param kind the kind of reference
   * @param reference the reference exactly as written, when one was given
   * @param text the words it came from, as written
   */
  public record PaymentReference(
      PaymentMode mode, ReferenceKind kind, Optional<String> reference, String text) {
    /** Requires every part; a reference is required unless {@code kind} is NONE. */
    public PaymentReference {
      InvalidInputException.require(mode, "mode");
      InvalidInputException.require(kind, "kind");
      reference = reference == null ? Optional.empty() : reference;
      if (kind != ReferenceKind.NONE && reference.filter(r -> !r.isBlank()).isEmpty()) {
        throw new InvalidInputException("reference", "is required for a " + kind);
      }
      text = quote(text, "text");
    }
  }

  /**
   * When the writer asked to be called; any part may be missing.
   *
   * @param date the day
   * @param time the clock time
   * @param dayPart the part of the day, when no time was given
   * @param text the words it came from, as written
   */
  public record CallbackTime(
      Optional<LocalDate> date, Optional<LocalTime> time, Optional<DayPart> dayPart, String text) {
    /** Treats null parts as absent and requires the quote. */
    public CallbackTime {
      date = date == null ? Optional.empty() : date;
      time = time == null ? Optional.empty() : time;
      dayPart = dayPart == null ? Optional.empty() : dayPart;
      text = quote(text, "text");
    }
  }

  /**
   * One reason given for a dispute.
   *
   * @param kind the reason
   * @param text the words it came from, as written
   */
  public record DisputeReason(DisputeKind kind, String text) {
    /** Requires both parts. */
    public DisputeReason {
      InvalidInputException.require(kind, "kind");
      text = quote(text, "text");
    }
  }

  /** What a reply asks for or tells us; the rule reader's {@code Intent}, constant for constant. */
  public enum Intent {
    /** Commits to pay, with or without a date and amount. */
    PROMISE_TO_PAY,
    /** Says the payment has been made. */
    ALREADY_PAID,
    /** Offers to pay part of the amount now or in instalments. */
    PARTIAL_PAYMENT_OFFER,
    /** Asks for more time without committing to a date. */
    EXTENSION_REQUEST,
    /** Contests the bill. */
    DISPUTE,
    /** Asks for a copy of the invoice, bill, statement or ledger. */
    INVOICE_COPY_REQUEST,
    /** Asks to be called. */
    CALLBACK_REQUEST,
    /** Says money is tight. */
    HARDSHIP,
    /** Says the message reached the wrong person or business. */
    WRONG_CONTACT,
    /** Asks us to stop messaging. */
    OPT_OUT,
    /** Acknowledges the message and says nothing more. */
    ACKNOWLEDGEMENT,
    /** Asks a question about the bill that no other intent covers. */
    QUESTION,
    /** Insults or threatens. */
    ABUSIVE,
    /** None of the above. */
    OTHER
  }

  /** The emotions tracked in replies; the rule reader's {@code Emotion}. */
  public enum Emotion {
    /** Irritation at the reminders, the bill or us. */
    FRUSTRATION,
    /** Content with the service or the exchange. */
    SATISFACTION,
    /** Wants something done quickly. */
    URGENCY,
    /** Does not understand what is being asked. */
    CONFUSION,
    /** Relies on us, or signals that we can rely on them. */
    TRUST
  }

  /** Which kind of expression a promised date came from; the rule reader's {@code DateBasis}. */
  public enum DateBasis {
    /** A calendar date. */
    CALENDAR_DATE,
    /** A day relative to the message: today, tomorrow, in three days. */
    RELATIVE_DAY,
    /** A weekday. */
    WEEKDAY,
    /** The end of the month. */
    MONTH_END,
    /** A festival. */
    FESTIVAL,
    /** A period such as next week; never firm. */
    PERIOD
  }

  /** Whether an amount is the whole dues or a part; the rule reader's {@code AmountScope}. */
  public enum AmountScope {
    /** The whole amount. */
    FULL,
    /** A part or an instalment. */
    PART,
    /** The text does not say. */
    UNSPECIFIED
  }

  /** What kind of payment reference was quoted; the rule reader's {@code ReferenceKind}. */
  public enum ReferenceKind {
    /** A bank or UPI transaction reference. */
    UTR,
    /** A cheque number. */
    CHEQUE_NUMBER,
    /** A mode was named but no reference given. */
    NONE
  }

  /** A part of the day; the rule reader's {@code DayPart}. */
  public enum DayPart {
    /** Morning. */
    MORNING,
    /** Afternoon. */
    AFTERNOON,
    /** Evening. */
    EVENING,
    /** Night. */
    NIGHT
  }

  /** Why a customer contests a bill; the rule reader's {@code DisputeKind}. */
  public enum DisputeKind {
    /** The amount, rate or quantity is wrong. */
    WRONG_AMOUNT,
    /** Goods damaged, short or defective, or the service poor. */
    GOODS_OR_SERVICE,
    /** The goods or service never arrived. */
    NOT_RECEIVED,
    /** Billed twice, or already paid against another invoice. */
    DUPLICATE,
    /** GST or other tax is wrong. */
    TAX_ERROR,
    /** No recognisable reason. */
    UNSPECIFIED
  }

  /** How firmly the writer commits to paying; the rule reader's {@code CommitmentStrength}. */
  public enum Commitment {
    /** No commitment to pay. */
    NONE,
    /** Hedged or indirect: "will try", "let's see". */
    WEAK,
    /** A plain statement of intent without a specific date. */
    MODERATE,
    /** A specific date or amount and no hedge. */
    FIRM
  }
}
