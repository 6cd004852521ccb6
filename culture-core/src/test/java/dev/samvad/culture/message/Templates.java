package dev.samvad.culture.message;

import dev.samvad.culture.Formality;
import dev.samvad.culture.MessageIntent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a bundled template's source text, for tests that compare with what was rendered. */
final class Templates {
  private Templates() {}

  static String json(String tag) {
    try (InputStream in =
        Templates.class.getResourceAsStream("/dev/samvad/culture/templates/" + tag + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LanguagePack pack(String tag) {
    return LanguagePackReader.read(json(tag), tag + ".json");
  }

  static String source(String tag, MessageIntent intent, Formality f, TemplateField field) {
    return pack(tag).template(intent, f, field).source();
  }
}
