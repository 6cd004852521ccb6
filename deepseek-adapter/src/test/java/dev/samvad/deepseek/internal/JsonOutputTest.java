package dev.samvad.deepseek.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.samvad.api.llm.Explanation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Strict parsing and the single repair. */
class JsonOutputTest {
  private static final String OBJ = "{\"summary\":\"Approval {is} the constraint.\",\"points\":[]}";
  private final JsonOutput output = new JsonOutput();

  @Test
  void aWholeObjectParsesWithoutRepair() {
    JsonOutput.Value<Explanation> v =
        assertInstanceOf(
            JsonOutput.Value.class, output.parse(" \n" + OBJ + "\n", Explanation.class));
    assertEquals(false, v.repaired());
    assertEquals(List.of(), v.value().points());
  }

  @Test
  void fencesAndProseAreRepairedOnce() {
    for (String wrapped :
        List.of(
            "```json\n" + OBJ + "\n```",
            "```\n" + OBJ + "\n```\nHope this helps!",
            "Sure! Here it is: " + OBJ + " Thanks.")) {
      JsonOutput.Value<Explanation> v =
          assertInstanceOf(
              JsonOutput.Value.class, output.parse(wrapped, Explanation.class), wrapped);
      assertEquals(true, v.repaired());
    }
  }

  @Test
  void bracesInsideStringsDoNotConfuseTheCut() {
    assertEquals(Optional.of(OBJ), JsonOutput.extractObject("x " + OBJ + " y"));
  }

  @Test
  void ambiguousOrBrokenOutputIsInvalid() {
    for (String bad :
        List.of(
            "",
            "no json here",
            "[" + OBJ + "]",
            OBJ + " and also " + OBJ,
            "{\"summary\":\"cut off",
            "{\"summary\":\"a\",\"points\":[],\"extra\":1}",
            "{\"summary\":\"a\"}",
            "{\"summary\":\"a\",\"summary\":\"b\",\"points\":[]}",
            "{\"summary\":\"\",\"points\":[]}",
            "{\"summary\":5,\"points\":[]}")) {
      assertInstanceOf(JsonOutput.Invalid.class, output.parse(bad, Explanation.class), bad);
    }
  }
}
