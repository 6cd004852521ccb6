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

  ScriptFilter(TokenStream input, UnicodeScript script, Function<TokenStream, TokenStream> inner) {
    super(input, inner);
    this.script = script;
  }

  @Override
  protected boolean shouldFilter() {
    return term.length() > 0 && Scripts.of(term.charAt(0)) == script;
  }
}
