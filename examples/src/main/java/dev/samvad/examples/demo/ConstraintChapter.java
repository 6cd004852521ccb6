package dev.samvad.examples.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.Money;
import dev.samvad.api.json.SamvadJson;
import dev.samvad.sdk.JsonRequest;
import dev.samvad.sdk.JsonResponse;
import dev.samvad.sdk.Principal;
import dev.samvad.sdk.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chapter: the constraint analysis over the whole book, asked for through the JSON API as a host
 * would ask for it — receivables KPIs, ageing, MSMED interest and the one constraint that holds
 * back cash, with the first thing to do about it.
 */
final class ConstraintChapter implements Chapter {
  static final String PATH = "/api/v1/constraint-integration/analyze";
  private static final ObjectMapper JSON = SamvadJson.newMapper();
  private static final int WIDTH = 96;

  @Override
  public String title() {
    return "The constraint that holds back cash";
  }

  @Override
  public void tell(DemoContext context, Report report) {
    // The demo seller is taken to be a small enterprise, so MSMED interest is computed.
    JsonResponse response =
        context
            .samvad()
            .jsonApi()
            .handle(
                JsonRequest.of(
                    "POST",
                    PATH,
                    "{\"customerId\": \"*\", \"tenantSize\": \"SMALL\"}",
                    Principal.of(context.tenant(), "demo", Role.ADMINISTRATOR)));
    JsonNode body = read(response.body());
    if (response.status() != 200) {
      throw new IllegalStateException(
          "analyze answered " + response.status() + ": " + body.path("message").asText());
    }
    JsonNode a = body.path("analysis");
    JsonNode k = a.path("kpis");
    report.note(
        String.format(
            Locale.ROOT,
            "Whole book through POST analyze: %,d invoices, %d-day period; invoices and payments"
                + " only, no message executions yet.",
            body.path("invoices").asInt(),
            k.path("period").path("days").asInt()));
    report.line(
        String.format(
            Locale.ROOT,
            "DSO %.1f days (count-back %.1f) · best possible %.1f · ADD %.1f · CEI %.1f",
            k.path("dso").asDouble(),
            k.path("countBackDso").asDouble(),
            k.path("bestPossibleDso").asDouble(),
            k.path("averageDaysDelinquent").asDouble(),
            k.path("cei").asDouble()));
    JsonNode ageing = k.path("ageing");
    report
        .table(">Current", ">1-30 days", ">31-60 days", ">61-90 days", ">Over 90 days")
        .row(
            rupees(ageing.path("current")),
            rupees(ageing.path("days1To30")),
            rupees(ageing.path("days31To60")),
            rupees(ageing.path("days61To90")),
            rupees(ageing.path("over90")))
        .print();
    report.line(
        String.format(
            Locale.ROOT,
            "Collection rate %.1f%% of what was collectible · dispute rate %.1f%% of invoices"
                + " issued",
            k.path("collectionRatePercent").asDouble(),
            k.path("disputeRatePercent").asDouble()));
    JsonNode msmed = a.path("msmed");
    if (msmed.path("applicable").asBoolean()) {
      report.line(
          String.format(
              Locale.ROOT,
              "MSMED Act interest (seller taken as a small enterprise): %s on %,d invoices at"
                  + " %.2f%%",
              rupees(msmed.path("interest")),
              msmed.path("invoices").asLong(),
              msmed.path("annualRatePercent").asDouble()));
    }
    JsonNode constraint = a.path("constraint");
    if (!constraint.isObject()) {
      report.line("No lever would add cash on these facts; there is no binding constraint yet.");
      return;
    }
    JsonNode c = constraint.path("candidate");
    JsonNode expected = c.path("expected");
    wrap(
        report,
        String.format(
            Locale.ROOT,
            "Binding constraint: %s (%s) at %s — about %s a day more cash if relieved (%s to %s),"
                + " DSO %.1f days lower.",
            describe(c.path("lever").asText()),
            c.path("constraintClass").asText().toLowerCase(Locale.ROOT),
            c.path("where").asText(),
            perDay(expected),
            perDay(c.path("low")),
            perDay(c.path("high")),
            expected.path("dsoDays").asDouble()));
    for (JsonNode r : constraint.path("recommendations")) {
      if (!r.path("step").asText().equals("IDENTIFY")) {
        wrap(report, "First, " + r.path("step").asText() + ": " + r.path("action").asText());
        break;
      }
    }
  }

  private static String describe(String lever) {
    try {
      return dev.samvad.constraint.Lever.valueOf(lever).description();
    } catch (IllegalArgumentException e) {
      return lever;
    }
  }

  private static String rupees(JsonNode money) {
    return Facts.rupees(Money.ofPaise(money.path("paise").asLong()));
  }

  /** An impact's cash per day, to the rupee. */
  private static String perDay(JsonNode impact) {
    long paise = impact.path("cashPerDay").path("paise").asLong();
    return Facts.rupees(Money.ofRupees(Math.round(paise / 100.0)));
  }

  /** Writes {@code text} in lines of at most {@value #WIDTH} characters, at most three. */
  private static void wrap(Report report, String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    lines.add(line.toString());
    for (int i = 0; i < Math.min(3, lines.size()); i++) {
      String shown = lines.get(i);
      report.line(i == 2 && lines.size() > 3 ? Facts.clip(shown + " …", WIDTH) : shown);
    }
  }

  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("analyze answered something other than JSON", e);
    }
  }
}
