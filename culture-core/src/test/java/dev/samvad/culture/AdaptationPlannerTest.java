package dev.samvad.culture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CustomerId;
import dev.samvad.api.Gstin;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.model.BusinessSize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AdaptationPlannerTest {
  private static final Instant NOW = Instant.parse("2026-10-20T05:30:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 10, 20);
  private final CulturalProfiler profiler = CulturalProfiler.standard();
  private final AdaptationPlanner planner = AdaptationPlanner.create(ReferenceData.bundled());

  private CulturalProfile gujaratTrader() {
    String first14 = "24AAPFU0939F1Z";
    return profiler.profile(
        new ProfileInput.Builder(new CustomerId("C-7"))
            .gstin(new Gstin(first14 + Gstin.checkCharacter(first14)))
            .size(BusinessSize.SMALL)
            .businessType("trader")
            .build(),
        NOW);
  }

  @Test
  void aHealthyLongStandingCustomerNeverGetsAFinalNoticeFirst() {
    RelationshipContext healthy = new RelationshipContext(OptionalInt.of(85), 36, 0, 0, TODAY);
    AdaptationPlan plan = planner.plan(gujaratTrader(), MessageIntent.FINAL_NOTICE, healthy);
    assertEquals(Tone.GENTLE, plan.tone());
    assertEquals(MessageIntent.GENTLE_OVERDUE, plan.intent());
    assertTrue(
        plan.decisions().stream()
            .anyMatch(d -> d.aspect().equals("tone") && d.why().contains("healthy")));
  }

  @Test
  void afterRemindersAFinalNoticeIsFormalDirectAndLeansOnTerms() {
    RelationshipContext strained = new RelationshipContext(OptionalInt.of(30), 6, 3, 2, TODAY);
    AdaptationPlan plan = planner.plan(gujaratTrader(), MessageIntent.FINAL_NOTICE, strained);
    assertEquals(Tone.FINAL, plan.tone());
    assertEquals(Formality.FORMAL, plan.formality());
    assertEquals(Directness.DIRECT, plan.directness());
    assertEquals(PersuasionStyle.TERMS, plan.persuasion());
  }

  @Test
  void languageAndHonorificFollowTheProfile() {
    AdaptationPlan plan =
        planner.plan(
            gujaratTrader(), MessageIntent.GENTLE_OVERDUE, RelationshipContext.firstContact(TODAY));
    assertEquals(LanguageForm.parse("gu"), plan.language());
    assertTrue(plan.decisions().stream().anyMatch(d -> d.aspect().equals("honorific")));
    assertTrue(plan.decisions().stream().allMatch(d -> !d.why().isBlank()));
  }

  @Test
  void timingAdviceWarnsOfTheComingFestival() {
    AdaptationPlan plan =
        planner.plan(
            gujaratTrader(),
            MessageIntent.PRE_DUE_REMINDER,
            RelationshipContext.firstContact(TODAY));
    assertTrue(
        plan.timingAdvice().stream().anyMatch(a -> a.contains("Diwali") || a.contains("Dhanteras")),
        plan.timingAdvice().toString());
  }

  @Property(tries = 300)
  void theFirstMessageOfAnEpisodeIsNeverFinal(
      @ForAll MessageIntent intent,
      @ForAll @IntRange(min = 0, max = 100) int health,
      @ForAll @IntRange(min = 0, max = 240) int tenure) {
    AdaptationPlan plan =
        planner.plan(
            gujaratTrader(),
            intent,
            new RelationshipContext(OptionalInt.of(health), tenure, 0, 0, TODAY));
    assertTrue(plan.tone() != Tone.FINAL);
    assertTrue(plan.tone().compareTo(intent.tone()) <= 0, "the bound only softens");
  }
}
