package dev.samvad.culture.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.samvad.culture.SmsEncoding;
import org.junit.jupiter.api.Test;

class SmsCounterTest {
  private static SmsCounter.Count count(String text) {
    return SmsCounter.count(text);
  }

  @Test
  void gsmSingleSegmentHoldsExactly160() {
    assertEquals(new SmsCounter.Count(SmsEncoding.GSM_7, 160, 1), count("a".repeat(160)));
    assertEquals(new SmsCounter.Count(SmsEncoding.GSM_7, 161, 2), count("a".repeat(161)));
  }

  @Test
  void gsmPartsHold153() {
    assertEquals(2, count("a".repeat(306)).segments());
    assertEquals(3, count("a".repeat(307)).segments());
  }

  @Test
  void extensionCharactersCountTwo() {
    assertEquals(new SmsCounter.Count(SmsEncoding.GSM_7, 160, 1), count("€".repeat(80)));
    assertEquals(
        new SmsCounter.Count(SmsEncoding.GSM_7, 162, 2), count("a" + "{".repeat(80) + "a"));
    assertEquals(2 * 9, count("^{}\\[~]|€").units());
  }

  @Test
  void escapePairIsNeverSplitAcrossParts() {
    // 152 basic septets then an extension char: it cannot fit in part one's last septet.
    String text = "a".repeat(152) + "€" + "a".repeat(10);
    assertEquals(164, count(text).units());
    assertEquals(2, count(text).segments());
    String boundary = "a".repeat(152) + "€" + "a".repeat(152);
    // part 1: 152 a, part 2: € (2) + 151 a, part 3: 1 a
    assertEquals(3, count(boundary).segments());
  }

  @Test
  void gsmBasicSetIncludesAccentsAndGreek() {
    assertEquals(SmsEncoding.GSM_7, count("Café £5 ΔΩ ¿Qué? ñ ü à @ _ §").encoding());
  }

  @Test
  void anythingElseIsUcs2With70And67() {
    assertEquals(new SmsCounter.Count(SmsEncoding.UCS_2, 70, 1), count("क".repeat(70)));
    assertEquals(new SmsCounter.Count(SmsEncoding.UCS_2, 71, 2), count("क".repeat(71)));
    assertEquals(2, count("क".repeat(134)).segments());
    assertEquals(3, count("क".repeat(135)).segments());
  }

  @Test
  void rupeeSignForcesUcs2() {
    assertEquals(SmsEncoding.UCS_2, count("Pay ₹100 today").encoding());
    assertEquals(SmsEncoding.GSM_7, count("Pay Rs. 100 today").encoding());
  }

  @Test
  void surrogatePairsCountTwoAndAreNotSplit() {
    assertEquals(new SmsCounter.Count(SmsEncoding.UCS_2, 70, 1), count("🙏".repeat(35)));
    // 66 units then an emoji: the pair moves to part two.
    String text = "क".repeat(66) + "🙏" + "क".repeat(10);
    assertEquals(78, count(text).units());
    assertEquals(2, count(text).segments());
  }

  @Test
  void emptyTextIsOneSegment() {
    assertEquals(new SmsCounter.Count(SmsEncoding.GSM_7, 0, 1), count(""));
  }
}
