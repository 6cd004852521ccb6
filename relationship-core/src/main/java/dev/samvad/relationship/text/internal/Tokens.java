package dev.samvad.relationship.text.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The analysed tokens of one text, in order: normalised term, offsets into the cleaned text, kind,
 * and the clause each falls in (clauses split at . ! ? ; , । | and line breaks).
 */
public final class Tokens {
  static final byte WORD = 0;
  static final byte NUMBER = 1;
  static final byte EMOJI = 2;

  private static final String NUM_TYPE = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];
  private static final String EMOJI_TYPE = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI];

  final String text;
  String[] terms = new String[32];
  int[] starts = new int[32];
  int[] ends = new int[32];
  byte[] kinds = new byte[32];
  int[] clauses = new int[32];
  int size;

  private Tokens(String text) {
    this.text = text;
  }

  /** Runs {@code analyzer} over {@code text}, at most {@code maxTokens} tokens. */
  public static Tokens of(Analyzer analyzer, String text, int maxTokens) {
    Tokens t = new Tokens(text);
    try (TokenStream ts = analyzer.tokenStream("reply", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      int clause = 0;
      int prevEnd = 0;
      while (t.size < maxTokens && ts.incrementToken()) {
        int start = offset.startOffset();
        for (int i = prevEnd; i < start; i++) {
          if (isClauseBreak(text.charAt(i))) {
            clause++;
            break;
          }
        }
        String ty = type.type();
        byte kind = ty == NUM_TYPE ? NUMBER : ty == EMOJI_TYPE ? EMOJI : WORD;
        t.add(term.toString(), start, offset.endOffset(), kind, clause);
        prevEnd = offset.endOffset();
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return t;
  }

  static boolean isClauseBreak(char c) {
    return switch (c) {
      case '.', '!', '?', ';', ',', '\n', '।', '|', '॥', '؟', '۔' -> true;
      default -> false;
    };
  }

  private void add(String term, int start, int end, byte kind, int clause) {
    if (size == terms.length) {
      int n = size * 2;
      terms = Arrays.copyOf(terms, n);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      kinds = Arrays.copyOf(kinds, n);
      clauses = Arrays.copyOf(clauses, n);
    }
    terms[size] = term;
    starts[size] = start;
    ends[size] = end;
    kinds[size] = kind;
    clauses[size] = clause;
    size++;
  }

  public int size() {
    return size;
  }

  public String term(int i) {
    return terms[i];
  }

  /** The raw cleaned-text chars of tokens {@code [from, to)}. */
  String surface(int from, int to) {
    return text.substring(starts[from], ends[to - 1]);
  }

  /** The chars between token {@code i - 1} and token {@code i} (or text start). */
  String gapBefore(int i) {
    int from = i == 0 ? Math.max(0, starts[0] - 3) : ends[i - 1];
    return text.substring(from, starts[i]);
  }

  /** True when token {@code j} directly follows {@code i} in the same clause. */
  boolean sameClause(int i, int j) {
    return clauses[i] == clauses[j];
  }
}
