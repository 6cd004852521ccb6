package dev.samvad.relationship.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.Script;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The hand-labelled replies under test resources, one JSON object per line. */
record LabelledSet(List<LabelledSet.Row> rows) {

  /** One labelled reply. */
  record Row(
      String id,
      String tag,
      LanguageForm language,
      OffsetDateTime at,
      String text,
      Set<Intent> intents,
      Optional<LocalDate> promisedDate,
      Optional<Long> amountPaise,
      Optional<String> utr,
      PolarityLabel polarity) {

    /** The reporting group: the language, with romanised forms apart ({@code hi-Latn}). */
    String group() {
      return language.script() == Script.LATIN
              && language.language() != dev.samvad.api.Language.ENGLISH
          ? language.language().code() + "-Latn"
          : language.language().code();
    }

    boolean romanised() {
      return language.isRomanised();
    }

    ReplyText reply() {
      return new ReplyText(
          text, at.toInstant(), ReplyText.INDIA, Optional.empty(), Optional.empty());
    }
  }

  static LabelledSet load(String resource) {
    ObjectMapper mapper = new ObjectMapper();
    List<Row> rows = new ArrayList<>();
    try (InputStream in = LabelledSet.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = mapper.readTree(line);
        Set<Intent> intents = EnumSet.noneOf(Intent.class);
        n.get("intents").forEach(i -> intents.add(Intent.valueOf(i.asText())));
        rows.add(
            new Row(
                n.get("id").asText(),
                n.get("lang").asText(),
                LanguageForm.parse(n.get("lang").asText()),
                OffsetDateTime.parse(n.get("at").asText()),
                n.get("text").asText(),
                intents,
                n.has("promisedDate")
                    ? Optional.of(LocalDate.parse(n.get("promisedDate").asText()))
                    : Optional.empty(),
                n.has("amountPaise")
                    ? Optional.of(n.get("amountPaise").asLong())
                    : Optional.empty(),
                n.has("utr") ? Optional.of(n.get("utr").asText()) : Optional.empty(),
                switch (n.get("polarity").asText()) {
                  case "neg" -> PolarityLabel.NEGATIVE;
                  case "pos" -> PolarityLabel.POSITIVE;
                  default -> PolarityLabel.NEUTRAL;
                }));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new LabelledSet(List.copyOf(rows));
  }
}
