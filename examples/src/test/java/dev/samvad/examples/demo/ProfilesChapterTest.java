package dev.samvad.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.examples.Terminal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's profiles chapter, from the demo run in-process as {@code samvad demo} runs it. */
class ProfilesChapterTest {
  private static final String HEADING = "How Samvad would speak to them";
  private static final Pattern RUPEES = Pattern.compile("₹\\d{1,3}(,\\d{2})*(,\\d{3})?\\.\\d{2}");

  private static String chapter;

  @TempDir static Path dir;

  @BeforeAll
  static void runTheDemo() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    int exit =
        new DemoCommand(print, print, Terminal.PLAIN)
            .run(List.of("--outbox", dir.resolve("outbox.jsonl").toString()));
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, exit, text);
    int start = text.indexOf(". " + HEADING);
    assertTrue(start >= 0, "no chapter '" + HEADING + "' in\n" + text);
    int next = text.indexOf("\n\n", text.indexOf('\n', start));
    // The chapter runs to the next numbered heading, or to the end.
    int end = text.length();
    for (int i = next; i >= 0; i = text.indexOf("\n\n", i + 1)) {
      if (i + 2 < text.length() && Character.isDigit(text.charAt(i + 2))) {
        end = i;
        break;
      }
    }
    chapter = text.substring(text.lastIndexOf('\n', start) + 1, end);
  }

  @Test
  void remindersComeInAtLeastFourIndianScripts() {
    Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
    chapter.codePoints().mapToObj(Character.UnicodeScript::of).forEach(scripts::add);
    scripts.removeAll(
        EnumSet.of(
            Character.UnicodeScript.COMMON,
            Character.UnicodeScript.INHERITED,
            Character.UnicodeScript.LATIN,
            Character.UnicodeScript.UNKNOWN));
    assertTrue(scripts.size() >= 4, scripts + " in\n" + chapter);
  }

  @Test
  void everyCustomerGetsAnSmsWithTheAmountInRupees() {
    long customers = chapter.lines().filter(l -> l.startsWith("    state ")).count();
    long messages = chapter.lines().filter(l -> l.startsWith("    SMS ")).count();
    assertTrue(customers >= 5 && customers <= 6, customers + " customers in\n" + chapter);
    assertEquals(customers, messages, chapter);
    assertTrue(RUPEES.matcher(chapter).find(), "a ₹ amount in\n" + chapter);
  }

  @Test
  void conclusionsShowTheirConfidenceAndEvidence() {
    List<String> findings =
        chapter.lines().filter(l -> l.matches(" {4}(state|language) .*")).toList();
    assertFalse(findings.isEmpty(), chapter);
    for (String line : findings) {
      assertTrue(line.matches(".* \\d\\.\\d\\d ← .+"), line);
    }
  }

  @Test
  void chapterStaysWithinFiftyPlainLines() {
    assertTrue(chapter.lines().count() <= 50, chapter.lines().count() + " lines\n" + chapter);
    assertFalse(chapter.contains("\u001b["), "no ANSI escapes when not on a terminal");
  }

  @Test
  void wrappingBreaksAtSpacesAndMarksWhatIsLeftOut() {
    String text = "ଦୟାକରି ପଇଠ କରନ୍ତୁ ବା UTR ପଠାନ୍ତୁ। ".repeat(8);
    List<String> lines = ProfilesChapter.wrap(text, 40, 2);
    assertEquals(2, lines.size());
    for (String line : lines) {
      assertTrue(line.codePointCount(0, line.length()) <= 40, line);
      assertFalse(line.startsWith(" ") || line.endsWith(" "), "'" + line + "'");
    }
    assertTrue(lines.get(1).endsWith("…"), lines.get(1));
    assertEquals(List.of("short text"), ProfilesChapter.wrap("short\n text ", 40, 2));
  }

  @Test
  void aWordLongerThanALineIsCutBetweenCharactersNeverBeforeAMark() {
    // Tamil and Devanagari syllables (consonant + vowel sign or virama) and an emoji pair.
    for (String word :
        List.of("கொடுக்கப்பட்டுள்ளது".repeat(4), "क्षत्रिय".repeat(6), "💰₹".repeat(30))) {
      List<String> lines = ProfilesChapter.wrap(word, 11, 3);
      for (String line : lines) {
        int first = line.codePointAt(0);
        int type = Character.getType(first);
        assertFalse(
            type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK,
            "line starts with a mark: " + line);
        assertFalse(Character.isLowSurrogate(line.charAt(0)), "split pair: " + line);
        char last = line.charAt(line.length() - 1);
        assertFalse(Character.isHighSurrogate(last), "split pair: " + line);
        String end = line.endsWith("…") ? line.substring(0, line.length() - 1) : line;
        String lastName = Character.getName(end.codePointBefore(end.length()));
        assertFalse(lastName != null && lastName.contains("VIRAMA"), "split conjunct: " + line);
        assertTrue(line.codePointCount(0, line.length()) <= 11, line);
      }
      assertTrue(lines.get(lines.size() - 1).endsWith("…"), lines.toString());
    }
  }
}
