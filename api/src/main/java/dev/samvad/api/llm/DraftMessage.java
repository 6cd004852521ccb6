package dev.samvad.api.llm;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.Money;
import dev.samvad.api.TenantId;
import dev.samvad.api.spi.LlmTask;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Write one payment message from an adaptation plan and the invoice facts. culture-core builds it
 * from its {@code AdaptationPlan} and {@code MessageFacts}; the rendered template is the baseline
 * the model may rewrite. An adapter rejects a draft that drops or alters a fact, or adds a link,
 * phone number or amount the facts do not hold; the caller then runs the culture engine's approach
 * validation on what is left before using it.
 *
 * @param tenant the tenant paying for the call
 * @param plan how to write: intent, language, register, tone
 * @param facts what the message must state, and the only link it may carry
 * @param channel the channel the message is for
 * @param baseline the rule-rendered message for the same plan and facts
 */
public record DraftMessage(
    TenantId tenant, Plan plan, Facts facts, ChannelKind channel, String baseline)
    implements LlmTask<DraftedMessage> {

  /** Rejects nulls with an {@link InvalidInputException} naming the field. */
  public DraftMessage {
    InvalidInputException.require(tenant, "tenant");
    InvalidInputException.require(plan, "plan");
    InvalidInputException.require(facts, "facts");
    InvalidInputException.require(channel, "channel");
    InvalidInputException.require(baseline, "baseline");
  }

  @Override
  public Kind kind() {
    return Kind.DRAFT_MESSAGE;
  }

  @Override
  public Class<DraftedMessage> resultType() {
    return DraftedMessage.class;
  }

  /** Never prints names or amounts. */
  @Override
  public String toString() {
    return "DraftMessage[" + tenant.value() + ", " + plan.intent() + ", " + channel + "]";
  }

  /**
   * How the culture engine planned the message. The words are the culture engine's enum constant
   * names ({@code GENTLE_OVERDUE}, {@code SEMI_FORMAL}…), upper-case letters, digits and {@code _}.
   *
   * @param intent what the message is for
   * @param language the language and script to write in
   * @param formality the register
   * @param tone the tone on the ladder
   * @param directness how plainly to ask
   * @param persuasion what to lean on
   */
  public record Plan(
      String intent,
      LanguageForm language,
      String formality,
      String tone,
      String directness,
      String persuasion) {
    private static final Pattern WORD = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    /** Requires every part; the words must be constant names. */
    public Plan {
      word(intent, "plan.intent");
      InvalidInputException.require(language, "plan.language");
      word(formality, "plan.formality");
      word(tone, "plan.tone");
      word(directness, "plan.directness");
      word(persuasion, "plan.persuasion");
    }

    private static void word(String value, String field) {
      InvalidInputException.require(value, field);
      if (!WORD.matcher(value).matches()) {
        throw new InvalidInputException(field, "must be an upper-case constant name");
      }
    }
  }

  /**
   * The facts the message must state. A draft must contain the amount as {@link Money#format()}
   * writes it (or without the rupee sign, or without {@code .00}), the invoice number as printed
   * and the due date as {@code dueDateText}, {@code dd-MM-yyyy} or {@code dd/MM/yyyy}.
   *
   * @param sellerName the seller's business name
   * @param customerName the customer's business name
   * @param contactName the person addressed, when known
   * @param invoiceNumber the invoice
   * @param amount the amount asked for
   * @param dueDate the due date
   * @param dueDateText the due date as the message's language writes it ("31 अक्टूबर 2026")
   * @param payLink the one link the message may carry (a UPI pay link), when there is one
   * @param otherAmounts other amounts the message may state (paid so far, interest), if any
   */
  public record Facts(
      String sellerName,
      String customerName,
      Optional<String> contactName,
      InvoiceNumber invoiceNumber,
      Money amount,
      LocalDate dueDate,
      String dueDateText,
      Optional<String> payLink,
      List<Money> otherAmounts) {

    /** Rejects nulls and blank names. */
    public Facts {
      nonBlank(sellerName, "facts.sellerName");
      nonBlank(customerName, "facts.customerName");
      InvalidInputException.require(contactName, "facts.contactName");
      InvalidInputException.require(invoiceNumber, "facts.invoiceNumber");
      InvalidInputException.require(amount, "facts.amount");
      if (amount.isNegative() || amount.isZero()) {
        throw new InvalidInputException("facts.amount", "must be above zero");
      }
      InvalidInputException.require(dueDate, "facts.dueDate");
      nonBlank(dueDateText, "facts.dueDateText");
      InvalidInputException.require(payLink, "facts.payLink");
      otherAmounts = List.copyOf(InvalidInputException.require(otherAmounts, "facts.otherAmounts"));
    }

    private static void nonBlank(String value, String field) {
      InvalidInputException.require(value, field);
      if (value.isBlank()) {
        throw new InvalidInputException(field, "must not be blank");
      }
    }
  }
}
