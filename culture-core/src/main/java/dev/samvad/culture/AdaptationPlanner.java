package dev.samvad.culture;

import dev.samvad.api.Language;
import dev.samvad.api.LanguageForm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Decides how to write one message: language and script, register and honorifics, tone on the
 * gentle → firm → final ladder, directness, what to lean on, and when to send. Every decision comes
 * with a one-line reason.
 *
 * <p>Tone is bounded by the relationship: the first message of an episode is never a final notice,
 * and a healthy long-standing customer (health ≥ {@value #HEALTHY} and at least {@value
 * #LONG_STANDING_MONTHS} months) first gets a gentle one whatever the playbook asked for.
 *
 * <p>Immutable and thread-safe.
 */
public final class AdaptationPlanner {
  /** Health score from which a customer counts as healthy. */
  public static final int HEALTHY = 70;

  /** Tenure from which a customer counts as long-standing. */
  public static final int LONG_STANDING_MONTHS = 12;

  /** Health below which the register turns formal. */
  static final int STRAINED = 40;

  private final ReferenceData data;

  private AdaptationPlanner(ReferenceData data) {
    this.data = data;
  }

  /** A planner over the given reference data. */
  public static AdaptationPlanner create(ReferenceData data) {
    return new AdaptationPlanner(data);
  }

  /** Plans a message of {@code intent} for the customer {@code profile} describes. */
  public AdaptationPlan plan(
      CulturalProfile profile, MessageIntent intent, RelationshipContext ctx) {
    List<PlanDecision> decisions = new ArrayList<>(8);
    LanguageForm language = profile.primaryLanguage().value();
    decisions.add(
        new PlanDecision(
            "language", language.tag(), profile.primaryLanguage().evidence().get(0).detail()));
    decisions.add(new PlanDecision("script", language.script().name(), scriptReason(language)));

    Tone tone = boundedTone(intent.tone(), ctx, decisions);
    MessageIntent chosen = intentFor(intent, tone);
    if (chosen != intent) {
      decisions.add(
          new PlanDecision(
              "intent", chosen.name(), "softened from " + intent + " by the tone bound"));
    }

    Formality formality = profile.formality().value();
    String formalityWhy = profile.formality().evidence().get(0).detail();
    if (ctx.healthScore().isPresent() && ctx.healthScore().getAsInt() < STRAINED) {
      formality = Formality.FORMAL;
      formalityWhy =
          "relationship health "
              + ctx.healthScore().getAsInt()
              + " is strained: keep to the formal register";
    } else if (tone != Tone.GENTLE && formality == Formality.INFORMAL) {
      formality = Formality.SEMI_FORMAL;
      formalityWhy = "a " + tone + " message is never written familiarly";
    }
    decisions.add(new PlanDecision("formality", formality.name(), formalityWhy));
    decisions.add(
        new PlanDecision(
            "honorific",
            honorific(language.language()),
            "respectful address in " + language.language().englishName()));

    Directness directness = profile.directness().value();
    String directnessWhy = profile.directness().evidence().get(0).detail();
    if (tone == Tone.FINAL) {
      directness = Directness.DIRECT;
      directnessWhy = "a final notice states the amount, the date and the next step plainly";
    } else if (tone == Tone.GENTLE
        && profile.relationshipOrientation().value()
            == RelationshipOrientation.RELATIONSHIP_FIRST) {
      directness = Directness.INDIRECT;
      directnessWhy = "a gentle note to a relationship-first customer leaves room to save face";
    }
    decisions.add(new PlanDecision("directness", directness.name(), directnessWhy));

    PersuasionStyle persuasion = persuasion(profile.relationshipOrientation().value(), tone);
    decisions.add(new PlanDecision("persuasion", persuasion.name(), persuasionReason(persuasion)));

    List<String> timing = timingAdvice(profile, ctx.asOf());
    return new AdaptationPlan(
        chosen, language, formality, tone, directness, persuasion, timing, decisions);
  }

  private static Tone boundedTone(
      Tone requested, RelationshipContext ctx, List<PlanDecision> decisions) {
    boolean healthy = ctx.healthScore().isPresent() && ctx.healthScore().getAsInt() >= HEALTHY;
    boolean longStanding = ctx.tenureMonths() >= LONG_STANDING_MONTHS;
    Tone cap;
    String why;
    if (ctx.remindersSoFar() == 0 && healthy && longStanding) {
      cap = Tone.GENTLE;
      why =
          "first reminder to a healthy customer of " + ctx.tenureMonths() + " months stays gentle";
    } else if (ctx.remindersSoFar() == 0) {
      cap = Tone.FIRM;
      why = "a first message is never a final notice";
    } else if (healthy && ctx.remindersSoFar() < 2) {
      cap = Tone.FIRM;
      why = "a healthy customer hears a firm word before a final one";
    } else {
      cap = Tone.FINAL;
      why = ctx.remindersSoFar() + " reminders already sent";
    }
    Tone tone = requested.compareTo(cap) <= 0 ? requested : cap;
    decisions.add(
        new PlanDecision(
            "tone", tone.name(), tone == requested ? "as the step asks; " + why : why));
    return tone;
  }

  private static MessageIntent intentFor(MessageIntent intent, Tone tone) {
    if (intent.tone().compareTo(tone) <= 0) {
      return intent;
    }
    return tone == Tone.FIRM ? MessageIntent.FIRM_OVERDUE : MessageIntent.GENTLE_OVERDUE;
  }

  private static PersuasionStyle persuasion(RelationshipOrientation orientation, Tone tone) {
    if (tone == Tone.FINAL) {
      return PersuasionStyle.TERMS;
    }
    return switch (orientation) {
      case RELATIONSHIP_FIRST -> PersuasionStyle.RELATIONSHIP;
      case TRANSACTIONAL -> PersuasionStyle.FACTS;
      case BALANCED -> tone == Tone.GENTLE ? PersuasionStyle.RELATIONSHIP : PersuasionStyle.FACTS;
    };
  }

  private static String persuasionReason(PersuasionStyle style) {
    return switch (style) {
      case RELATIONSHIP -> "lean on the continuing relationship and trust";
      case FACTS -> "lean on plain facts: amount, dates, what happens next";
      case TERMS -> "lean on the agreed terms (and the MSMED Act where it applies)";
    };
  }

  private static String scriptReason(LanguageForm language) {
    if (language.isRomanised()) {
      return "the customer writes "
          + language.language().englishName()
          + " in Latin letters, so we do too";
    }
    return language.script().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + " is the usual script of "
        + language.language().englishName();
  }

  /** The respectful form of address per language, as the templates use it. */
  static String honorific(Language language) {
    return switch (language) {
      case HINDI, MAITHILI, DOGRI, BODO, SANSKRIT ->
          "name + ji, aap forms (never tum); Shri/Smt only when stated";
      case PUNJABI -> "name + ji, tusi forms";
      case URDU, KASHMIRI, SINDHI -> "janab / name + sahab, aap forms";
      case MARATHI, KONKANI -> "name + ji / saheb, aapan/tumhi respectful forms";
      case GUJARATI -> "name + bhai/ben only if stated; else name + ji, aap forms";
      case BENGALI -> "name + babu/mahashay, apni forms";
      case ASSAMESE, MANIPURI -> "name + deu/mahodoy, apuni forms";
      case ODIA -> "name + babu/mahashaya, apana forms";
      case TAMIL -> "Thiru/Thirumathi only when stated; respectful plural (neengal)";
      case TELUGU -> "name + garu, meeru forms";
      case KANNADA -> "name + avaru, neevu forms";
      case MALAYALAM -> "name + sir/madam when stated, respectful forms";
      case NEPALI -> "name + ji, tapai forms";
      case SANTALI, ENGLISH -> "Dear + name; Sir/Madam only when stated";
    };
  }

  // String.format builds a Formatter and locale symbols per call; this runs on every message.
  static String twoDecimals(double value) {
    long hundredths = Math.round(value * 100);
    long frac = Math.abs(hundredths % 100);
    return (hundredths < 0 ? "-" : "")
        + Math.abs(hundredths / 100)
        + "."
        + (frac < 10 ? "0" : "")
        + frac;
  }

  private List<String> timingAdvice(CulturalProfile profile, LocalDate asOf) {
    List<String> advice = new ArrayList<>(3);
    List<Integer> hours = profile.preferredHours().value();
    if (!hours.isEmpty()) {
      advice.add(
          "best hours "
              + hours.stream()
                  .limit(3)
                  .map(h -> (h < 10 ? "0" : "") + h + ":00")
                  .collect(Collectors.joining(", "))
              + " (confidence "
              + twoDecimals(profile.preferredHours().confidence())
              + ")");
    }
    data
        .festivals()
        .applicable(asOf, asOf.plusDays(21), profile.knownState(), profile.region().value())
        .stream()
        .filter(
            f ->
                f.quietDaysBefore() + f.quietDaysAfter() > 0 || f.kind() != FestivalKind.RESTRICTED)
        .limit(2)
        .forEach(
            f ->
                advice.add(
                    "no payment reminder "
                        + f.quietFrom()
                        + " to "
                        + f.quietUntil()
                        + " ("
                        + f.name()
                        + (f.estimated() ? ", date estimated" : "")
                        + ")"));
    advice.add(
        "weekly off "
            + profile.businessHours().weeklyOff()
            + "; avoid GST filing days (11th, 20th) for accountants");
    return advice;
  }
}
