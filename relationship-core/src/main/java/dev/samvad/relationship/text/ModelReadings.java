package dev.samvad.relationship.text;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.Money;
import dev.samvad.api.TenantId;
import dev.samvad.api.llm.ReadReply;
import dev.samvad.api.llm.ReplyReading;
import dev.samvad.culture.LanguageShare;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The bridge between the rule reader and a language model, through the {@code LanguageModel} SPI
 * only: the {@link ReadReply} task for a reply, and the {@link ReplyAnalysis} a model's validated
 * {@link ReplyReading} stands for. Pure functions; the caller decides whether the model's answer is
 * used (see the sdk's hybrid policy).
 *
 * <p>What the model's analysis takes from where:
 *
 * <ul>
 *   <li>from the model: intents (those at or above {@link ReplyAnalyzer#INTENT_THRESHOLD},
 *       strongest first; {@link Intent#OTHER} when none), entities, polarity, emotions, commitment
 *       and, when it differs from the rule reader's, the language;
 *   <li>from the rule reader: {@link ReplyAnalysis#flags()} and {@link
 *       ReplyAnalysis#analysedChars()} (what was done to the text is a fact about the text), and
 *       the language reading when the model agrees on the language.
 * </ul>
 *
 * <p>Spans: a model quotes words rather than giving offsets; the span is where those words first
 * occur (ignoring case) in the NFKC form of the reply. When they cannot be found exactly (the model
 * changed spacing), the span is empty at 0 and still carries the quoted words.
 */
public final class ModelReadings {
  private ModelReadings() {}

  /** The task asking a model to read {@code reply}, billed to {@code tenant}. */
  public static ReadReply task(TenantId tenant, ReplyText reply) {
    InvalidInputException.require(tenant, "tenant");
    InvalidInputException.require(reply, "reply");
    LocalDate day = LocalDate.ofInstant(reply.receivedAt(), reply.zone());
    return new ReadReply(tenant, reply.text(), day, reply.languageHint());
  }

  /**
   * The analysis {@code reading} stands for, with {@link AnalysisPath#LLM} (or {@link
   * AnalysisPath#LLM_REPAIRED} when the model's output needed its one repair).
   *
   * @param reading the model's validated reading of {@code reply}
   * @param reply the reply that was read
   * @param rules the rule reader's analysis of the same reply
   * @param repaired whether the model's output was repaired before it validated
   */
  public static ReplyAnalysis toAnalysis(
      ReplyReading reading, ReplyText reply, ReplyAnalysis rules, boolean repaired) {
    InvalidInputException.require(reading, "reading");
    InvalidInputException.require(reply, "reply");
    InvalidInputException.require(rules, "rules");
    String text = Normalizer.normalize(reply.text(), Normalizer.Form.NFKC);
    return new ReplyAnalysis(
        language(reading, rules),
        sentiment(reading),
        intents(reading),
        entities(reading.entities(), text),
        commitment(reading.commitment()),
        rules.flags(),
        repaired ? AnalysisPath.LLM_REPAIRED : AnalysisPath.LLM,
        rules.analysedChars());
  }

  private static LanguageReading language(ReplyReading reading, ReplyAnalysis rules) {
    if (reading.language().equals(rules.language().language())) {
      return rules.language();
    }
    return new LanguageReading(
        reading.language(),
        reading.confidence(),
        List.of(new LanguageShare(reading.language(), 1.0)),
        reading.language().script(),
        false);
  }

  private static Sentiment sentiment(ReplyReading reading) {
    Map<Emotion, EmotionScore> emotions = new EnumMap<>(Emotion.class);
    reading
        .emotions()
        .forEach(
            (e, score) ->
                emotions.put(
                    Emotion.valueOf(e.name()),
                    new EmotionScore(score, score > 0 ? reading.confidence() : 0.0)));
    return new Sentiment(
        reading.polarity(), reading.confidence(), PolarityLabel.of(reading.polarity()), emotions);
  }

  private static List<IntentScore> intents(ReplyReading reading) {
    List<IntentScore> out = new ArrayList<>();
    for (ReplyReading.IntentScore s : reading.intents()) {
      Intent intent = Intent.valueOf(s.intent().name());
      if (s.score() >= ReplyAnalyzer.INTENT_THRESHOLD
          && out.stream().noneMatch(o -> o.intent() == intent)) {
        out.add(new IntentScore(intent, s.score(), List.of()));
      }
    }
    out.sort(Comparator.comparingDouble(IntentScore::score).reversed());
    if (out.size() > 1) {
      out.removeIf(s -> s.intent() == Intent.OTHER);
    }
    return out.isEmpty() ? List.of(new IntentScore(Intent.OTHER, 1.0, List.of())) : out;
  }

  private static Entities entities(ReplyReading.Entities e, String text) {
    return new Entities(
        e.promisedDates().stream()
            .map(
                d ->
                    new PromisedDate(
                        d.date(),
                        d.firm(),
                        DateBasis.valueOf(d.basis().name()),
                        span(text, d.text())))
            .toList(),
        e.amounts().stream()
            .map(
                a ->
                    new AmountMention(
                        Money.of(a.rupees(), Money.INR, "rupees"),
                        AmountScope.valueOf(a.scope().name()),
                        span(text, a.text())))
            .toList(),
        e.paymentReferences().stream()
            .map(
                r ->
                    new PaymentReference(
                        r.mode(),
                        ReferenceKind.valueOf(r.kind().name()),
                        r.reference(),
                        span(text, r.text())))
            .toList(),
        e.callbackTimes().stream()
            .map(
                c ->
                    new CallbackTime(
                        c.date(),
                        c.time(),
                        c.dayPart().map(p -> DayPart.valueOf(p.name())),
                        span(text, c.text())))
            .toList(),
        e.disputeReasons().stream()
            .map(d -> new DisputeReason(DisputeKind.valueOf(d.kind().name()), span(text, d.text())))
            .toList());
  }

  private static Commitment commitment(ReplyReading.Commitment c) {
    CommitmentStrength strength = CommitmentStrength.valueOf(c.name());
    double score =
        switch (strength) {
          case NONE -> 0.0;
          case WEAK -> 0.3;
          case MODERATE -> 0.6;
          case FIRM -> 0.85;
        };
    return new Commitment(strength, score, List.of());
  }

  /** Where {@code quote} first occurs in {@code text}, ignoring case; else empty at 0. */
  static Span span(String text, String quote) {
    int n = quote.length();
    for (int i = 0; i + n <= text.length(); i++) {
      if (text.regionMatches(true, i, quote, 0, n)) {
        return new Span(i, i + n, text.substring(i, i + n));
      }
    }
    return new Span(0, 0, quote);
  }
}
