package dev.samvad.relationship.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.LanguageForm;
import dev.samvad.api.Money;
import dev.samvad.api.TenantId;
import dev.samvad.api.llm.ReadReply;
import dev.samvad.api.llm.ReplyReading;
import dev.samvad.api.model.PaymentMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The model's reading maps into the rule reader's schema, constant for constant. */
class ModelReadingsTest {
  private static final Instant AT = Instant.parse("2026-11-29T12:00:00Z"); // 17:30 in India
  private static final String TEXT = "Sir KAL TAK 50k bhej dunga, UTR 412345678901 bhi bhejunga";

  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of(ReplyReading.Intent.class, Intent.class),
        Arguments.of(ReplyReading.Emotion.class, Emotion.class),
        Arguments.of(ReplyReading.DateBasis.class, DateBasis.class),
        Arguments.of(ReplyReading.AmountScope.class, AmountScope.class),
        Arguments.of(ReplyReading.ReferenceKind.class, ReferenceKind.class),
        Arguments.of(ReplyReading.DayPart.class, DayPart.class),
        Arguments.of(ReplyReading.DisputeKind.class, DisputeKind.class),
        Arguments.of(ReplyReading.Commitment.class, CommitmentStrength.class));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void theModelSchemaHasExactlyTheRuleReadersConstants(
      Class<? extends Enum<?>> model, Class<? extends Enum<?>> rules) {
    assertEquals(names(rules), names(model));
  }

  private static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  private static ReplyReading reading(List<ReplyReading.IntentScore> intents, LanguageForm lang) {
    return new ReplyReading(
        lang,
        0.8,
        intents,
        new ReplyReading.Entities(
            List.of(
                new ReplyReading.PromisedDate(
                    LocalDate.of(2026, 11, 30),
                    true,
                    ReplyReading.DateBasis.RELATIVE_DAY,
                    "kal tak")),
            List.of(
                new ReplyReading.Amount(
                    new BigDecimal("50000"), ReplyReading.AmountScope.PART, "50k")),
            List.of(
                new ReplyReading.PaymentReference(
                    PaymentMode.OTHER,
                    ReplyReading.ReferenceKind.UTR,
                    Optional.of("412345678901"),
                    "UTR  412345678901")),
            List.of(),
            List.of()),
        -0.2,
        Map.of(
            ReplyReading.Emotion.FRUSTRATION, 0.4,
            ReplyReading.Emotion.SATISFACTION, 0.0,
            ReplyReading.Emotion.URGENCY, 0.0,
            ReplyReading.Emotion.CONFUSION, 0.0,
            ReplyReading.Emotion.TRUST, 0.5),
        ReplyReading.Commitment.FIRM);
  }

  @Test
  void theTaskCarriesTheReplyAndItsDayInTheCustomersZone() {
    ReadReply task = ModelReadings.task(new TenantId("acme"), ReplyText.of(TEXT, AT));
    assertEquals(LocalDate.of(2026, 11, 29), task.receivedOn());
    assertEquals(TEXT, task.text());
  }

  @Test
  void aReadingBecomesAnAnalysisWithTheRuleReadersFlagsAndTheModelsFindings() {
    ReplyText reply = ReplyText.of(TEXT, AT);
    ReplyAnalysis rules = ReplyAnalyzer.standard().analyze(reply);
    ReplyReading r =
        reading(
            List.of(
                new ReplyReading.IntentScore(ReplyReading.Intent.OTHER, 0.6),
                new ReplyReading.IntentScore(ReplyReading.Intent.PROMISE_TO_PAY, 0.9),
                new ReplyReading.IntentScore(ReplyReading.Intent.QUESTION, 0.2)),
            rules.language().language());

    ReplyAnalysis a = ModelReadings.toAnalysis(r, reply, rules, false);

    assertEquals(AnalysisPath.LLM, a.path());
    assertEquals(
        List.of(Intent.PROMISE_TO_PAY), a.intents().stream().map(IntentScore::intent).toList());
    assertEquals(rules.flags(), a.flags());
    assertEquals(rules.analysedChars(), a.analysedChars());
    assertEquals(rules.language(), a.language(), "same language: the rule reading is kept");
    assertEquals(PolarityLabel.NEGATIVE, a.sentiment().label());
    assertEquals(0.4, a.sentiment().emotion(Emotion.FRUSTRATION).score());
    assertEquals(0.0, a.sentiment().emotion(Emotion.URGENCY).confidence());
    assertEquals(CommitmentStrength.FIRM, a.commitment().strength());
    PromisedDate d = a.entities().promisedDate().orElseThrow();
    assertEquals(new Span(4, 11, "KAL TAK"), d.span(), "found ignoring case");
    assertEquals(Money.ofRupees(50_000), a.entities().amounts().get(0).amount());
    PaymentReference ref = a.entities().paymentReferences().get(0);
    assertEquals(new Span(0, 0, "UTR  412345678901"), ref.span(), "spacing changed: not located");
    assertEquals(ReferenceKind.UTR, ref.kind());
  }

  @Test
  void aRepairedReadingInAnotherLanguageSaysSo() {
    ReplyText reply = ReplyText.of(TEXT, AT);
    ReplyAnalysis rules = ReplyAnalyzer.standard().analyze(reply);

    ReplyAnalysis a =
        ModelReadings.toAnalysis(
            reading(
                List.of(new ReplyReading.IntentScore(ReplyReading.Intent.QUESTION, 0.3)),
                LanguageForm.parse("mr-Latn")),
            reply,
            rules,
            true);

    assertEquals(AnalysisPath.LLM_REPAIRED, a.path());
    assertEquals(LanguageForm.parse("mr-Latn"), a.language().language());
    assertEquals(List.of(Intent.OTHER), a.intents().stream().map(IntentScore::intent).toList());
    assertTrue(a.language().confidence() > 0);
  }
}
