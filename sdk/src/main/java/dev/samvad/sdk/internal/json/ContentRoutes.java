package dev.samvad.sdk.internal.json;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.culture.AdaptationPlan;
import dev.samvad.culture.ApproachContext;
import dev.samvad.culture.ApproachFinding;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.MessageFacts;
import dev.samvad.culture.MessageIntent;
import dev.samvad.culture.RelationshipContext;
import dev.samvad.culture.RenderedMessage;
import dev.samvad.culture.WindowExplanation;
import dev.samvad.culture.message.ContactWindowRule;
import dev.samvad.sdk.HybridResult;
import dev.samvad.sdk.Permission;
import dev.samvad.sdk.internal.CultureDesk;
import dev.samvad.sdk.internal.json.brief.ApproachValidationRequest;
import dev.samvad.sdk.internal.json.brief.ContentAdaptationRequest;
import dev.samvad.sdk.internal.json.brief.ContentAdaptationRequest.Content;
import dev.samvad.sdk.internal.json.brief.ContentAdaptationRequest.Context;
import dev.samvad.sdk.internal.json.brief.MessageFactsData;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * {@code adapt-content} and {@code validate-approach}: write a message the customer's way from
 * Samvad's templates, and check a proposed one against the hard rules and the profile.
 */
final class ContentRoutes {
  private ContentRoutes() {}

  static void register(RouteTable routes, String base) {
    routes
        .post(
            base + "/adapt-content",
            Guard.body(Permission.CONTENT_ADAPT),
            ContentAdaptationRequest.class,
            ContentRoutes::adapt)
        .post(
            base + "/validate-approach",
            Guard.body(Permission.CONTENT_ADAPT),
            ApproachValidationRequest.class,
            ContentRoutes::validate);
  }

  /** When a message may go. */
  record Timing(
      ZonedDateTime desired,
      ZonedDateTime allowed,
      ZonedDateTime preferred,
      WindowExplanation why) {}

  /** The adapt-content answer. */
  record Adaptation(
      String customerId,
      boolean profileStored,
      String intent,
      String channel,
      AdaptationPlan plan,
      @Nullable RenderedMessage adaptedContent,
      List<ApproachFinding> adaptedFindings,
      List<ApproachFinding> originalFindings,
      Timing timing,
      List<String> notes,
      List<String> unusedFields,
      @Nullable ModelDraft modelDraft) {}

  /**
   * The hybrid policy's draft: which path answered and why the rules did when they did; the model's
   * message only when it answered and passed approach validation ({@code adaptedContent} stays the
   * rendered template either way).
   */
  record ModelDraft(
      HybridResult.Path path,
      Optional<ReplyRoutes.Why> fallback,
      Optional<Long> retryAfterSeconds,
      Optional<RenderedMessage> message) {}

  /** The validate-approach answer. */
  record Validation(
      String customerId,
      boolean allowed,
      List<ApproachFinding> findings,
      ZonedDateTime earliestPermitted,
      boolean profileStored) {}

  private static Reply adapt(Call call, ContentAdaptationRequest body) {
    CultureDesk desk = call.culture();
    CultureDesk.ProfileView view = desk.profileFor(body.customerId());
    CulturalProfile profile = view.profile();
    Context context = body.context();
    MessageIntent intent = intent(context, body.content());
    ChannelKind channel = channel(body.content(), profile);
    RelationshipContext relationship = relationship(context, desk.now(profile).toLocalDate());
    AdaptationPlan plan = desk.plan(profile, intent, relationship);
    ZonedDateTime desired = desired(body.sendAt(), desk, profile);
    Timing timing = timing(desk, desired, channel, profile, plan.intent());
    List<String> notes = new ArrayList<>();
    List<String> unused = new ArrayList<>();
    if (context != null && context.businessContext() != null) {
      unused.add("context.businessContext");
    }
    RenderedMessage adapted = null;
    List<ApproachFinding> adaptedFindings = List.of();
    ModelDraft modelDraft = null;
    Optional<MessageFacts> facts = facts(body.facts(), profile, call, desk);
    if (facts.isPresent()) {
      adapted = desk.render(plan, facts.get(), channel);
      ApproachContext adaptedContext =
          ApproachContext.of(adapted, timing.allowed())
              .withProfile(profile)
              .withPlan(plan)
              .withFacts(facts.get());
      adaptedFindings = desk.validate(adaptedContext);
      if (plan.intent().asksForMoney()) {
        HybridResult<RenderedMessage> drafted =
            desk.draft(plan, facts.get(), adapted, adaptedContext);
        modelDraft =
            new ModelDraft(
                drafted.path(),
                drafted.fallback().map(ReplyRoutes.Why::of),
                drafted.fallback().flatMap(HybridResult.Fallback::retryAfterSeconds),
                drafted.path() == HybridResult.Path.RULES
                    ? Optional.empty()
                    : Optional.of(drafted.value()));
      }
    } else {
      notes.add(
          "give facts (sellerName, invoiceNumber, amount, dueDate, upiVpa, upiPayeeName) to get"
              + " the message written in the customer's language");
    }
    List<ApproachFinding> originalFindings = List.of();
    Optional<RenderedMessage> original = original(body.content(), channel, plan.intent());
    if (original.isPresent()) {
      ApproachContext ctx =
          ApproachContext.of(original.get(), desired).withProfile(profile).withPlan(plan);
      originalFindings = desk.validate(facts.map(ctx::withFacts).orElse(ctx));
    }
    return Reply.ok(
        new Adaptation(
            body.customerId().value(),
            view.stored(),
            plan.intent().name(),
            channel.name(),
            plan,
            adapted,
            adaptedFindings,
            originalFindings,
            timing,
            notes,
            unused,
            modelDraft));
  }

  private static Reply validate(Call call, ApproachValidationRequest body) {
    CultureDesk desk = call.culture();
    CultureDesk.ProfileView view = desk.profileFor(body.customerId());
    CulturalProfile profile = view.profile();
    MessageIntent intent = intent(body.context(), body.content());
    Content content = body.content();
    if (content.channel() == null) {
      throw new InvalidInputException(ErrorCode.MISSING_FIELD, "content.channel", "is required");
    }
    ChannelKind channel = CultureRoutes.channel(content.channel(), "content.channel");
    RenderedMessage message =
        original(content, channel, intent)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        ErrorCode.MISSING_FIELD, "content.body", "is required"));
    ZonedDateTime sendAt = desired(body.sendAt(), desk, profile);
    AdaptationPlan plan =
        desk.plan(profile, intent, relationship(body.context(), sendAt.toLocalDate()));
    ApproachContext context =
        ApproachContext.of(message, sendAt).withProfile(profile).withPlan(plan);
    if (body.lastInboundAt() != null) {
      context = context.withLastInboundAt(body.lastInboundAt().toInstant());
    }
    Optional<MessageFacts> facts = facts(body.facts(), profile, call, desk);
    if (facts.isPresent()) {
      context = context.withFacts(facts.get());
    }
    List<ApproachFinding> findings = desk.validate(context);
    ZonedDateTime earliest =
        desk.window(sendAt, channel, profile, ContactWindowRule.purposeOf(intent)).allowed();
    return Reply.ok(
        new Validation(
            body.customerId().value(),
            findings.stream().noneMatch(ApproachFinding::blocks),
            findings,
            earliest,
            view.stored()));
  }

  private static Timing timing(
      CultureDesk desk,
      ZonedDateTime desired,
      ChannelKind channel,
      CulturalProfile profile,
      MessageIntent intent) {
    var purpose = ContactWindowRule.purposeOf(intent);
    WindowExplanation why = desk.window(desired, channel, profile, purpose);
    return new Timing(
        desired, why.allowed(), desk.preferred(desired, channel, profile, purpose), why);
  }

  private static ZonedDateTime desired(
      @Nullable OffsetDateTime sendAt, CultureDesk desk, CulturalProfile profile) {
    return sendAt == null ? desk.now(profile) : sendAt.atZoneSameInstant(profile.zone());
  }

  private static Optional<RenderedMessage> original(
      @Nullable Content content, ChannelKind channel, MessageIntent intent) {
    if (content == null || content.body() == null || content.body().isBlank()) {
      return Optional.empty();
    }
    String body = content.body();
    String subject = content.subject() == null ? "" : content.subject();
    return Optional.of(
        switch (channel) {
          case EMAIL -> new RenderedMessage.Email(subject, body, "und", List.of(), intent);
          case SMS -> RenderedMessage.Sms.of(body, "und", List.of(), intent);
          case WHATSAPP -> RenderedMessage.WhatsApp.freeForm(body, "und", intent);
          case VOICE -> new RenderedMessage.Voice(body, "und", List.of(), intent);
          case LETTER -> new RenderedMessage.Letter(body, "und", List.of(), intent);
        });
  }

  private static Optional<MessageFacts> facts(
      @Nullable MessageFactsData data, CulturalProfile profile, Call call, CultureDesk desk) {
    if (data == null) {
      return Optional.empty();
    }
    try {
      MessageFacts.Builder b =
          MessageFacts.builder()
              .sellerName(InvalidInputException.require(data.sellerName(), "sellerName"))
              .customerName(
                  data.customerName() != null
                      ? data.customerName()
                      : call.ledger()
                          .customer(profile.customerId())
                          .map(c -> c.displayName())
                          .orElseThrow(
                              () ->
                                  new InvalidInputException(
                                      ErrorCode.MISSING_FIELD,
                                      "customerName",
                                      "is required when the customer is not in the ledger")))
              .asOf(desk.now(profile).toLocalDate());
      if (data.contactName() != null) {
        b.contactName(data.contactName());
      }
      if (data.title() != null) {
        b.title(data.title());
      }
      if (data.invoiceNumber() != null) {
        b.invoiceNumber(data.invoiceNumber());
      }
      if (data.amount() != null) {
        b.amount(data.amount());
      }
      if (data.dueDate() != null) {
        b.dueDate(data.dueDate());
      }
      if (data.promiseDate() != null) {
        b.promiseDate(data.promiseDate());
      }
      if (data.paidAmount() != null) {
        b.paidAmount(data.paidAmount());
      }
      if (data.festivalName() != null) {
        b.festivalName(data.festivalName());
      }
      if (data.upiVpa() != null || data.upiPayeeName() != null) {
        b.upi(
            InvalidInputException.require(data.upiVpa(), "upiVpa"),
            InvalidInputException.require(data.upiPayeeName(), "upiPayeeName"));
      }
      return Optional.of(b.build());
    } catch (InvalidInputException e) {
      throw e.under("facts");
    }
  }

  private static MessageIntent intent(@Nullable Context context, @Nullable Content content) {
    String type = context == null ? null : context.communicationType();
    if (type == null) {
      throw new InvalidInputException(
          ErrorCode.MISSING_FIELD,
          "context.communicationType",
          "is required: say what the message is for, e.g. payment_reminder");
    }
    MessageIntent intent =
        switch (type.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_')) {
          case "invoice", "invoice_delivery" -> MessageIntent.INVOICE_DELIVERY;
          case "pre_due", "pre_due_reminder" -> MessageIntent.PRE_DUE_REMINDER;
          case "due_today" -> MessageIntent.DUE_TODAY;
          case "payment_reminder", "reminder", "overdue", "gentle_overdue" ->
              MessageIntent.GENTLE_OVERDUE;
          case "firm_overdue", "firm_reminder", "escalation" -> MessageIntent.FIRM_OVERDUE;
          case "final_notice", "final" -> MessageIntent.FINAL_NOTICE;
          case "promise_follow_up" -> MessageIntent.PROMISE_FOLLOW_UP;
          case "payment_thanks", "thanks", "thank_you" -> MessageIntent.PAYMENT_THANKS;
          case "dispute_acknowledgement", "dispute" -> MessageIntent.DISPUTE_ACKNOWLEDGEMENT;
          case "festival_greeting", "greeting" -> MessageIntent.FESTIVAL_GREETING;
          default ->
              throw new InvalidInputException(
                  "context.communicationType",
                  "unknown type; use one of invoice_delivery, pre_due_reminder, due_today,"
                      + " payment_reminder, firm_overdue, final_notice, promise_follow_up,"
                      + " payment_thanks, dispute_acknowledgement, festival_greeting");
        };
    String urgency = content == null ? null : content.urgency();
    if (urgency == null || !intent.isOverdue()) {
      return intent;
    }
    return switch (urgency.strip().toLowerCase(Locale.ROOT)) {
      case "low", "normal", "medium" -> intent;
      case "high" -> intent == MessageIntent.FINAL_NOTICE ? intent : MessageIntent.FIRM_OVERDUE;
      case "critical", "urgent" -> MessageIntent.FINAL_NOTICE;
      default ->
          throw new InvalidInputException(
              "content.urgency", "unknown urgency; use low, medium, high or critical");
    };
  }

  private static ChannelKind channel(@Nullable Content content, CulturalProfile profile) {
    if (content != null && content.channel() != null) {
      return CultureRoutes.channel(content.channel(), "content.channel");
    }
    List<ChannelKind> preferred = profile.preferredChannels().value();
    return preferred.isEmpty() ? ChannelKind.EMAIL : preferred.get(0);
  }

  private static RelationshipContext relationship(
      @Nullable Context context, java.time.LocalDate asOf) {
    String stage = context == null ? null : context.relationshipStage();
    if (stage == null) {
      return RelationshipContext.firstContact(asOf);
    }
    return switch (stage.strip().toLowerCase(Locale.ROOT).replace('-', '_')) {
      case "new", "onboarding", "first_contact" -> RelationshipContext.firstContact(asOf);
      case "established", "long_term", "loyal", "healthy" ->
          new RelationshipContext(OptionalInt.of(80), 24, 0, 0, asOf);
      case "strained", "at_risk", "deteriorating" ->
          new RelationshipContext(OptionalInt.of(30), 12, 2, 1, asOf);
      case "escalated", "collections" ->
          new RelationshipContext(OptionalInt.of(20), 12, 3, 2, asOf);
      default ->
          throw new InvalidInputException(
              "context.relationshipStage",
              "unknown stage; use new, established, strained or escalated");
    };
  }
}
