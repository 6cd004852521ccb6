package dev.samvad.culture;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.LanguageForm;
import dev.samvad.culture.message.FallbackChain;
import dev.samvad.culture.message.LanguagePack;
import dev.samvad.culture.message.LanguagePackReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message templates of every supported language, validated and compiled when loaded.
 *
 * <p>Guarantees: an instance is immutable and thread-safe; every template it holds has every intent
 * × formality × field, uses only known placeholders, states amount, invoice number and due date
 * wherever it asks for money, and never mentions money in a festival greeting — a file that breaks
 * any of these is refused when loaded, with {@link InvalidInputException} naming the file and the
 * JSON path. Templates are pre-split into literal text and slots, so rendering is concatenation.
 *
 * <p>{@link #bundled()} loads the shipped files once per JVM. {@link #of(Map)} builds a catalogue
 * from a host's own files in the same format (see {@code docs/templates.md}).
 */
public final class TemplateCatalog {
  /** The language files shipped under {@code dev/samvad/culture/templates/}. */
  static final List<String> BUNDLED_TAGS =
      List.of(
          "en", "hi", "hi-Latn", "bn", "mr", "gu", "pa", "ta", "te", "kn", "ml", "or", "as", "ur");

  private final Map<String, LanguagePack> packs;
  private final Map<LanguageForm, TemplateResolution> resolved = new ConcurrentHashMap<>();

  private TemplateCatalog(Map<String, LanguagePack> packs) {
    if (!packs.containsKey("en")) {
      throw new InvalidInputException("templates", "must include English (en), the last fallback");
    }
    this.packs = Map.copyOf(packs);
  }

  /** The shipped templates, loaded and checked on first use and shared. */
  public static TemplateCatalog bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Loads the shipped templates afresh, bypassing the shared instance: for measuring load time and
   * footprint. Applications use {@link #bundled()}.
   */
  public static TemplateCatalog loadBundledTemplates() {
    return Bundled.load();
  }

  /**
   * A catalogue from JSON documents keyed by a name used in error messages (a file name). Each
   * document's {@code code} is the language tag it serves; a later document for the same tag
   * replaces an earlier one.
   */
  public static TemplateCatalog of(Map<String, String> jsonBySource) {
    Map<String, LanguagePack> packs = new LinkedHashMap<>();
    jsonBySource.forEach(
        (source, json) -> {
          LanguagePack pack = LanguagePackReader.read(json, source);
          packs.put(pack.tag(), pack);
        });
    return new TemplateCatalog(packs);
  }

  /** The tags of the languages with templates, e.g. {@code hi}, {@code hi-Latn}. */
  public Set<String> languages() {
    return packs.keySet();
  }

  /**
   * The template language for {@code wanted}, following the fallback chain: exact form, without
   * code-mixing, romanised → English, the language, its documented neighbour, English.
   */
  public TemplateResolution resolve(LanguageForm wanted) {
    return resolved.computeIfAbsent(wanted, this::computeResolution);
  }

  private TemplateResolution computeResolution(LanguageForm wanted) {
    List<String> path = new ArrayList<>();
    for (String tag : FallbackChain.candidates(wanted)) {
      path.add(tag);
      if (packs.containsKey(tag)) {
        return new TemplateResolution(wanted, tag, path);
      }
    }
    throw new IllegalStateException("English templates missing"); // the constructor forbids it
  }

  /** The compiled templates of one language tag. */
  Optional<LanguagePack> pack(String tag) {
    return Optional.ofNullable(packs.get(tag));
  }

  Collection<LanguagePack> packs() {
    return packs.values();
  }

  private static final class Bundled {
    static final TemplateCatalog INSTANCE = load();

    private static TemplateCatalog load() {
      Map<String, String> files = new LinkedHashMap<>();
      for (String tag : BUNDLED_TAGS) {
        String name = "templates/" + tag + ".json";
        try (InputStream in = TemplateCatalog.class.getResourceAsStream(name)) {
          if (in == null) {
            throw new IllegalStateException("missing bundled template file " + name);
          }
          files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read bundled " + name, e);
        }
      }
      return of(files);
    }
  }
}
