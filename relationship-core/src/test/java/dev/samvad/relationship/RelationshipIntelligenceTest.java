package dev.samvad.relationship;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.json.SamvadJson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationshipIntelligenceTest {
  @Test
  void analysisOfASyntheticPortfolioRanksArchetypesSensiblyAndSerialises() throws Exception {
    List<CustomerHistory> portfolio =
        SyntheticPortfolio.generate(21, 60, LocalDate.of(2025, 1, 1), 24);
    RelationshipIntelligence ri = RelationshipIntelligence.builder().build();
    Instant asOf = Histories.endOf("2026-12-31");
    List<RelationshipAnalysis> all =
        portfolio.stream()
            .map(h -> ri.analyze(h, asOf))
            .sorted(Comparator.comparingDouble(a -> a.health().score()))
            .toList();
    double prompt = mean(all, SyntheticPortfolio.Archetype.PROMPT);
    double chronic = mean(all, SyntheticPortfolio.Archetype.CHRONIC);
    assertTrue(prompt > chronic + 15, prompt + " vs " + chronic);
    assertFalse(all.get(0).openInvoices().isEmpty() && all.get(0).alerts().isEmpty());

    ObjectMapper json = SamvadJson.newMapper();
    String text = json.writeValueAsString(all.get(0));
    assertTrue(text.contains("\"health\""), text);
    assertTrue(text.contains("\"expectedPaymentDate\""), text);
    json.readValue(json.writeValueAsString(ri.model().coefficients()), ModelCoefficients.class);
  }

  private static double mean(List<RelationshipAnalysis> all, SyntheticPortfolio.Archetype type) {
    return all.stream()
        .filter(a -> SyntheticPortfolio.archetypeOf(a.customerId()) == type)
        .mapToDouble(a -> a.health().score())
        .average()
        .orElseThrow();
  }
}
