package dev.samvad.culture.language;

import dev.samvad.api.LanguageForm;
import dev.samvad.api.Script;
import dev.samvad.culture.LanguageGuess;
import dev.samvad.culture.LanguageShare;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The engine behind {@link dev.samvad.culture.LanguageIdentifier}; internal, no compatibility
 * promise. One pass over the text: each char's script comes from {@link ScriptTable}, words are
 * hashed as they are read ({@link WordHash}) and looked up in the lexicon {@link WordTable}; a few
 * letters that only one language of a shared script uses add their own evidence. Then each script
 * present resolves to one language ({@link #resolve}), the script with most (weighted) letters
 * names the answer, and the recognised words give the mixture. Apart from the result and a few
 * arrays of some twenty numbers, nothing is allocated per call.
 */
public final class LanguageScorer {

  /** Chars examined at most; the rest of a longer text is ignored, which keeps a call bounded. */
  public static final int MAX_EXAMINED_CHARS = 8192;

  /** Words longer than this (in normalised chars) are counted but not looked up. */
  private static final int MAX_WORD = 40;

  /**
   * Letters of a native Indic or Arabic script weigh this much more than Latin ones when picking
   * the dominant script: someone who switches keyboard to type their own script has chosen their
   * language, while Latin fragments in such replies are mostly UTRs, bank names and product terms.
   */
  private static final float NATIVE_LETTER_WEIGHT = 2f;

  /** Priors that break ties toward the most common language of a shared script. */
  private static final float HINDI_PRIOR = 0.3f;

  private static final float BENGALI_PRIOR = 0.3f;
  private static final float URDU_PRIOR = 1.5f;

  /** Romanised evidence needed to call Latin text an Indian language rather than English. */
  private static final float ROMANISED_MIN = 0.5f;

  private static final float ROMANISED_TO_ENGLISH = 0.3f;

  /** English part of the evidence above which a text is code-mixed. */
  private static final float MIXED_SHARE = 0.25f;

  private static final int LATIN = Script.LATIN.ordinal();
  private static final int DEVANAGARI = Script.DEVANAGARI.ordinal();
  private static final int BENGALI = Script.BENGALI.ordinal();
  private static final int ARABIC = Script.ARABIC.ordinal();
  private static final int SCRIPT_COUNT = ScriptTable.SCRIPTS.length;

  /** The language of a script that only one language uses, by script ordinal (else null). */
  private static final LanguageForm[] SOLE_LANGUAGE = soleLanguages();

  private static final Candidate[] DEVANAGARI_RIVALS = {Candidate.HI, Candidate.MR, Candidate.NE};
  private static final Candidate[] BENGALI_RIVALS = {Candidate.BN, Candidate.AS};
  private static final Candidate[] ARABIC_RIVALS = {Candidate.UR, Candidate.SD, Candidate.KS};

  private static final int CUE_FIRST = 0x0600;

  /** For chars from U+0600 to U+09FF: the candidate (ordinal + 1) the letter is evidence for. */
  private static final byte[] CUE = cues();

  private final WordTable words;

  private LanguageScorer(WordTable words) {
    this.words = words;
  }

  /** Loads the bundled lexicons. */
  public static LanguageScorer load() {
    return new LanguageScorer(Lexicons.load());
  }

  /** Number of entries (words and suffixes) in all lexicons. */
  public int lexiconEntries() {
    return words.size();
  }

  /** Approximate heap bytes of the lexicon tables. */
  public long lexiconHeapBytes() {
    return words.heapBytes();
  }

  /** See {@link dev.samvad.culture.LanguageIdentifier#identify(CharSequence)}. */
  public LanguageGuess identify(@Nullable CharSequence text) {
    if (text == null) {
      return LanguageGuess.unknown();
    }
    int n = Math.min(text.length(), MAX_EXAMINED_CHARS);
    int[] letters = new int[SCRIPT_COUNT];
    int[] wordCount = new int[SCRIPT_COUNT];
    float[] score = new float[Candidate.COUNT];
    float[] share = new float[Candidate.COUNT];

    int script = -1;
    long hash = WordHash.SEED;
    char prev = 0;
    char c1 = 0;
    char c2 = 0;
    char c3 = 0;
    int length = 0;
    for (int i = 0; i <= n; i++) {
      int code;
      char c;
      if (i < n) {
        c = text.charAt(i);
        code = ScriptTable.code(c);
        if (code == ScriptTable.JOINER) {
          continue;
        }
      } else {
        c = 0;
        code = ScriptTable.SEPARATOR;
      }
      int s = code - 1;
      if (s != script) {
        if (script >= 0) {
          wordCount[script]++;
          lookUp(script, hash, length, c3, c2, c1, score, share);
        }
        script = s;
        hash = WordHash.SEED;
        prev = 0;
        length = 0;
        c1 = c2 = c3 = 0;
      }
      if (s < 0) {
        continue;
      }
      letters[s]++;
      if (s == LATIN) {
        c = WordHash.foldLatin(c);
        if (c == prev) {
          continue;
        }
      } else if (c >= CUE_FIRST && c < CUE_FIRST + CUE.length) {
        int cue = CUE[c - CUE_FIRST];
        if (cue != 0) {
          score[cue - 1] += cue - 1 == Candidate.AS.ordinal() ? 1.5f : 1f;
        }
      }
      prev = c;
      hash = WordHash.mix(hash, c);
      length++;
      c3 = c2;
      c2 = c1;
      c1 = c;
    }
    return decide(letters, wordCount, score, share);
  }

  private void lookUp(
      int script, long hash, int length, char c3, char c2, char c1, float[] score, float[] share) {
    if (script != LATIN && script != DEVANAGARI && script != BENGALI) {
      return;
    }
    int slot = length <= MAX_WORD ? words.find(WordHash.nonZero(hash)) : -1;
    if (slot < 0 && script != LATIN && length >= 3) {
      slot = words.find(WordHash.nonZero(WordHash.suffix(3, c3, c2, c1)));
      if (slot < 0) {
        slot = words.find(WordHash.nonZero(WordHash.suffix(2, c3, c2, c1)));
      }
      if (slot < 0) {
        slot = words.find(WordHash.nonZero(WordHash.suffix(1, c3, c2, c1)));
      }
    }
    if (slot >= 0) {
      words.addTo(slot, score, share);
    }
  }

  /**
   * Letters only one language of a shared script uses: ळ for Marathi (and Konkani); ৰ and ৱ for
   * Assamese (worth 1.5); ٻ ڀ ٺ ٽ ٿ ڄ ڃ ڇ ڊ ڌ ڍ ڏ ڙ ڦ ڪ ڱ ڳ ڻ, Sindhi letters Urdu does not use; ٲ
   * ٳ ۆ ێ ٮ ۄ, Kashmiri vowels.
   */
  private static byte[] cues() {
    byte[] cue = new byte[0x0A00 - CUE_FIRST];
    cue['\u0933' - CUE_FIRST] = (byte) (Candidate.MR.ordinal() + 1);
    for (char c : "\u09F0\u09F1".toCharArray()) {
      cue[c - CUE_FIRST] = (byte) (Candidate.AS.ordinal() + 1);
    }
    for (char c :
        ("\u067B\u0680\u067A\u067D\u067F\u0684\u0683\u0687\u068A\u068C\u068D\u068F\u0699"
                + "\u06A6\u06AA\u06B1\u06B3\u06BB")
            .toCharArray()) {
      cue[c - CUE_FIRST] = (byte) (Candidate.SD.ordinal() + 1);
    }
    for (char c : "\u0672\u0673\u06C6\u06CE\u066E\u06C4".toCharArray()) {
      cue[c - CUE_FIRST] = (byte) (Candidate.KS.ordinal() + 1);
    }
    return cue;
  }

  private LanguageGuess decide(int[] letters, int[] wordCount, float[] score, float[] share) {
    int dominant = -1;
    float dominantWeight = 0;
    float totalWeight = 0;
    for (int s = 0; s < SCRIPT_COUNT; s++) {
      float weight = s == LATIN ? letters[s] : letters[s] * NATIVE_LETTER_WEIGHT;
      totalWeight += weight;
      if (weight > dominantWeight) {
        dominant = s;
        dominantWeight = weight;
      }
    }
    if (dominant < 0) {
      return LanguageGuess.unknown();
    }
    score[Candidate.HI.ordinal()] += HINDI_PRIOR;
    score[Candidate.BN.ordinal()] += BENGALI_PRIOR;
    score[Candidate.UR.ordinal()] += URDU_PRIOR;

    Mixture mixture = new Mixture();
    LanguageForm answer = null;
    double within = 0;
    int latinRoman = -1;
    for (int s = 0; s < SCRIPT_COUNT; s++) {
      if (letters[s] == 0) {
        continue;
      }
      LanguageForm form;
      double sure;
      if (s == LATIN) {
        latinRoman = bestRomanised(score);
        float roman = score[latinRoman];
        float english = score[Candidate.EN.ordinal()];
        boolean romanised = roman >= ROMANISED_MIN && roman >= ROMANISED_TO_ENGLISH * english;
        float recognised = 0;
        for (Candidate c : Candidate.ALL) {
          if (c.script == Script.LATIN) {
            recognised += share[c.ordinal()];
          }
        }
        if (recognised == 0) {
          mixture.add(LanguageForm.ENGLISH, wordCount[s]);
          form = LanguageForm.ENGLISH;
          sure = 0.3;
        } else {
          float romanShare = recognised - share[Candidate.EN.ordinal()];
          mixture.add(LanguageForm.ENGLISH, share[Candidate.EN.ordinal()]);
          mixture.add(Candidate.ALL[latinRoman].form(false), romanShare);
          if (romanised) {
            boolean mixed = english >= MIXED_SHARE * (english + roman);
            form = Candidate.ALL[latinRoman].form(mixed);
            sure = margin(roman, secondRomanised(score, latinRoman), 2f);
          } else {
            form = LanguageForm.ENGLISH;
            sure = margin(english, roman, 2f);
          }
        }
      } else if (SOLE_LANGUAGE[s] != null) {
        form = SOLE_LANGUAGE[s];
        sure = 0.97;
        mixture.add(form, wordCount[s]);
      } else {
        Candidate[] rivals =
            s == DEVANAGARI ? DEVANAGARI_RIVALS : s == BENGALI ? BENGALI_RIVALS : ARABIC_RIVALS;
        Candidate best = rivals[0];
        float second = 0;
        for (int r = 1; r < rivals.length; r++) {
          float v = score[rivals[r].ordinal()];
          if (v > score[best.ordinal()]) {
            second = score[best.ordinal()];
            best = rivals[r];
          } else if (v > second) {
            second = v;
          }
        }
        form = best.form(false);
        sure = margin(score[best.ordinal()], second, 2.5f);
        mixture.add(form, wordCount[s]);
      }
      if (s == dominant) {
        answer = form;
        within = sure;
      }
    }
    List<LanguageShare> shares = mixture.shares();
    if (dominant != LATIN && answer != null) {
      double englishShare = 0;
      for (LanguageShare part : shares) {
        if (part.language().equals(LanguageForm.ENGLISH)) {
          englishShare = part.share();
        }
      }
      if (englishShare >= 0.3) {
        answer = new LanguageForm(answer.language(), answer.script(), true);
      }
    }
    double dominance = dominantWeight / totalWeight;
    double confidence = clamp(within * (0.5 + 0.5 * dominance));
    return new LanguageGuess(
        answer, confidence, shares, ScriptTable.SCRIPTS[dominant], answer.codeMixed());
  }

  /**
   * Confidence from the winner's lead over the runner-up, scaled down when the evidence is thin
   * (less than {@code enough} worth of words).
   */
  private static double margin(float best, float second, float enough) {
    if (best <= 0) {
      return 0.3;
    }
    double lead = (best - second) / best;
    double evidence = Math.min(1.0, best / enough);
    return 0.35 + 0.62 * lead * (0.4 + 0.6 * evidence);
  }

  private static int bestRomanised(float[] score) {
    int best = Candidate.HI_LATN.ordinal();
    for (Candidate c : Candidate.ALL) {
      if (c.isRomanised() && score[c.ordinal()] > score[best]) {
        best = c.ordinal();
      }
    }
    return best;
  }

  private static float secondRomanised(float[] score, int best) {
    float second = 0;
    for (Candidate c : Candidate.ALL) {
      if (c.isRomanised() && c.ordinal() != best) {
        second = Math.max(second, score[c.ordinal()]);
      }
    }
    return second;
  }

  private static double clamp(double v) {
    return v < 0 ? 0 : (v > 1 ? 1 : v);
  }

  private static LanguageForm[] soleLanguages() {
    LanguageForm[] sole = new LanguageForm[SCRIPT_COUNT];
    sole[Script.GURMUKHI.ordinal()] = dev.samvad.api.Language.PUNJABI.form();
    sole[Script.GUJARATI.ordinal()] = dev.samvad.api.Language.GUJARATI.form();
    sole[Script.ODIA.ordinal()] = dev.samvad.api.Language.ODIA.form();
    sole[Script.TAMIL.ordinal()] = dev.samvad.api.Language.TAMIL.form();
    sole[Script.TELUGU.ordinal()] = dev.samvad.api.Language.TELUGU.form();
    sole[Script.KANNADA.ordinal()] = dev.samvad.api.Language.KANNADA.form();
    sole[Script.MALAYALAM.ordinal()] = dev.samvad.api.Language.MALAYALAM.form();
    sole[Script.OL_CHIKI.ordinal()] = dev.samvad.api.Language.SANTALI.form();
    sole[Script.MEETEI_MAYEK.ordinal()] =
        new LanguageForm(dev.samvad.api.Language.MANIPURI, Script.MEETEI_MAYEK, false);
    return sole;
  }

  /** Accumulates (form, weight) pairs; at most one per script plus English. */
  private static final class Mixture {
    private final LanguageForm[] forms = new LanguageForm[SCRIPT_COUNT + 2];
    private final double[] weights = new double[SCRIPT_COUNT + 2];
    private int size;

    void add(LanguageForm form, double weight) {
      if (!(weight > 0)) {
        return;
      }
      for (int i = 0; i < size; i++) {
        if (forms[i].equals(form)) {
          weights[i] += weight;
          return;
        }
      }
      forms[size] = form;
      weights[size++] = weight;
    }

    List<LanguageShare> shares() {
      double total = 0;
      for (int i = 0; i < size; i++) {
        total += weights[i];
      }
      if (total <= 0) {
        return List.of();
      }
      LanguageShare[] out = new LanguageShare[size];
      for (int i = 0; i < size; i++) {
        LanguageShare share = new LanguageShare(forms[i], Math.min(1.0, weights[i] / total));
        int j = i;
        while (j > 0 && before(share, out[j - 1])) {
          out[j] = out[j - 1];
          j--;
        }
        out[j] = share;
      }
      return List.of(out);
    }

    /** Larger share first; equal shares by tag, so the order is deterministic. */
    private static boolean before(LanguageShare a, LanguageShare b) {
      return a.share() != b.share()
          ? a.share() > b.share()
          : a.language().tag().compareTo(b.language().tag()) < 0;
    }
  }
}
