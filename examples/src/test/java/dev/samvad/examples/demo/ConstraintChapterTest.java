package dev.samvad.examples.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.spi.SteppableClock;
import dev.samvad.examples.Terminal;
import dev.samvad.examples.portfolio.Portfolio;
import dev.samvad.examples.portfolio.PortfolioLoader;
import dev.samvad.sdk.Samvad;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The constraint chapter, told after the sample book is loaded. */
class ConstraintChapterTest {
  @Test
  void printsTheKpisAndTheConstraintInAFewLines() {
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
      ConstraintChapter chapter = new ConstraintChapter();
      report.chapter(chapter.title());
      chapter.tell(context, report);
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    for (String expected : new String[] {"DSO", "CEI", "count-back", "Over 90 days", "₹"}) {
      assertTrue(text.contains(expected), expected + " in\n" + text);
    }
    assertTrue(text.strip().split("\n").length <= 25, text);
  }
}
