package dev.samvad.culture;

import dev.samvad.api.LanguageForm;
import java.util.List;

/**
 * How to write one message to one customer: the output of {@link AdaptationPlanner}, the input of
 * rendering. Every choice is explained in {@link #decisions()}.
 *
 * @param intent the message intent after the tone bound (a requested final notice may become a firm
 *     reminder for a healthy customer)
 * @param language the language and script to write in (rendering may fall back along the documented
 *     chain when no templates exist for it, and says so)
 * @param formality the register
 * @param tone the tone on the ladder
 * @param directness how plainly to ask
 * @param persuasion what to lean on
 * @param timingAdvice advice on when to send, in words
 * @param decisions every decision with a one-line reason
 */
public record AdaptationPlan(
    MessageIntent intent,
    LanguageForm language,
    Formality formality,
    Tone tone,
    Directness directness,
    PersuasionStyle persuasion,
    List<String> timingAdvice,
    List<PlanDecision> decisions) {

  /** Copies the lists. */
  public AdaptationPlan {
    timingAdvice = List.copyOf(timingAdvice);
    decisions = List.copyOf(decisions);
  }
}
