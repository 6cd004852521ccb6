package dev.samvad.relationship.text;

import dev.samvad.culture.FestivalCalendar;
import dev.samvad.culture.LanguageIdentifier;
import dev.samvad.culture.ReferenceData;
import dev.samvad.relationship.text.internal.Lexicon;
import dev.samvad.relationship.text.internal.ReplyEngine;
import java.time.Instant;
import java.util.Objects;

/**
 * Reads a customer's reply to a payment reminder: its language, sentiment and emotions, intents,
 * and the promised date, amounts, payment references and callback time it states.
 *
 * <p>Guarantees a caller can rely on:
 *
 * <ul>
 *   <li>Thread-safe and immutable: share one instance ({@link #standard()} is one). Lucene analysis
 *       components are reused per thread; nothing is allocated per call beyond the result and small
 *       working arrays.
 *   <li>{@link #analyze} never throws for any {@link ReplyText}: empty text, megabytes of text,
 *       broken UTF-16, markup, SQL or prompt-injection text all give a result. A {@link ReplyText}
 *       cannot be built with null parts ({@link dev.samvad.api.InvalidInputException} names the
 *       field).
 *   <li>Only the first {@value #MAX_CHARS} chars (after clean-up) are read; {@link
 *       AnalysisFlags#truncated()} says when text was cut. Work is linear in the length read.
 *   <li>Deterministic: the same {@link ReplyText} gives an equal {@link ReplyAnalysis}.
 *   <li>Instructions inside a reply are never followed; text addressed to an automated reader sets
 *       {@link AnalysisFlags#injectionSuspected()}, and "mark as paid" inside it does not count as
 *       a payment claim.
 *   <li>Offline: no I/O after the lexicons load (once, on first use of {@link #standard()}).
 * </ul>
 *
 * <p>Usage:
 *
 * <pre>{@code
 * ReplyAnalysis a = ReplyAnalyzer.standard()
 *     .analyze(ReplyText.of("kal tak 50k bhej dunga, baaki next week", receivedAt));
 * a.has(Intent.PROMISE_TO_PAY);              // true
 * a.entities().promisedDate();               // receivedAt's day + 1, firm
 * a.entities().amounts().get(0).amount();    // ₹50,000.00
 * }</pre>
 */
public final class ReplyAnalyzer {
  /** The most chars of cleaned text read from one reply. */
  public static final int MAX_CHARS = 4000;

  /** Intents scoring below this are not reported. */
  public static final double INTENT_THRESHOLD = 0.5;

  private final ReplyEngine engine;

  private ReplyAnalyzer(ReplyEngine engine) {
    this.engine = engine;
  }

  /**
   * The analyser over the bundled lexicons, culture-core's language identifier and the bundled
   * festival calendar. Built on first use and shared.
   */
  public static ReplyAnalyzer standard() {
    return Standard.INSTANCE;
  }

  /**
   * An analyser that resolves festival dates ("Diwali ke baad") with {@code calendar}, for a tenant
   * that overrides the reference data. Shares the bundled lexicons; cheap to create.
   */
  public static ReplyAnalyzer withCalendar(FestivalCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return new ReplyAnalyzer(
        new ReplyEngine(MAX_CHARS, Standard.LEXICON, LanguageIdentifier.standard(), calendar));
  }

  /** Reads one reply; see the class comment for what is guaranteed. */
  public ReplyAnalysis analyze(ReplyText reply) {
    Objects.requireNonNull(reply, "reply");
    return engine.analyze(reply);
  }

  /** Shorthand for {@code analyze(ReplyText.of(text, receivedAt))} (India time, no hints). */
  public ReplyAnalysis analyze(String text, Instant receivedAt) {
    return analyze(ReplyText.of(text, receivedAt));
  }

  private static final class Standard {
    static final Lexicon LEXICON = Lexicon.bundled();
    static final ReplyAnalyzer INSTANCE =
        new ReplyAnalyzer(
            new ReplyEngine(
                MAX_CHARS,
                LEXICON,
                LanguageIdentifier.standard(),
                ReferenceData.bundled().festivals()));
  }
}
