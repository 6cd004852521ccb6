package dev.samvad.culture;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.Money;
import dev.samvad.api.TenantId;
import dev.samvad.api.llm.DraftMessage;
import dev.samvad.api.llm.DraftedMessage;
import dev.samvad.culture.message.DateWords;
import dev.samvad.culture.message.UpiLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bridge between message rendering and a language model, through the {@code LanguageModel} SPI
 * only: the {@link DraftMessage} task for a planned message, and the approach review that a model's
 * draft must pass before anyone sends it. Pure functions.
 *
 * <p>A draft is used only when it passes the same {@link MessageLint} as a rendered message (no
 * threats, shaming or third-party disclosure in any supported language, the mandatory facts, the
 * contact window, the WhatsApp session window, language and register). The adapter has already
 * checked that it states the exact amount, invoice number and due date and adds no link, phone
 * number or amount.
 */
public final class ModelDrafts {
  private ModelDrafts() {}

  /**
   * The task asking a model to write {@code baseline}'s message its own way.
   *
   * @param tenant who pays for the call
   * @param plan the plan {@code baseline} was rendered from
   * @param facts the facts {@code baseline} was rendered from; invoice number, amount and due date
   *     are required
   * @param baseline the rendered message for the same plan, facts and channel
   * @throws InvalidInputException naming the fact when invoice number, amount or due date is absent
   */
  public static DraftMessage task(
      TenantId tenant, AdaptationPlan plan, MessageFacts facts, RenderedMessage baseline) {
    InvalidInputException.require(plan, "plan");
    InvalidInputException.require(facts, "facts");
    InvalidInputException.require(baseline, "baseline");
    var invoice = need(facts.invoiceNumber(), "invoiceNumber");
    Money amount = need(facts.amount(), "amount");
    var due = need(facts.dueDate(), "dueDate");
    String dueText =
        TemplateCatalog.bundled()
            .pack(baseline.templateLanguage())
            .map(pack -> DateWords.format(due, pack))
            .orElse(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy").format(due));
    Optional<String> payLink =
        facts.upi().map(upi -> UpiLink.of(upi.vpa(), upi.payeeName(), amount, invoice));
    List<Money> others = new ArrayList<>();
    facts.paidAmount().ifPresent(others::add);
    return new DraftMessage(
        tenant,
        new DraftMessage.Plan(
            plan.intent().name(),
            plan.language(),
            plan.formality().name(),
            plan.tone().name(),
            plan.directness().name(),
            plan.persuasion().name()),
        new DraftMessage.Facts(
            facts.sellerName(),
            facts.customerName(),
            facts.contactName(),
            invoice,
            amount,
            due,
            dueText,
            payLink,
            others),
        baseline.channel(),
        baseline.text());
  }

  /**
   * The draft as a message of {@code baseline}'s channel, language and intent. A WhatsApp draft is
   * free-form text (no registered template), which WhatsApp allows only inside the 24-hour window:
   * {@link ApproachRules#whatsAppSessionWindow()} decides.
   */
  public static RenderedMessage toMessage(DraftedMessage draft, RenderedMessage baseline) {
    InvalidInputException.require(draft, "draft");
    InvalidInputException.require(baseline, "baseline");
    String lang = baseline.templateLanguage();
    List<String> path = baseline.fallbackPath();
    MessageIntent intent = baseline.intent();
    return switch (baseline.channel()) {
      case EMAIL ->
          new RenderedMessage.Email(draft.subject().orElse(""), draft.text(), lang, path, intent);
      case SMS -> RenderedMessage.Sms.of(draft.text(), lang, path, intent);
      case WHATSAPP -> RenderedMessage.WhatsApp.freeForm(draft.text(), lang, intent);
      case VOICE -> new RenderedMessage.Voice(draft.text(), lang, path, intent);
      case LETTER -> new RenderedMessage.Letter(draft.text(), lang, path, intent);
    };
  }

  /**
   * Runs approach validation on {@code draft} in place of the message in {@code context} (same send
   * time, facts, profile and plan).
   *
   * @return the draft as a message when no rule blocks it, and every finding either way
   */
  public static Review review(DraftedMessage draft, ApproachContext context, MessageLint lint) {
    InvalidInputException.require(context, "context");
    InvalidInputException.require(lint, "lint");
    RenderedMessage message = toMessage(draft, context.message());
    List<ApproachFinding> findings =
        lint.validate(
            new ApproachContext(
                message,
                context.sendAt(),
                context.lastInboundAt(),
                context.facts(),
                context.profile(),
                context.plan()));
    boolean blocked = findings.stream().anyMatch(ApproachFinding::blocks);
    return new Review(blocked ? Optional.empty() : Optional.of(message), findings);
  }

  /**
   * What approach validation made of a draft.
   *
   * @param accepted the draft as a message, when no rule blocks it
   * @param findings every finding, blockers first
   */
  public record Review(Optional<RenderedMessage> accepted, List<ApproachFinding> findings) {
    /** Copies the findings. */
    public Review {
      findings = List.copyOf(findings);
    }
  }

  private static <T> T need(Optional<T> fact, String name) {
    return fact.orElseThrow(
        () -> new InvalidInputException(name, "is required to draft a message with a model"));
  }
}
