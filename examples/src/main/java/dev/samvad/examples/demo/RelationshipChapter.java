package dev.samvad.examples.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samvad.api.CustomerId;
import dev.samvad.api.model.Customer;
import dev.samvad.examples.story.HealthScores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chapter: every sample customer analysed by the relationship engine through {@code POST
 * /api/v1/relationship-intelligence/analyze}, as a host would ask — the three healthiest and the
 * three most at risk, each with its score, trend, strongest driver and first alert.
 */
final class RelationshipChapter implements Chapter {
  static final String PATH = HealthScores.PATH;
  private static final int WIDTH = 92;
  private static final int SHOWN = 3;

  /** One customer's answer, reduced to what the chapter prints. */
  private record Scored(
      String name, double score, String trend, double slope, String driver, String alert) {}

  @Override
  public String title() {
    return "Relationship health: who is doing well, who is slipping";
  }

  @Override
  public void tell(DemoContext context, Report report) {
    List<Scored> all = new ArrayList<>();
    Map<CustomerId, Double> scores = new LinkedHashMap<>();
    int alerts = 0;
    for (Customer c : context.customers()) {
      JsonNode a = analyze(context, c.id().value()).path("analysis");
      JsonNode health = a.path("health");
      scores.put(c.id(), health.path("score").asDouble());
      JsonNode first = a.path("alerts").path(0);
      alerts += a.path("alerts").size();
      all.add(
          new Scored(
              c.tradeName().orElse(c.legalName()),
              health.path("score").asDouble(),
              health.path("trend").path("direction").asText().toLowerCase(Locale.ROOT),
              health.path("trend").path("slopePerMonth").asDouble(),
              health.path("drivers").path(0).asText("no driver stands out"),
              first.isMissingNode()
                  ? ""
                  : first.path("severity").asText()
                      + " "
                      + first.path("type").asText().toLowerCase(Locale.ROOT).replace('_', ' ')
                      + ": "
                      + first.path("evidence").path(0).asText(first.path("subject").asText())));
    }
    context.rememberHealth(scores);
    all.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::name));
    double mean = all.stream().mapToDouble(Scored::score).average().orElse(0);
    long below50 = all.stream().filter(s -> s.score() < 50).count();
    report.note(
        String.format(
            Locale.ROOT,
            "%d customers analysed from the ledger through POST analyze: mean health %.1f, %d"
                + " below 50, %d alerts.",
            all.size(),
            mean,
            below50,
            alerts));
    report.line("Healthiest");
    for (Scored s : all.subList(0, Math.min(SHOWN, all.size()))) {
      print(report, s, false);
    }
    report.line("Most at risk");
    List<Scored> risk = new ArrayList<>(all.subList(Math.max(0, all.size() - SHOWN), all.size()));
    risk.sort(Comparator.comparingDouble(Scored::score).thenComparing(Scored::name));
    for (Scored s : risk) {
      print(report, s, true);
    }
  }

  private static void print(Report report, Scored s, boolean withAlert) {
    report.line(
        cut(
            String.format(
                Locale.ROOT,
                "  %5.1f  %s — %s (%+.1f a month)",
                s.score(),
                s.name(),
                s.trend(),
                s.slope())));
    if (withAlert) {
      report.line(cut("         " + s.driver()));
    }
    if (withAlert && !s.alert().isEmpty()) {
      report.line(cut("         alert: " + s.alert()));
    }
  }

  private static String cut(String text) {
    return text.length() <= WIDTH ? text : text.substring(0, WIDTH - 1) + "…";
  }

  private static JsonNode analyze(DemoContext context, String customer) {
    return HealthScores.analyze(
        context.samvad().jsonApi(), context.tenant(), new CustomerId(customer));
  }
}
