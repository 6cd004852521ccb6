package dev.samvad.culture.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.TenantId;
import dev.samvad.api.llm.DraftMessage;
import dev.samvad.api.llm.DraftedMessage;
import dev.samvad.culture.AdaptationPlan;
import dev.samvad.culture.ApproachContext;
import dev.samvad.culture.ApproachFinding;
import dev.samvad.culture.Formality;
import dev.samvad.culture.MessageFacts;
import dev.samvad.culture.MessageIntent;
import dev.samvad.culture.MessageLint;
import dev.samvad.culture.MessageRenderer;
import dev.samvad.culture.ModelDrafts;
import dev.samvad.culture.RenderedMessage;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A model's draft is held to the same approach validation as a rendered message. */
class ModelDraftsTest {
  private static final TenantId ACME = new TenantId("acme");
  private static final ZonedDateTime SEND =
      ZonedDateTime.of(2026, 12, 7, 11, 0, 0, 0, ZoneId.of("Asia/Kolkata"));

  private final AdaptationPlan plan =
      Fixtures.plan(MessageIntent.GENTLE_OVERDUE, LanguageForm.ENGLISH, Formality.SEMI_FORMAL);
  private final MessageFacts facts = Fixtures.withoutMsme().build();
  private final RenderedMessage sms =
      MessageRenderer.bundled().render(plan, facts, ChannelKind.SMS);

  @Test
  void theTaskCarriesThePlanTheFactsAsWrittenAndTheBaseline() {
    DraftMessage task = ModelDrafts.task(ACME, plan, facts, sms);

    assertEquals("GENTLE_OVERDUE", task.plan().intent());
    assertEquals(ChannelKind.SMS, task.channel());
    assertEquals(Fixtures.AMOUNT, task.facts().amount());
    assertTrue(sms.text().contains(task.facts().dueDateText()), task.facts().dueDateText());
    assertTrue(
        task.facts().payLink().orElseThrow().startsWith("upi://pay?pa=sharmatex@okhdfcbank"));
    assertEquals(sms.text(), task.baseline());
    assertTrue(task.facts().otherAmounts().contains(dev.samvad.api.Money.ofRupees(50_000)));
  }

  @Test
  void aTaskNeedsTheFactsADraftMustState() {
    MessageFacts noAmount =
        MessageFacts.builder().sellerName("S").customerName("C").asOf(Fixtures.AS_OF).build();
    Executable call = () -> ModelDrafts.task(ACME, plan, noAmount, sms);
    InvalidInputException e =
        org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, call);
    assertEquals("invoiceNumber", e.field());
  }

  private ModelDrafts.Review review(String text) {
    return ModelDrafts.review(
        new DraftedMessage(Optional.empty(), text),
        ApproachContext.of(sms, SEND).withFacts(facts).withPlan(plan),
        MessageLint.standard());
  }

  @Test
  void aPoliteDraftWithEveryFactIsAccepted() {
    ModelDrafts.Review r =
        review(
            "Dear Ramesh ji, a gentle reminder: ₹1,23,456.50 on invoice INV-2026/0042 was due on"
                + " 15-11-2026. Thank you, Sharma Textiles");

    RenderedMessage accepted = r.accepted().orElseThrow(() -> new AssertionError(r.findings()));
    assertInstanceOf(RenderedMessage.Sms.class, accepted);
  }

  @Test
  void aThreateningDraftIsRejectedByTheLexicon() {
    ModelDrafts.Review r =
        review(
            "Pay ₹1,23,456.50 on invoice INV-2026/0042 due 15-11-2026 or we will file a police"
                + " complaint and tell your neighbours.");

    assertFalse(r.accepted().isPresent());
    assertTrue(r.findings().stream().anyMatch(ApproachFinding::blocks));
  }

  @Test
  void aDraftThatDropsTheDueDateIsRejectedByTheMandatoryFacts() {
    ModelDrafts.Review r = review("Please pay ₹1,23,456.50 on invoice INV-2026/0042. Thank you.");

    assertFalse(r.accepted().isPresent());
    assertTrue(
        r.findings().stream().anyMatch(f -> f.code().equals("MISSING_DUE_DATE")),
        r.findings().toString());
  }

  @Test
  void aWhatsAppDraftIsFreeFormAndNeedsTheSessionWindow() {
    RenderedMessage wa = MessageRenderer.bundled().render(plan, facts, ChannelKind.WHATSAPP);
    ModelDrafts.Review r =
        ModelDrafts.review(
            new DraftedMessage(
                Optional.empty(),
                "Dear Ramesh ji, ₹1,23,456.50 on invoice INV-2026/0042 was due on 15-11-2026."),
            ApproachContext.of(wa, SEND).withFacts(facts),
            MessageLint.standard());

    assertFalse(r.accepted().isPresent(), "no inbound message: outside the 24-hour window");
  }
}
