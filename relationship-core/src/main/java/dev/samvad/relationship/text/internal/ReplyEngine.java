package dev.samvad.relationship.text.internal;

import dev.samvad.api.LanguageForm;
import dev.samvad.culture.FestivalCalendar;
import dev.samvad.culture.LanguageGuess;
import dev.samvad.culture.LanguageIdentifier;
import dev.samvad.relationship.text.AmountMention;
import dev.samvad.relationship.text.AnalysisFlags;
import dev.samvad.relationship.text.AnalysisPath;
import dev.samvad.relationship.text.CallbackTime;
import dev.samvad.relationship.text.DisputeKind;
import dev.samvad.relationship.text.DisputeReason;
import dev.samvad.relationship.text.Entities;
import dev.samvad.relationship.text.Intent;
import dev.samvad.relationship.text.IntentScore;
import dev.samvad.relationship.text.LanguageReading;
import dev.samvad.relationship.text.PaymentReference;
import dev.samvad.relationship.text.PromisedDate;
import dev.samvad.relationship.text.ReferenceKind;
import dev.samvad.relationship.text.ReplyAnalysis;
import dev.samvad.relationship.text.ReplyText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule reader: clean → identify language → tokenise and normalise (Lucene) → match lexicon cues
 * → mark negation scope → read entities → score intents → score sentiment and commitment. Immutable
 * and thread-safe; the Lucene components are reused per thread.
 */
public final class ReplyEngine {
  /** Tokens read at most; with {@link #maxChars} this bounds the work per call. */
  static final int MAX_TOKENS = 1500;

  private final int maxChars;
  private final TextCleaner cleaner;
  private final Lexicon lexicon;
  private final LanguageIdentifier identifier;
  private final FestivalCalendar calendar;

  public ReplyEngine(
      int maxChars, Lexicon lexicon, LanguageIdentifier identifier, FestivalCalendar calendar) {
    this.maxChars = maxChars;
    this.cleaner = new TextCleaner(maxChars);
    this.lexicon = lexicon;
    this.identifier = identifier;
    this.calendar = calendar;
  }

  public int maxChars() {
    return maxChars;
  }

  public ReplyAnalysis analyze(ReplyText in) {
    TextCleaner.Cleaned cleaned = cleaner.clean(in.text());
    String text = cleaned.text();
    LanguageReading language = language(text, in.languageHint());
    Tokens tokens = Tokens.of(lexicon.reader(), text, MAX_TOKENS);
    Reading r = new Reading(tokens, dropSubsumed(lexicon.match(tokens)));
    markNegation(r);
    boolean[] injectionClause =
        new boolean[tokens.size == 0 ? 1 : tokens.clauses[tokens.size - 1] + 1];
    boolean injection = false;
    for (Cue c : r.all(Feature.Kind.INJECTION)) {
      injection = true;
      injectionClause[tokens.clauses[c.from()]] = true;
    }
    injection |= looksLikePromptMarkup(text);

    LocalDate today = in.receivedAt().atZone(in.zone()).toLocalDate();
    List<PaymentReference> refs = ReferenceReader.read(r);
    List<DateReader.DateMention> allDates = DateReader.read(r, today, calendar, in.state());
    List<AmountMention> amounts = AmountReader.read(r);
    List<DateReader.DateMention> dates = promiseDates(r, allDates);
    int utrs = 0;
    for (PaymentReference p : refs) {
      if (p.kind() == ReferenceKind.UTR) {
        utrs++;
      }
    }
    List<IntentScore> intents =
        IntentScorer.score(r, dates, amounts.size(), utrs, injection, injectionClause);
    SentimentScorer.Result feel = SentimentScorer.score(r, intents, dates);

    boolean promise = false;
    boolean callback = false;
    boolean dispute = false;
    for (IntentScore s : intents) {
      promise |=
          s.intent() == Intent.PROMISE_TO_PAY
              || s.intent() == Intent.PARTIAL_PAYMENT_OFFER
              || s.intent() == Intent.EXTENSION_REQUEST;
      callback |= s.intent() == Intent.CALLBACK_REQUEST;
      dispute |= s.intent() == Intent.DISPUTE;
    }
    List<PromisedDate> promised = new ArrayList<>(dates.size());
    if (promise) {
      boolean hedged = !feel.commitment().hedges().isEmpty();
      for (DateReader.DateMention d : dates) {
        promised.add(
            new PromisedDate(d.date(), !d.vague() && !hedged, d.basis(), r.span(d.from(), d.to())));
      }
    }
    List<CallbackTime> callbacks = new ArrayList<>(1);
    if (callback) {
      CallbackReader.read(r, allDates).ifPresent(callbacks::add);
    }
    List<DisputeReason> reasons = dispute ? disputeReasons(r) : List.of();
    Entities entities = new Entities(promised, amounts, refs, callbacks, reasons);
    AnalysisFlags flags =
        new AnalysisFlags(
            cleaned.truncated(),
            cleaned.markupStripped(),
            cleaned.invalidReplaced(),
            injection,
            tokens.size == 0);
    return new ReplyAnalysis(
        language,
        feel.sentiment(),
        intents,
        entities,
        feel.commitment(),
        flags,
        AnalysisPath.RULES,
        text.length());
  }

  private LanguageReading language(String text, Optional<LanguageForm> hint) {
    LanguageGuess g = identifier.identify(text);
    if (g.isUnknown() && hint.isPresent()) {
      LanguageForm h = hint.get();
      return new LanguageReading(h, 0.0, List.of(), h.script(), true);
    }
    return new LanguageReading(
        g.language(), g.confidence(), g.mixture(), g.dominantScript(), false);
  }

  /**
   * Drops an intent or negation cue lying strictly inside a longer cue of another kind: the longer
   * phrase is the more specific reading ("will be cleared" is a promise, not the payment claim
   * "cleared"; "cheque no" is a number, not a negation; "maal nahi mila" is not the acknowledgement
   * "mila").
   */
  static List<Cue> dropSubsumed(List<Cue> cues) {
    if (cues.size() < 2) {
      return cues;
    }
    List<Cue> out = new ArrayList<>(cues.size());
    for (Cue c : cues) {
      boolean inner = false;
      if (c.kind() == Feature.Kind.NEG || IntentScorer.isIntent(c.kind())) {
        for (Cue o : cues) {
          if (o.kind() != c.kind()
              && o.from() <= c.from()
              && c.to() <= o.to()
              && o.to() - o.from() > c.to() - c.from()
              && (o.kind() != Feature.Kind.NEG)) {
            inner = true;
            break;
          }
        }
      }
      if (!inner) {
        out.add(c);
      }
    }
    return out;
  }

  /** A cue is negated by a negation word at most two tokens before or after it in its clause. */
  private static void markNegation(Reading r) {
    List<Cue> negs = r.all(Feature.Kind.NEG);
    if (negs.isEmpty()) {
      return;
    }
    Tokens t = r.tokens;
    for (int idx = 0; idx < r.cues.size(); idx++) {
      Cue c = r.cues.get(idx);
      if (!IntentScorer.negatable(c.kind())) {
        continue;
      }
      for (Cue n : negs) {
        boolean before = n.to() <= c.from() && c.from() - n.to() <= 2;
        boolean after = n.from() >= c.to() && n.from() - c.to() <= 2;
        if ((before && t.clauses[n.from()] == t.clauses[c.from()])
            || (after && t.clauses[n.from()] == t.clauses[c.to() - 1])) {
          r.negated[idx] = true;
          break;
        }
      }
    }
  }

  /** Dates that can be promises: not in a clause that only reports a payment already made. */
  private static List<DateReader.DateMention> promiseDates(
      Reading r, List<DateReader.DateMention> all) {
    if (all.isEmpty()) {
      return all;
    }
    Tokens t = r.tokens;
    List<DateReader.DateMention> out = new ArrayList<>(all.size());
    for (DateReader.DateMention d : all) {
      int clause = t.clauses[d.from()];
      boolean paidHere = false;
      boolean promiseHere = false;
      boolean callbackHere = false;
      for (int idx = 0; idx < r.cues.size(); idx++) {
        Cue c = r.cues.get(idx);
        if (t.clauses[c.from()] != clause || r.negated[idx]) {
          continue;
        }
        paidHere |= c.kind() == Feature.Kind.PAID;
        promiseHere |= c.kind() == Feature.Kind.PROMISE || c.kind() == Feature.Kind.EXTENSION;
        callbackHere |= c.kind() == Feature.Kind.CALLBACK;
      }
      if ((paidHere || callbackHere) && !promiseHere) {
        continue;
      }
      out.add(d);
    }
    return out;
  }

  private static List<DisputeReason> disputeReasons(Reading r) {
    List<DisputeReason> out = new ArrayList<>(2);
    for (Cue c : r.all(Feature.Kind.DISPUTE)) {
      DisputeKind kind;
      try {
        kind =
            c.feature().arg().isEmpty()
                ? DisputeKind.UNSPECIFIED
                : DisputeKind.valueOf(c.feature().arg().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        kind = DisputeKind.UNSPECIFIED;
      }
      DisputeKind k = kind;
      if (out.stream().noneMatch(x -> x.kind() == k)) {
        out.add(new DisputeReason(kind, r.span(c)));
      }
    }
    if (out.size() > 1) {
      out.removeIf(x -> x.kind() == DisputeKind.UNSPECIFIED);
    }
    return out;
  }

  /** Chat-template and role markers that only make sense addressed to a language model. */
  private static boolean looksLikePromptMarkup(String text) {
    return text.contains("<|") || text.contains("[INST]") || text.contains("###");
  }
}
