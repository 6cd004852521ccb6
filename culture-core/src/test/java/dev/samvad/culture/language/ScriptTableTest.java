package dev.samvad.culture.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UScript;
import dev.samvad.api.Script;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptTableTest {

  private static final Map<Integer, Script> ICU =
      Map.ofEntries(
          Map.entry(UScript.LATIN, Script.LATIN),
          Map.entry(UScript.DEVANAGARI, Script.DEVANAGARI),
          Map.entry(UScript.BENGALI, Script.BENGALI),
          Map.entry(UScript.GURMUKHI, Script.GURMUKHI),
          Map.entry(UScript.GUJARATI, Script.GUJARATI),
          Map.entry(UScript.ORIYA, Script.ODIA),
          Map.entry(UScript.TAMIL, Script.TAMIL),
          Map.entry(UScript.TELUGU, Script.TELUGU),
          Map.entry(UScript.KANNADA, Script.KANNADA),
          Map.entry(UScript.MALAYALAM, Script.MALAYALAM),
          Map.entry(UScript.ARABIC, Script.ARABIC),
          Map.entry(UScript.OL_CHIKI, Script.OL_CHIKI),
          Map.entry(UScript.MEITEI_MAYEK, Script.MEETEI_MAYEK));

  /** Every letter ICU assigns to one of our scripts gets that script from the table. */
  @Test
  void agreesWithIcuOnEveryBmpLetter() {
    int checked = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      Script icu = ICU.get(UScript.getScript(c));
      if (icu == null || !Character.isLetter(c) || ScriptTable.code((char) c) == 0) {
        continue;
      }
      assertEquals(icu.ordinal() + 1, ScriptTable.code((char) c), Integer.toHexString(c));
      checked++;
    }
    assertTrue(checked > 2000, "checked " + checked);
  }

  @Test
  void lettersOfOurScriptsInTheirMainBlocksAreWordChars() {
    for (int c :
        new int[] {
          'a', 'Z', 'é', 0x0915, 0x0995, 0x0A15, 0x0A95, 0x0B15, 0x0B95, 0x0C15, 0x0C95, 0x0D15,
          0x0628, 0x1C5A, 0xABC0
        }) {
      assertTrue(ScriptTable.code((char) c) > 0, Integer.toHexString(c));
    }
    for (int c : new int[] {'1', ' ', '.', 0x0966, 0x0964, 0x20B9, 0xD83D, 0x0660}) {
      assertEquals(0, ScriptTable.code((char) c), Integer.toHexString(c));
    }
  }

  /** Load time is measured in JMH (LanguageIdBenchmark), never in a unit test; size is a fact. */
  @Test
  void lexiconsAreSmall() {
    LanguageScorer scorer = LanguageScorer.load();
    assertTrue(scorer.lexiconEntries() > 1000, "lexicons lost entries: " + scorer.lexiconEntries());
    assertTrue(scorer.lexiconHeapBytes() + 65_536 < 50L * 1024 * 1024);
  }
}
