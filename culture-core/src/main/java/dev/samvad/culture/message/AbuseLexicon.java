package dev.samvad.culture.message;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phrases a collection message must never use, per language, from {@code
 * dev/samvad/culture/lexicon/<tag>.txt}: one entry a line, {@code CATEGORY | phrase}, {@code #}
 * comments. A phrase ending in {@code *} matches any continuation of its last word (Dravidian and
 * other agglutinating languages attach case endings: போலீஸ்* matches போலீஸுக்கு, a final virama of
 * such a stem being dropped since inflection replaces it with a vowel sign); otherwise the phrase
 * must end at a word boundary. Every phrase must start at one.
 */
public final class AbuseLexicon {
  /** The languages with a bundled lexicon file. */
  public static final List<String> BUNDLED_TAGS =
      List.of(
          "en", "hi", "hi-Latn", "bn", "mr", "gu", "pa", "ta", "te", "kn", "ml", "or", "as", "ur");

  /** What kind of harm a phrase does. */
  public enum Category {
    /** Intimidation: police, jail, sending people, coming to the house. */
    THREAT,
    /** Legal steps used as pressure; lawful only as a fact the seller really intends. */
    LEGAL_PRESSURE,
    /** Public shaming or labelling: defaulter lists, "cheat", "thief". */
    SHAMING,
    /** Insults. */
    ABUSE,
    /**
     * Telling or threatening to tell others about the debt: family, neighbours, other suppliers.
     */
    THIRD_PARTY_DISCLOSURE
  }

  /**
   * One entry.
   *
   * @param language the lexicon's language tag
   * @param category the kind of harm
   * @param phrase the phrase as written in the file
   * @param folded the phrase folded by {@link TextFolding}, without the trailing {@code *}
   * @param prefix true when the last word may continue
   */
  public record Entry(
      String language, Category category, String phrase, String folded, boolean prefix) {}

  private final Map<String, List<Entry>> byLanguage;

  /** Entries by the first character of their folded phrase, so a text is scanned once. */
  private final Map<Character, List<Entry>> byFirstChar;

  private AbuseLexicon(Map<String, List<Entry>> byLanguage) {
    this.byLanguage = Map.copyOf(byLanguage);
    Map<Character, List<Entry>> index = new java.util.HashMap<>();
    for (List<Entry> entries : byLanguage.values()) {
      for (Entry e : entries) {
        index.computeIfAbsent(e.folded().charAt(0), c -> new ArrayList<>()).add(e);
      }
    }
    index.replaceAll((c, list) -> List.copyOf(list));
    this.byFirstChar = Map.copyOf(index);
  }

  /** The bundled lexicon, loaded once. */
  public static AbuseLexicon bundled() {
    return Bundled.INSTANCE;
  }

  /** The entries of one language; empty when there is no lexicon for it. */
  public List<Entry> entries(String language) {
    return byLanguage.getOrDefault(language, List.of());
  }

  /** Every language with entries. */
  public java.util.Set<String> languages() {
    return byLanguage.keySet();
  }

  /**
   * Every entry that occurs in {@code text}, each at most once, in order of first occurrence. The
   * folded text is scanned once: at each word start only the entries beginning with that character
   * are tried.
   */
  public List<Entry> find(String text) {
    String folded = TextFolding.fold(text);
    List<Entry> hits = new ArrayList<>(0);
    for (int at = 0; at < folded.length(); at++) {
      if (at > 0 && TextFolding.isWordChar(folded.charAt(at - 1))) {
        continue;
      }
      List<Entry> candidates = byFirstChar.get(folded.charAt(at));
      if (candidates == null) {
        continue;
      }
      for (Entry e : candidates) {
        if (matchesAt(folded, at, e) && !hits.contains(e)) {
          hits.add(e);
        }
      }
    }
    return hits;
  }

  private static boolean matchesAt(String folded, int at, Entry e) {
    String phrase = e.folded();
    if (!folded.startsWith(phrase, at)) {
      return false;
    }
    int end = at + phrase.length();
    return e.prefix() || end == folded.length() || !TextFolding.isWordChar(folded.charAt(end));
  }

  /** Parses one lexicon file. */
  static List<Entry> parse(String language, List<String> lines, String source) {
    List<Entry> entries = new ArrayList<>();
    int number = 0;
    for (String line : lines) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int bar = trimmed.indexOf('|');
      if (bar < 0) {
        throw new IllegalStateException(source + ":" + number + ": expected 'CATEGORY | phrase'");
      }
      Category category =
          Category.valueOf(trimmed.substring(0, bar).strip().toUpperCase(Locale.ROOT));
      String phrase = trimmed.substring(bar + 1).strip();
      boolean prefix = phrase.endsWith("*");
      String bare = prefix ? phrase.substring(0, phrase.length() - 1).strip() : phrase;
      String folded = TextFolding.fold(bare);
      if (prefix && !folded.isEmpty() && isVirama(folded.charAt(folded.length() - 1))) {
        // A stem written with a final virama (போலீஸ்) continues with a vowel sign in its inflected
        // forms (போலீஸுக்கு), so the virama must not be part of what is matched.
        folded = folded.substring(0, folded.length() - 1);
      }
      if (folded.isEmpty()) {
        throw new IllegalStateException(source + ":" + number + ": empty phrase");
      }
      entries.add(new Entry(language, category, phrase, folded, prefix));
    }
    return entries;
  }

  private static boolean isVirama(char c) {
    return c == '\u094D'
        || c == '\u09CD'
        || c == '\u0A4D'
        || c == '\u0ACD'
        || c == '\u0B4D'
        || c == '\u0BCD'
        || c == '\u0C4D'
        || c == '\u0CCD'
        || c == '\u0D4D';
  }

  private static final class Bundled {
    static final AbuseLexicon INSTANCE = load();

    private static AbuseLexicon load() {
      Map<String, List<Entry>> byLanguage = new LinkedHashMap<>();
      for (String tag : BUNDLED_TAGS) {
        String name = "/dev/samvad/culture/lexicon/" + tag + ".txt";
        InputStream in = AbuseLexicon.class.getResourceAsStream(name);
        if (in == null) {
          throw new IllegalStateException("missing bundled lexicon " + name);
        }
        try (BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          byLanguage.put(tag, List.copyOf(parse(tag, reader.lines().toList(), name)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return new AbuseLexicon(byLanguage);
    }
  }
}
