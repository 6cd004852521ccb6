package dev.samvad.culture.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads the bundled lexicons, one file per {@link Candidate} under {@code lexicon/<tag>.txt}: one
 * entry per line, {@code word} or {@code word weight} (default 1); a leading {@code -} marks a word
 * ending (a suffix of one to three chars, used for words no lexicon holds); {@code #} starts a
 * comment. Candidates without a file (Urdu, Sindhi, Kashmiri) are told apart by letters alone.
 */
final class Lexicons {

  private static final String DIRECTORY = "/dev/samvad/culture/language/lexicon/";

  private Lexicons() {}

  static WordTable load() {
    Map<Long, float[]> entries = new HashMap<>();
    for (Candidate candidate : Candidate.ALL) {
      InputStream in = Lexicons.class.getResourceAsStream(DIRECTORY + candidate.tag + ".txt");
      if (in == null) {
        continue;
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
          number++;
          read(line, candidate, entries, number);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read lexicon " + candidate.tag, e);
      }
    }
    return new WordTable(entries);
  }

  private static void read(String line, Candidate candidate, Map<Long, float[]> entries, int n) {
    int hash = line.indexOf('#');
    String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
    if (text.isEmpty()) {
      return;
    }
    String[] parts = text.split("\\s+");
    if (parts.length > 2) {
      throw new IllegalStateException(
          "lexicon " + candidate.tag + " line " + n + ": one word and an optional weight");
    }
    float weight = parts.length == 2 ? Float.parseFloat(parts[1]) : 1f;
    boolean suffix = parts[0].startsWith("-");
    String word = suffix ? parts[0].substring(1) : parts[0];
    long key = WordHash.ofEntry(word, suffix);
    if (key == 0 || !(weight > 0)) {
      throw new IllegalStateException(
          "lexicon " + candidate.tag + " line " + n + ": not one word of one script: " + line);
    }
    float[] weights = entries.computeIfAbsent(key, k -> new float[Candidate.COUNT]);
    weights[candidate.ordinal()] = Math.max(weights[candidate.ordinal()], weight);
  }
}
