package dev.samvad.relationship.text.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The cue phrases of every language, brought through the same analysis chain as the replies, and a
 * matcher that finds them in a token sequence.
 *
 * <p>File format ({@code lexicon/*.lex}, UTF-8): {@code # comment}; {@code @kind [arg] [value]}
 * starts a section; every other line holds phrases separated by {@code |}. A word ending in {@code
 * *} matches any token that starts with it (the light suffix rule for agglutinative languages:
 * {@code நாளை*} matches நாளைக்கு). Files are loaded once; the result is immutable and thread-safe.
 */
public final class Lexicon {
  private static final String BASE = "/dev/samvad/relationship/text/";

  /** The bundled lexicon files, one per language or romanised form. */
  static final List<String> FILES =
      List.of(
          "en", "hi", "hi-Latn", "bn", "bn-Latn", "mr", "mr-Latn", "gu", "gu-Latn", "pa", "pa-Latn",
          "ta", "ta-Latn", "te", "te-Latn", "kn", "kn-Latn", "ml", "ml-Latn", "or", "as", "ur",
          "common");

  private record Phrase(String[] terms, boolean[] prefix, Feature[] features) {}

  private final ReplyTokenAnalyzer reader;
  private final Map<String, List<Phrase>> exactFirst;
  private final Map<Integer, List<Phrase>> prefixFirst;
  private final int phraseCount;
  private final List<String> sources;

  private Lexicon(
      ReplyTokenAnalyzer reader,
      Map<String, List<Phrase>> exactFirst,
      Map<Integer, List<Phrase>> prefixFirst,
      int phraseCount,
      List<String> sources) {
    this.reader = reader;
    this.exactFirst = exactFirst;
    this.prefixFirst = prefixFirst;
    this.phraseCount = phraseCount;
    this.sources = sources;
  }

  /** Every phrase as written in the files (prefix marks removed), for self-consistency tests. */
  List<String> sourcePhrases() {
    return sources;
  }

  /** The analysis chain replies must be read with so they meet the lexicon. */
  public ReplyTokenAnalyzer reader() {
    return reader;
  }

  /** How many distinct phrases were loaded. */
  public int phraseCount() {
    return phraseCount;
  }

  /** Loads the bundled files. */
  public static Lexicon bundled() {
    return load(FILES);
  }

  private record RawEntry(String phrase, Feature feature, String source) {}

  static Lexicon load(List<String> files) {
    CharArrayMap<char[]> variants = loadVariants();
    List<RawEntry> raw = new ArrayList<>();
    for (String f : files) {
      readLexicon(f, raw);
    }
    // Analyse every distinct phrase in one pass over one text (one line each): far cheaper than a
    // token stream per phrase, which matters for start-up time.
    List<String> distinct =
        new ArrayList<>(new java.util.LinkedHashSet<>(raw.stream().map(RawEntry::phrase).toList()));
    StringBuilder all = new StringBuilder(distinct.size() * 16);
    int[] from = new int[distinct.size()];
    int[] to = new int[distinct.size()];
    java.util.Set<Integer> prefixEnds = new java.util.HashSet<>();
    for (int p = 0; p < distinct.size(); p++) {
      from[p] = all.length();
      for (String word : distinct.get(p).split("\\s+")) {
        if (word.endsWith("*") && word.length() > 2) {
          all.append(word, 0, word.length() - 1);
          prefixEnds.add(all.length());
        } else {
          all.append(word);
        }
        all.append(' ');
      }
      to[p] = all.length();
      all.append('\n');
    }
    String text = all.toString();
    ReplyTokenAnalyzer normalizing = ReplyTokenAnalyzer.normalizing(variants);
    CharArraySet protectedWords = new CharArraySet(8192, false);
    Tokens norm = Tokens.of(normalizing, text, Integer.MAX_VALUE);
    normalizing.close();
    for (int i = 0; i < norm.size; i++) {
      if (!prefixEnds.contains(norm.ends[i])) {
        protectedWords.add(norm.terms[i]);
      }
    }
    ReplyTokenAnalyzer reader = ReplyTokenAnalyzer.reading(variants, protectedWords);
    // Every non-prefix lexicon word is protected from the stemmers, so the reading chain would
    // return exactly the normalised form: reuse that pass and run only prefix words through the
    // stemmers.
    Map<String, List<String>> termsOf = new HashMap<>();
    Map<String, List<Boolean>> prefixOf = new HashMap<>();
    int tok = 0;
    for (int p = 0; p < distinct.size(); p++) {
      List<String> terms = new ArrayList<>(4);
      List<Boolean> prefix = new ArrayList<>(4);
      while (tok < norm.size && norm.starts[tok] < to[p]) {
        if (norm.starts[tok] >= from[p]) {
          boolean isPrefix = prefixEnds.contains(norm.ends[tok]);
          String term = norm.terms[tok];
          if (isPrefix) {
            Tokens stemmed = Tokens.of(reader, term, 4);
            term = stemmed.size == 1 ? stemmed.terms[0] : term;
          }
          terms.add(term);
          prefix.add(isPrefix && term.length() >= 2);
        }
        tok++;
      }
      termsOf.put(distinct.get(p), terms);
      prefixOf.put(distinct.get(p), prefix);
    }
    Map<String, Phrase> byKey = new HashMap<>();
    for (RawEntry e : raw) {
      List<String> terms = termsOf.get(e.phrase);
      List<Boolean> prefix = prefixOf.get(e.phrase);
      if (terms.isEmpty()) {
        continue;
      }
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < terms.size(); i++) {
        key.append(terms.get(i)).append(prefix.get(i) ? "*" : "").append(' ');
      }
      Phrase existing = byKey.get(key.toString());
      if (existing == null) {
        boolean[] p = new boolean[prefix.size()];
        for (int i = 0; i < p.length; i++) {
          p[i] = prefix.get(i);
        }
        byKey.put(
            key.toString(), new Phrase(terms.toArray(String[]::new), p, new Feature[] {e.feature}));
      } else if (!contains(existing.features, e.feature)) {
        Feature[] fs = java.util.Arrays.copyOf(existing.features, existing.features.length + 1);
        fs[fs.length - 1] = e.feature;
        byKey.put(key.toString(), new Phrase(existing.terms, existing.prefix, fs));
      }
    }
    Map<String, List<Phrase>> exact = new HashMap<>();
    Map<Integer, List<Phrase>> prefixed = new HashMap<>();
    for (Phrase p : byKey.values()) {
      String first = p.terms[0];
      if (p.prefix[0]) {
        if (first.isEmpty()) {
          continue;
        }
        prefixed.computeIfAbsent(prefixKey(first), k -> new ArrayList<>()).add(p);
      } else {
        exact.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
      }
    }
    // longest phrases first so callers see the most specific reading first
    exact.values().forEach(l -> l.sort((a, b) -> b.terms.length - a.terms.length));
    prefixed.values().forEach(l -> l.sort((a, b) -> b.terms.length - a.terms.length));
    return new Lexicon(
        reader,
        Map.copyOf(exact),
        Map.copyOf(prefixed),
        byKey.size(),
        distinct.stream().filter(p -> p.indexOf('*') < 0).toList());
  }

  private static boolean contains(Feature[] fs, Feature f) {
    for (Feature x : fs) {
      if (x.equals(f)) {
        return true;
      }
    }
    return false;
  }

  private static Integer prefixKey(String term) {
    return term.length() == 1 ? term.charAt(0) : (term.charAt(0) << 16) | term.charAt(1);
  }

  /** Every cue in {@code tokens}, in order of first token; overlapping cues are all reported. */
  public List<Cue> match(Tokens tokens) {
    List<Cue> cues = new ArrayList<>();
    for (int i = 0; i < tokens.size; i++) {
      String term = tokens.terms[i];
      List<Phrase> candidates = exactFirst.get(term);
      if (candidates != null) {
        addMatches(tokens, i, candidates, cues);
      }
      if (term.length() >= 2 && !prefixFirst.isEmpty()) {
        List<Phrase> pc = prefixFirst.get(prefixKey(term));
        if (pc != null) {
          addMatches(tokens, i, pc, cues);
        }
      }
    }
    return cues;
  }

  private static void addMatches(Tokens tokens, int i, List<Phrase> candidates, List<Cue> out) {
    for (Phrase p : candidates) {
      int n = p.terms.length;
      if (i + n > tokens.size) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < n && ok; k++) {
        String t = tokens.terms[i + k];
        ok = p.prefix[k] ? t.startsWith(p.terms[k]) : t.equals(p.terms[k]);
        if (ok && k > 0 && !tokens.sameClause(i + k - 1, i + k)) {
          ok = false;
        }
      }
      if (ok) {
        for (Feature f : p.features) {
          out.add(new Cue(f, i, i + n));
        }
      }
    }
  }

  private static void readLexicon(String name, List<RawEntry> out) {
    String path = BASE + "lexicon/" + name + ".lex";
    try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon resource " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Feature feature = null;
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("@")) {
          feature = parseHeader(line, path, lineNo);
          continue;
        }
        if (feature == null) {
          throw new IllegalStateException(path + ":" + lineNo + ": phrase before any @section");
        }
        for (String phrase : line.split("\\|")) {
          String p = phrase.strip();
          if (!p.isEmpty()) {
            out.add(new RawEntry(p, feature, path));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Feature parseHeader(String line, String path, int lineNo) {
    String[] parts = line.substring(1).strip().split("\\s+");
    Feature.Kind kind;
    try {
      kind = Feature.Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(path + ":" + lineNo + ": unknown section " + parts[0], e);
    }
    String arg = "";
    double value = 1.0;
    for (int i = 1; i < parts.length; i++) {
      try {
        value = Double.parseDouble(parts[i]);
      } catch (NumberFormatException e) {
        arg = parts[i];
      }
    }
    return new Feature(kind, arg, value);
  }

  private static CharArrayMap<char[]> loadVariants() {
    CharArrayMap<char[]> map = new CharArrayMap<>(512, false);
    String path = BASE + "lexicon/variants.txt";
    try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        String canonical = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        for (String v : line.substring(colon + 1).strip().split("\\s+")) {
          if (!v.isEmpty()) {
            char[] buf = v.toLowerCase(Locale.ROOT).toCharArray();
            int len = RomanisedVariantFilter.squeeze(buf, buf.length);
            map.put(new String(buf, 0, len), canonical.toCharArray());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return map;
  }
}
