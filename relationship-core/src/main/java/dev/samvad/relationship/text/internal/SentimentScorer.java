package dev.samvad.relationship.text.internal;

import dev.samvad.relationship.text.Commitment;
import dev.samvad.relationship.text.CommitmentStrength;
import dev.samvad.relationship.text.Emotion;
import dev.samvad.relationship.text.EmotionScore;
import dev.samvad.relationship.text.Intent;
import dev.samvad.relationship.text.IntentScore;
import dev.samvad.relationship.text.PolarityLabel;
import dev.samvad.relationship.text.Sentiment;
import dev.samvad.relationship.text.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Polarity, emotions and commitment from the cues.
 *
 * <ul>
 *   <li>each valence word counts its weight; an intensifier ("bahut", "very", "khub") just before
 *       it multiplies by 1.5, a diminisher ("thoda", "slightly") by 0.5, a negation flips it to
 *       −0.6×;
 *   <li>after a contrast word ("but", "lekin", "par", "magar", "kintu", "aana") the rest counts
 *       1.5× and what came before 0.5×: "maal accha tha lekin rate galat hai" is negative;
 *   <li>intents carry a small prior (a dispute leans negative, a payment positive);
 *   <li>"!!" strengthens what is there; "??" and question words raise confusion; SHOUTING raises
 *       frustration;
 *   <li>polarity is {@code tanh} of the sum; confidence grows with the amount of evidence.
 * </ul>
 */
final class SentimentScorer {
  private SentimentScorer() {}

  record Result(Sentiment sentiment, Commitment commitment) {}

  static Result score(Reading r, List<IntentScore> intents, List<DateReader.DateMention> dates) {
    Tokens t = r.tokens;
    int contrastAt = -1;
    for (Cue c : r.all(Feature.Kind.CONTRAST)) {
      contrastAt = Math.max(contrastAt, c.from());
    }
    double sum = 0;
    int evidence = 0;
    double[] emo = new double[Emotion.values().length];
    int[] emoN = new int[Emotion.values().length];
    for (int idx = 0; idx < r.cues.size(); idx++) {
      Cue c = r.cues.get(idx);
      if (c.kind() == Feature.Kind.VALENCE) {
        double v = c.feature().value();
        if (preceded(r, c, Feature.Kind.INTENS)) {
          v *= 1.5;
        } else if (preceded(r, c, Feature.Kind.DIMIN)) {
          v *= 0.5;
        }
        if (r.negated[idx]) {
          v *= -0.6;
        }
        if (contrastAt >= 0) {
          v *= c.from() > contrastAt ? 1.5 : 0.5;
        }
        sum += v;
        evidence++;
        if (v < 0) {
          add(emo, emoN, Emotion.FRUSTRATION, -v * 0.6);
        } else {
          add(emo, emoN, Emotion.SATISFACTION, v * 0.7);
        }
      } else if (c.kind() == Feature.Kind.EMOTION && !r.negated[idx]) {
        Emotion e = Emotion.valueOf(c.feature().arg().toUpperCase(java.util.Locale.ROOT));
        add(emo, emoN, e, c.feature().value());
      } else if (c.kind() == Feature.Kind.POLITE) {
        sum += 0.1;
        add(emo, emoN, Emotion.TRUST, 0.15);
      }
    }
    for (IntentScore s : intents) {
      double prior =
          switch (s.intent()) {
            case DISPUTE -> -0.45;
            case ABUSIVE -> -1.0;
            case OPT_OUT -> -0.35;
            case HARDSHIP -> -0.3;
            case WRONG_CONTACT -> -0.1;
            case ALREADY_PAID -> 0.25;
            case PROMISE_TO_PAY -> 0.1;
            default -> 0.0;
          };
      if (prior != 0) {
        sum += prior * s.score();
        evidence++;
      }
      switch (s.intent()) {
        case DISPUTE -> add(emo, emoN, Emotion.FRUSTRATION, 0.35);
        case ABUSIVE -> add(emo, emoN, Emotion.FRUSTRATION, 0.8);
        case OPT_OUT -> add(emo, emoN, Emotion.FRUSTRATION, 0.3);
        case QUESTION -> add(emo, emoN, Emotion.CONFUSION, 0.3);
        case ALREADY_PAID -> add(emo, emoN, Emotion.TRUST, 0.3);
        case HARDSHIP -> add(emo, emoN, Emotion.URGENCY, 0.1);
        default -> {}
      }
    }
    String text = t.text;
    int bangs = run(text, '!');
    int questions = run(text, '?');
    if (bangs >= 2) {
      sum *= 1.3;
      add(emo, emoN, sum < 0 ? Emotion.FRUSTRATION : Emotion.URGENCY, 0.25);
    }
    if (questions >= 2) {
      add(emo, emoN, Emotion.CONFUSION, 0.35);
      add(emo, emoN, Emotion.FRUSTRATION, 0.15);
    }
    if (shouting(text)) {
      sum -= 0.2;
      evidence++;
      add(emo, emoN, Emotion.FRUSTRATION, 0.3);
    }
    Commitment commitment = commitment(r, intents, dates);
    if (commitment.strength() == CommitmentStrength.FIRM) {
      add(emo, emoN, Emotion.TRUST, 0.35);
    } else if (commitment.strength() == CommitmentStrength.WEAK) {
      emo[Emotion.TRUST.ordinal()] *= 0.5;
      emoN[Emotion.TRUST.ordinal()]++;
    }
    double polarity = clamp(Math.tanh(sum), -1, 1);
    double confidence = clamp(evidence == 0 ? 0.2 : 0.3 + 0.15 * evidence, 0, 1);
    Map<Emotion, EmotionScore> emotions = new EnumMap<>(Emotion.class);
    for (Emotion e : Emotion.values()) {
      int n = emoN[e.ordinal()];
      double s = 1.0 - Math.exp(-emo[e.ordinal()] * 1.5);
      emotions.put(
          e,
          n == 0
              ? EmotionScore.NONE
              : new EmotionScore(IntentScorer.round(clamp(s, 0, 1)), clamp(0.3 + 0.2 * n, 0, 1)));
    }
    polarity = IntentScorer.round(polarity);
    return new Result(
        new Sentiment(
            polarity, IntentScorer.round(confidence), PolarityLabel.of(polarity), emotions),
        commitment);
  }

  private static Commitment commitment(
      Reading r, List<IntentScore> intents, List<DateReader.DateMention> dates) {
    boolean promise = false;
    boolean extension = false;
    for (IntentScore s : intents) {
      promise |= s.intent() == Intent.PROMISE_TO_PAY || s.intent() == Intent.PARTIAL_PAYMENT_OFFER;
      extension |= s.intent() == Intent.EXTENSION_REQUEST;
    }
    List<Span> hedges = new ArrayList<>();
    for (Cue c : r.all(Feature.Kind.HEDGE)) {
      hedges.add(r.span(c));
    }
    if (!promise) {
      return extension
          ? new Commitment(CommitmentStrength.WEAK, 0.2, hedges)
          : new Commitment(CommitmentStrength.NONE, 0.0, hedges);
    }
    if (!hedges.isEmpty()) {
      return new Commitment(CommitmentStrength.WEAK, 0.3, hedges);
    }
    boolean firmWord = false;
    for (int idx = 0; idx < r.cues.size(); idx++) {
      firmWord |= r.cues.get(idx).kind() == Feature.Kind.FIRM && !r.negated[idx];
    }
    boolean specific = false;
    for (DateReader.DateMention d : dates) {
      specific |= !d.vague();
    }
    if (firmWord || specific) {
      return new Commitment(CommitmentStrength.FIRM, firmWord && specific ? 0.95 : 0.85, hedges);
    }
    return new Commitment(CommitmentStrength.MODERATE, 0.6, hedges);
  }

  private static boolean preceded(Reading r, Cue c, Feature.Kind kind) {
    for (Cue m : r.all(kind)) {
      if (m.to() <= c.from() && c.from() - m.to() <= 1) {
        return true;
      }
    }
    return false;
  }

  private static void add(double[] emo, int[] n, Emotion e, double v) {
    emo[e.ordinal()] += v;
    n[e.ordinal()]++;
  }

  /** Longest run of {@code c} in {@code text}. */
  private static int run(String text, char c) {
    int best = 0;
    int cur = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        cur++;
        best = Math.max(best, cur);
      } else if (text.charAt(i) != ' ') {
        cur = 0;
      }
    }
    return best;
  }

  /** At least eight Latin letters, nearly all capitals. */
  private static boolean shouting(String text) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (Character.isUpperCase(c)) {
          upper++;
        } else if (Character.isLowerCase(c)) {
          lower++;
        }
      }
    }
    return upper >= 8 && upper > 4 * lower;
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
