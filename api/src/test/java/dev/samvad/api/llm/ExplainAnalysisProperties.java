package dev.samvad.api.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.samvad.api.LanguageForm;
import dev.samvad.api.TenantId;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** An explanation may state a number exactly when the task gives it, in any script or grouping. */
class ExplainAnalysisProperties {

  private static ExplainAnalysis task(int days, long rupees) {
    return new ExplainAnalysis(
        new TenantId("acme"),
        "collection funnel",
        LanguageForm.ENGLISH,
        List.of(new ExplainAnalysis.Figure("DSO", days + ".50 days")),
        List.of("Open: " + String.format(java.util.Locale.ROOT, "%,d", rupees) + " rupees."));
  }

  @Property
  void aNumberPassesExactlyWhenItIsGiven(
      @ForAll @IntRange(max = 100_000) int given, @ForAll @IntRange(max = 100_000) int stated) {
    Explanation e = new Explanation("DSO is " + stated + ".5 days.", List.of());

    assertEquals(given == stated, task(given, 7).numberNotGiven(e).isEmpty());
  }

  @Property
  void digitsOfAnyScriptAndGroupingsAreOneNumber(
      @ForAll @IntRange(min = 1000, max = 10_000_000) int rupees) {
    String devanagari =
        Integer.toString(rupees)
            .chars()
            .mapToObj(c -> String.valueOf((char) ('०' + c - '0')))
            .reduce("", String::concat);
    Explanation plain = new Explanation(rupees + " rupees are open.", List.of());
    Explanation inHindi = new Explanation(devanagari + " रुपये बाकी हैं।", List.of());

    assertEquals(true, task(3, rupees).numberNotGiven(plain).isEmpty());
    assertEquals(true, task(3, rupees).numberNotGiven(inHindi).isEmpty());
    assertEquals(false, task(3, rupees + 1).numberNotGiven(inHindi).isEmpty());
  }
}
