package dev.samvad.relationship.text.internal;

import java.lang.Character.UnicodeScript;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Applies a wrapped filter only to tokens whose first letter is in one script, so a stemmer written
 * for Tamil never sees a Latin or Devanagari word of a code-mixed reply.
 */
final class ScriptFilter extends ConditionalTokenFilter {
  private final UnicodeScript script;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  /** Applies {@code inner} to tokens of {@code script}; {@code null} means any Indic script. */
  ScriptFilter(TokenStream input, UnicodeScript script, Function<TokenStream, TokenStream> inner) {
    super(input, inner);
    this.script = script;
  }

  @Override
  protected boolean shouldFilter() {
    if (term.length() == 0) {
      return false;
    }
    char c = term.charAt(0);
    return script == null ? c >= 0x0900 && c < 0x0D80 : Scripts.of(c) == script;
  }
}
