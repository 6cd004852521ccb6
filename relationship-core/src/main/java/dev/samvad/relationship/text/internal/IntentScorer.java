package dev.samvad.relationship.text.internal;

import dev.samvad.relationship.text.Intent;
import dev.samvad.relationship.text.IntentScore;
import dev.samvad.relationship.text.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns cues into intent scores: each cue adds evidence by noisy-or ({@code 1 − Π(1 − w)}), negated
 * cues add none, and a few rules over the whole reply add or remove evidence (documented on each
 * step). Intents at or above {@link #THRESHOLD} are kept.
 */
final class IntentScorer {
  static final double THRESHOLD = 0.5;

  private static final Map<Feature.Kind, Intent> INTENT_OF = new EnumMap<>(Feature.Kind.class);

  static {
    INTENT_OF.put(Feature.Kind.PROMISE, Intent.PROMISE_TO_PAY);
    INTENT_OF.put(Feature.Kind.PAID, Intent.ALREADY_PAID);
    INTENT_OF.put(Feature.Kind.PARTIAL, Intent.PARTIAL_PAYMENT_OFFER);
    INTENT_OF.put(Feature.Kind.EXTENSION, Intent.EXTENSION_REQUEST);
    INTENT_OF.put(Feature.Kind.DISPUTE, Intent.DISPUTE);
    INTENT_OF.put(Feature.Kind.INVOICE, Intent.INVOICE_COPY_REQUEST);
    INTENT_OF.put(Feature.Kind.CALLBACK, Intent.CALLBACK_REQUEST);
    INTENT_OF.put(Feature.Kind.HARDSHIP, Intent.HARDSHIP);
    INTENT_OF.put(Feature.Kind.WRONG_CONTACT, Intent.WRONG_CONTACT);
    INTENT_OF.put(Feature.Kind.OPT_OUT, Intent.OPT_OUT);
    INTENT_OF.put(Feature.Kind.ACK, Intent.ACKNOWLEDGEMENT);
    INTENT_OF.put(Feature.Kind.QUESTION, Intent.QUESTION);
    INTENT_OF.put(Feature.Kind.ABUSIVE, Intent.ABUSIVE);
  }

  private IntentScorer() {}

  static boolean isIntent(Feature.Kind k) {
    return INTENT_OF.containsKey(k);
  }

  /** Intent kinds whose cues a nearby negation cancels. */
  static boolean negatable(Feature.Kind k) {
    return switch (k) {
      case PROMISE, PAID, ACK, VALENCE, EMOTION, FIRM, PAYWORD -> true;
      default -> false;
    };
  }

  /** Evidence accumulated for one intent. */
  private static final class Evidence {
    double none = 1.0;
    final List<Span> spans = new ArrayList<>(2);
    boolean fromWords;

    void add(double w, Span s, boolean word) {
      none *= 1.0 - Math.max(0.0, Math.min(0.99, w));
      if (s != null && !spans.contains(s)) {
        spans.add(s);
      }
      fromWords |= word;
    }

    double score() {
      return 1.0 - none;
    }
  }

  static List<IntentScore> score(
      Reading r,
      List<DateReader.DateMention> dates,
      int amounts,
      int utrs,
      boolean injection,
      boolean[] injectionClause) {
    Map<Intent, Evidence> ev = new EnumMap<>(Intent.class);
    Tokens t = r.tokens;
    for (int idx = 0; idx < r.cues.size(); idx++) {
      Cue c = r.cues.get(idx);
      Intent intent = INTENT_OF.get(c.kind());
      if (intent == null || r.negated[idx]) {
        continue;
      }
      if (intent == Intent.ALREADY_PAID
          && (injectionClause[t.clauses[c.from()]]
              || (injection && utrs == 0 && c.to() - c.from() == 1))) {
        // "mark invoice paid" inside an instruction is not a payment claim; and in a text that
        // addresses a machine, a lone "paid" needs a quoted reference to count
        continue;
      }
      ev.computeIfAbsent(intent, k -> new Evidence()).add(c.feature().value(), r.span(c), true);
    }
    // a quoted UTR is strong evidence of payment
    if (utrs > 0) {
      ev.computeIfAbsent(Intent.ALREADY_PAID, k -> new Evidence()).add(0.6, null, false);
    }
    // a question mark asks something
    int q = Math.max(t.text.lastIndexOf('?'), t.text.lastIndexOf('؟'));
    if (q >= 0) {
      ev.computeIfAbsent(Intent.QUESTION, k -> new Evidence())
          .add(0.45, new Span(q, q + 1, t.text.substring(q, q + 1)), false);
    }
    boolean paid = has(ev, Intent.ALREADY_PAID);
    // a date with talk of payment, and no claim of having paid, is a promise
    if (!dates.isEmpty()
        && !paid
        && (amounts > 0 || anyLive(r, Feature.Kind.PAYWORD) || r.has(Feature.Kind.MODE))) {
      DateReader.DateMention d = dates.get(0);
      ev.computeIfAbsent(Intent.PROMISE_TO_PAY, k -> new Evidence())
          .add(0.5, r.span(d.from(), d.to()), false);
    }
    // "baaki", "half", "part" next to a promise offers part of the dues
    if (has(ev, Intent.PROMISE_TO_PAY) && r.has(Feature.Kind.PART)) {
      Cue part = r.all(Feature.Kind.PART).get(0);
      ev.computeIfAbsent(Intent.PARTIAL_PAYMENT_OFFER, k -> new Evidence())
          .add(0.5, r.span(part), true);
    }
    if (injection
        && ev.containsKey(Intent.ALREADY_PAID)
        && ev.get(Intent.ALREADY_PAID).score() < 0.7) {
      ev.remove(Intent.ALREADY_PAID);
    }
    List<IntentScore> out = new ArrayList<>(4);
    boolean substantive = false;
    for (Map.Entry<Intent, Evidence> e : ev.entrySet()) {
      Intent i = e.getKey();
      if (e.getValue().score() >= THRESHOLD
          && i != Intent.ACKNOWLEDGEMENT
          && i != Intent.QUESTION) {
        substantive = true;
      }
    }
    for (Map.Entry<Intent, Evidence> e : ev.entrySet()) {
      Intent i = e.getKey();
      Evidence x = e.getValue();
      double s = x.score();
      if (s < THRESHOLD) {
        continue;
      }
      if (i == Intent.ACKNOWLEDGEMENT && substantive) {
        continue;
      }
      if (i == Intent.QUESTION && substantive) {
        continue; // a question that comes with a request or a claim is part of it
      }
      out.add(new IntentScore(i, round(s), x.spans));
    }
    if (out.isEmpty()) {
      out.add(new IntentScore(Intent.OTHER, 1.0, List.of()));
    }
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
    return out;
  }

  private static boolean has(Map<Intent, Evidence> ev, Intent i) {
    Evidence e = ev.get(i);
    return e != null && e.score() >= THRESHOLD;
  }

  private static boolean anyLive(Reading r, Feature.Kind kind) {
    for (int idx = 0; idx < r.cues.size(); idx++) {
      if (r.cues.get(idx).kind() == kind && !r.negated[idx]) {
        return true;
      }
    }
    return false;
  }

  static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
