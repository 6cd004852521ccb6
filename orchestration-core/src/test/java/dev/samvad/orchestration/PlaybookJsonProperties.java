package dev.samvad.orchestration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.samvad.api.InvalidInputException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Playbook JSON: every valid playbook round-trips, and no edit of one breaks the reader. */
class PlaybookJsonProperties {

  @Provide
  Arbitrary<Playbook> playbooks() {
    return Arbitraries.oneOf(CampaignScenario.playbooks(), Arbitraries.of(Playbooks.all()));
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void everyValidPlaybookRoundTrips(@ForAll("playbooks") Playbook playbook) {
    String json = playbook.toJson();
    Playbook back = Playbook.fromJson(json);
    assertEquals(playbook, back);
    assertEquals(json, back.toJson());
  }

  /** One edit: delete, insert or replace a stretch of text, or cut the document short. */
  record Edit(int kind, int at, int length, String text) {
    String apply(String json) {
      int from = Math.min(at, json.length());
      int to = Math.min(json.length(), from + length);
      return switch (kind) {
        case 0 -> json.substring(0, from) + json.substring(to);
        case 1 -> json.substring(0, from) + text + json.substring(from);
        case 2 -> json.substring(0, from) + text + json.substring(to);
        default -> json.substring(0, from);
      };
    }
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<String> text =
        Arbitraries.oneOf(
            Arbitraries.of(
                "{",
                "}",
                "[",
                "]",
                ",",
                ":",
                "\"",
                "null",
                "true",
                "-1",
                "1e99",
                "\"x\"",
                "{\"type\":\"STOP\"}",
                "\"P-1D\"",
                "\"PT0S\"",
                "99999999999",
                "\\u0000",
                "\uD800"),
            Arbitraries.strings().ofMaxLength(6));
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 4_000),
            Arbitraries.integers().between(0, 40),
            text)
        .as(Edit::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }

  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  void anEditedDocumentReadsAsAPlaybookOrFailsAsInvalidInput(
      @ForAll("playbooks") Playbook playbook, @ForAll("edits") List<Edit> edits) {
    String json = playbook.toJson();
    for (Edit edit : edits) {
      json = edit.apply(json);
    }
    try {
      Playbook read = Playbook.fromJson(json);
      assertEquals(read, Playbook.fromJson(read.toJson()), "what was read round-trips");
    } catch (InvalidInputException expected) {
      assertFalse(expected.field().isEmpty(), "names a field: " + expected.getMessage());
    }
  }
}
