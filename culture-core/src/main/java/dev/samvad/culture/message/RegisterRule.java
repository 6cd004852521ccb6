package dev.samvad.culture.message;

import dev.samvad.culture.ApproachContext;
import dev.samvad.culture.ApproachFinding;
import dev.samvad.culture.ApproachFinding.Severity;
import dev.samvad.culture.ApproachRule;
import dev.samvad.culture.Formality;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A warning when a message addresses a business customer in a familiar register: the intimate
 * pronouns of Hindi and Hinglish (tum, tu and their forms) or English slang, where the customer's
 * profile expects a formal or semi-formal register. Business writing in Hindi uses aap.
 */
public final class RegisterRule implements ApproachRule {
  private static final Pattern FAMILIAR =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{M}])(tum|tumhara|tumhari|tumhare|tumhe|tumko|tujhe|tujhko|tera|teri|tere"
              + "|तुम|तुम्हारा|तुम्हारी|तुम्हारे|तुम्हें|तुझे|तेरा|तेरी|तेरे|yaar|dude|bro)(?![\\p{L}\\p{M}])");

  @Override
  public List<ApproachFinding> check(ApproachContext context) {
    Formality expected =
        context
            .plan()
            .map(p -> p.formality())
            .or(() -> context.profile().map(p -> p.formality().value()))
            .orElse(Formality.FORMAL);
    if (expected == Formality.INFORMAL) {
      return List.of();
    }
    var match = FAMILIAR.matcher(context.message().text().toLowerCase(Locale.ROOT));
    if (!match.find()) {
      return List.of();
    }
    return List.of(
        new ApproachFinding(
            "WRONG_FORMALITY",
            Severity.WARNING,
            "'"
                + match.group(1)
                + "' is a familiar form; the customer expects a "
                + expected.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + " register.",
            "Use the respectful forms (aap, aapka, aapko in Hindi and Hinglish; no slang)."));
  }
}
