package dev.samvad.relationship.text.internal;

import java.lang.Character.UnicodeScript;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.bn.BengaliNormalizationFilter;
import org.apache.lucene.analysis.bn.BengaliStemFilter;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.hi.HindiStemFilter;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.te.TeluguNormalizationFilter;
import org.apache.lucene.analysis.te.TeluguStemFilter;
import org.tartarus.snowball.ext.TamilStemmer;

/**
 * The one analysis chain every reply and every lexicon entry goes through, so the two always meet
 * in the same form.
 *
 * <pre>
 * StandardTokenizer (UAX#29 words, numbers, emoji)
 *  → LowerCaseFilter
 *  → IndicNormalizationFilter      (Indic scripts: canonical vowel signs, nukta forms)
 *  → HindiNormalizationFilter      (Devanagari: Hindi, Marathi, Nepali)
 *  → BengaliNormalizationFilter    (Bengali script: Bengali, Assamese)
 *  → TeluguNormalizationFilter     (Telugu)
 *  → RomanisedVariantFilter        (Latin: nhi/nai → nahi, squeezes "nahiii")
 *  → SetKeywordMarkerFilter        (lexicon words keep their exact form; only the rest is stemmed)
 *  → HindiStemFilter, BengaliStemFilter, TeluguStemFilter, Snowball Tamil (each on its script)
 * </pre>
 *
 * <p>Every script-specific filter is wrapped in a {@link ScriptFilter} (a Lucene {@code
 * ConditionalTokenFilter}) so it only sees tokens of its script.
 *
 * <p>No stop-word filter: Lucene's Indic stop sets contain the negations (नहीं, না, not) that
 * decide what a reply means. The normalisers only touch letters of their own script, so one chain
 * serves code-mixed text; Kannada, Malayalam, Gujarati, Gurmukhi and Odia get Indic normalisation
 * and the lexicon's prefix entries (a light suffix rule) instead of a stemmer, as Lucene has none.
 *
 * <p>Components are reused per thread (Lucene's global reuse strategy); build one instance and
 * share it.
 */
public final class ReplyTokenAnalyzer extends Analyzer {
  private final CharArrayMap<char[]> variants;
  private final CharArraySet protectedWords;
  private final boolean stem;

  private ReplyTokenAnalyzer(
      CharArrayMap<char[]> variants, CharArraySet protectedWords, boolean stem) {
    this.variants = variants;
    this.protectedWords = protectedWords;
    this.stem = stem;
  }

  /** The chain without stemming: used to bring lexicon words to their protected form. */
  static ReplyTokenAnalyzer normalizing(CharArrayMap<char[]> variants) {
    return new ReplyTokenAnalyzer(variants, CharArraySet.EMPTY_SET, false);
  }

  /** The full chain; {@code protectedWords} are normalised lexicon words kept from the stemmers. */
  static ReplyTokenAnalyzer reading(CharArrayMap<char[]> variants, CharArraySet protectedWords) {
    return new ReplyTokenAnalyzer(variants, protectedWords, true);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    source.setMaxTokenLength(64);
    TokenStream chain = new LowerCaseFilter(source);
    // Each script's filter sees only tokens of its script (ScriptFilter), which keeps a Latin or
    // Tamil word of a mixed reply out of the Hindi stemmer and saves their work per token.
    chain = new ScriptFilter(chain, null, IndicNormalizationFilter::new);
    chain = new ScriptFilter(chain, UnicodeScript.DEVANAGARI, HindiNormalizationFilter::new);
    chain = new ScriptFilter(chain, UnicodeScript.BENGALI, BengaliNormalizationFilter::new);
    chain = new ScriptFilter(chain, UnicodeScript.TELUGU, TeluguNormalizationFilter::new);
    chain = new RomanisedVariantFilter(chain, variants);
    if (stem) {
      if (!protectedWords.isEmpty()) {
        chain = new SetKeywordMarkerFilter(chain, protectedWords);
      }
      chain = new ScriptFilter(chain, UnicodeScript.DEVANAGARI, HindiStemFilter::new);
      chain = new ScriptFilter(chain, UnicodeScript.BENGALI, BengaliStemFilter::new);
      chain = new ScriptFilter(chain, UnicodeScript.TELUGU, TeluguStemFilter::new);
      chain =
          new ScriptFilter(
              chain, UnicodeScript.TAMIL, in -> new SnowballFilter(in, new TamilStemmer()));
    }
    return new TokenStreamComponents(source, chain);
  }
}
