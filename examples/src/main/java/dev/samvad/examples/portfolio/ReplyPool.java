package dev.samvad.examples.portfolio;

import dev.samvad.api.LanguageForm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Short replies, as customers type them, in one language form, read from {@code replies/<tag>.txt}
 * beside this class's package (see the README there for the format).
 */
public final class ReplyPool {

  /** The language forms that have a pool, in the order the demo lists them. */
  public static final List<LanguageForm> FORMS =
      List.of(
              "en",
              "hi",
              "hi-Latn-x-mixed",
              "bn",
              "bn-Latn-x-mixed",
              "mr",
              "mr-Latn",
              "gu",
              "gu-Latn",
              "pa",
              "pa-Latn",
              "ta",
              "ta-Latn-x-mixed",
              "te",
              "te-Latn",
              "kn",
              "ml",
              "or",
              "as",
              "ur")
          .stream()
          .map(LanguageForm::parse)
          .toList();

  private final LanguageForm form;
  private final Map<ReplyKind, List<String>> lines;

  private ReplyPool(LanguageForm form, Map<ReplyKind, List<String>> lines) {
    this.form = form;
    this.lines = lines;
  }

  /** The pool for {@code form}; empty when there is no file for it. */
  public static Optional<ReplyPool> of(LanguageForm form) {
    String resource = "/dev/samvad/examples/replies/" + form.tag() + ".txt";
    try (InputStream in = ReplyPool.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new ReplyPool(form, parse(in, resource)));
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  private static Map<ReplyKind, List<String>> parse(InputStream in, String resource)
      throws IOException {
    Map<ReplyKind, List<String>> byKind = new EnumMap<>(ReplyKind.class);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int bar = line.indexOf('|');
      if (bar < 0) {
        throw new IllegalStateException(resource + ":" + number + ": expected 'KIND | text'");
      }
      ReplyKind kind = ReplyKind.valueOf(line.substring(0, bar).strip());
      byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(line.substring(bar + 1).strip());
    }
    byKind.replaceAll((k, v) -> List.copyOf(v));
    return byKind;
  }

  /** The language form of every line in this pool. */
  public LanguageForm form() {
    return form;
  }

  /** The lines of one kind, with their placeholders still in; may be empty. */
  public List<String> lines(ReplyKind kind) {
    return lines.getOrDefault(kind, List.of());
  }

  /** How many lines the pool holds. */
  public int size() {
    return lines.values().stream().mapToInt(List::size).sum();
  }
}
