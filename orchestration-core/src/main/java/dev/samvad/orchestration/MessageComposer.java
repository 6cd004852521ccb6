package dev.samvad.orchestration;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.Money;
import dev.samvad.channel.MessageContent;
import dev.samvad.channel.OutboundMessage;
import dev.samvad.channel.Recipient;
import dev.samvad.culture.AdaptationPlan;
import dev.samvad.culture.AdaptationPlanner;
import dev.samvad.culture.Directness;
import dev.samvad.culture.Formality;
import dev.samvad.culture.MessageFacts;
import dev.samvad.culture.MessageIntent;
import dev.samvad.culture.MessageRenderer;
import dev.samvad.culture.MsmeClaim;
import dev.samvad.culture.PersuasionStyle;
import dev.samvad.culture.PlanDecision;
import dev.samvad.culture.ReferenceData;
import dev.samvad.culture.RelationshipContext;
import dev.samvad.culture.RenderedMessage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Renders the messages a campaign sends, through the culture engine: the adaptation planner picks
 * language, register and tone (bounded by relationship health), the renderer fills the templates. A
 * customer with several open invoices gets a statement: the message speaks for the total and, where
 * the channel has room (e-mail, letter), lists each invoice with its amount and days overdue.
 * Customers in the hold-out group get the plain baseline: English, formal, the playbook's tone.
 *
 * <p>Immutable and thread-safe.
 */
public final class MessageComposer {
  private final AdaptationPlanner planner;
  private final MessageRenderer renderer;

  private MessageComposer(AdaptationPlanner planner, MessageRenderer renderer) {
    this.planner = planner;
    this.renderer = renderer;
  }

  /** A composer over the bundled templates and the given reference data. */
  public static MessageComposer create(ReferenceData data) {
    return new MessageComposer(AdaptationPlanner.create(data), MessageRenderer.bundled());
  }

  /**
   * A rendered message and the template language used.
   *
   * @param message the message with its recipient
   * @param templateLanguage the template language tag
   */
  public record Composed(OutboundMessage message, String templateLanguage) {}

  /**
   * Renders one message.
   *
   * @param ctx the decision's context
   * @param executionId the message's execution
   * @param intent what it is for
   * @param channel the channel; the customer must have an address for it
   * @param recipient the address
   * @param items the invoices it speaks about, oldest due first; at least one
   * @param promiseDate the promised day, for a promise follow-up
   * @param paid the amount received, for thanks
   * @param baseline render the plain hold-out baseline
   * @param remindersSoFar payment messages already sent, for the tone bound
   */
  public Composed compose(
      Context ctx,
      ExecutionId executionId,
      MessageIntent intent,
      ChannelKind channel,
      Recipient recipient,
      List<OpenItem> items,
      Optional<LocalDate> promiseDate,
      Optional<Money> paid,
      boolean baseline,
      int remindersSoFar) {
    LocalDate asOf = ctx.now().atZone(ctx.profile().zone()).toLocalDate();
    OpenItem first = items.get(0);
    boolean statement = items.size() > 1 && intent.asksForMoney();
    Money total = Money.ZERO;
    for (OpenItem item : items) {
      total = total.plus(intent.asksForMoney() ? item.outstanding() : item.amount());
    }
    MessageFacts.Builder facts =
        MessageFacts.builder()
            .sellerName(ctx.policy().sellerName())
            .customerName(ctx.customer().customerName())
            .invoiceNumber(first.invoiceNumber())
            .amount(total)
            .dueDate(first.dueDate())
            .asOf(asOf);
    ctx.customer().contactName().ifPresent(facts::contactName);
    ctx.policy().upi().ifPresent(facts::upi);
    Optional<MsmeClaim> msme = ctx.policy().msme();
    if (msme.isPresent() && !msme.get().acceptedOn().isAfter(first.dueDate())) {
      facts.msme(msme.get());
    }
    promiseDate.ifPresent(facts::promiseDate);
    paid.ifPresent(facts::paidAmount);
    AdaptationPlan plan = baseline ? baselinePlan(intent) : plan(ctx, intent, remindersSoFar, asOf);
    RenderedMessage rendered = renderer.render(plan, facts.build(), channel);
    String listing = statement ? listing(items, asOf, total) : "";
    MessageContent content = content(rendered, listing);
    return new Composed(
        new OutboundMessage(
            ctx.tenant(),
            ctx.profile().customerId(),
            executionId,
            channel,
            recipient,
            content,
            List.of()),
        rendered.templateLanguage());
  }

  /**
   * Whether a message of {@code intent} on {@code channel} can be written with the tenant's facts.
   * Every e-mail, letter and WhatsApp message that asks for money carries a UPI pay link, so
   * without a UPI payee those channels cannot carry reminders or invoices; the engine then uses the
   * customer's other channels (SMS, voice).
   */
  public static boolean canWrite(TenantPolicy policy, ChannelKind channel, MessageIntent intent) {
    return policy.upi().isPresent() || !needsPayLink(intent, channel);
  }

  static boolean needsPayLink(MessageIntent intent, ChannelKind channel) {
    return intent.asksForMoney()
        && (channel == ChannelKind.EMAIL
            || channel == ChannelKind.LETTER
            || channel == ChannelKind.WHATSAPP);
  }

  private AdaptationPlan plan(
      Context ctx, MessageIntent intent, int remindersSoFar, LocalDate asOf) {
    RelationshipContext base = ctx.relationship();
    RelationshipContext relationship =
        new RelationshipContext(
            base.healthScore(), base.tenureMonths(), remindersSoFar, base.brokenPromises(), asOf);
    return planner.plan(ctx.profile(), intent, relationship);
  }

  private static AdaptationPlan baselinePlan(MessageIntent intent) {
    return new AdaptationPlan(
        intent,
        LanguageForm.ENGLISH,
        Formality.FORMAL,
        intent.tone(),
        Directness.BALANCED,
        PersuasionStyle.TERMS,
        List.of(),
        List.of(
            new PlanDecision(
                "baseline",
                "hold-out",
                "the customer is in the hold-out group: plain English, no adaptation")));
  }

  // Language-neutral lines (invoice number, amount in Indian grouping, days past due as D+n) so the
  // statement reads the same in every template language.
  private static String listing(List<OpenItem> items, LocalDate asOf, Money total) {
    StringBuilder text = new StringBuilder(64 * (items.size() + 1));
    for (OpenItem item : items) {
      long days = ChronoUnit.DAYS.between(item.dueDate(), asOf);
      text.append("\n• ")
          .append(item.invoiceNumber())
          .append(" · ")
          .append(item.outstanding().format())
          .append(" · D")
          .append(days < 0 ? "-" : "+")
          .append(Math.abs(days));
    }
    text.append("\n= ").append(total.format());
    return text.toString();
  }

  private static MessageContent content(RenderedMessage rendered, String listing) {
    if (rendered instanceof RenderedMessage.Email email) {
      return new MessageContent.Email(email.subject(), email.body() + listing);
    } else if (rendered instanceof RenderedMessage.Letter letter) {
      return new MessageContent.Letter(letter.text() + listing);
    } else if (rendered instanceof RenderedMessage.Sms sms) {
      return new MessageContent.Sms(sms.text());
    } else if (rendered instanceof RenderedMessage.WhatsApp whatsApp) {
      return whatsApp.templateName().isPresent()
          ? new MessageContent.WhatsAppTemplate(
              whatsApp.templateName().get(), whatsApp.languageCode(), whatsApp.variables())
          : new MessageContent.WhatsAppText(whatsApp.text());
    } else if (rendered instanceof RenderedMessage.Voice voice) {
      return new MessageContent.VoiceScript(voice.text());
    }
    throw new IllegalStateException("unknown rendered message " + rendered.getClass());
  }
}
