package dev.samvad.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.spi.SteppableClock;
import dev.samvad.examples.Terminal;
import dev.samvad.examples.portfolio.Portfolio;
import dev.samvad.examples.portfolio.PortfolioLoader;
import dev.samvad.sdk.Samvad;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The relationship chapter, told after the sample book is loaded. */
class RelationshipChapterTest {
  @Test
  void showsTheHealthiestAboveTheMostAtRiskInAtMostTwentyLines() {
    Portfolio portfolio = Portfolio.bundled();
    SteppableClock clock = PortfolioLoader.clockAt(portfolio);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Report report = new Report(out, Terminal.PLAIN);
    try (Samvad samvad = Samvad.builder().clock(clock).build()) {
      DemoContext context =
          new DemoContext(samvad, clock, samvad.tenant(DemoCommand.TENANT), portfolio);
      new LoadPortfolio().tell(context, report);
      bytes.reset();
      RelationshipChapter chapter = new RelationshipChapter();
      report.chapter(chapter.title());
      chapter.tell(context, report);
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("Healthiest") && text.contains("Most at risk"), text);
    assertTrue(text.contains("points:"), "drivers in\n" + text);
    List<Double> scores = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^\\s+(\\d+\\.\\d)  ").matcher(text);
    while (m.find()) {
      scores.add(Double.parseDouble(m.group(1)));
    }
    assertEquals(6, scores.size(), text);
    assertTrue(scores.get(2) >= scores.get(3), text);
    assertTrue(text.strip().split("\n").length <= 20, text);
  }
}
