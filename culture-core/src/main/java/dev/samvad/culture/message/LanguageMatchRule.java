package dev.samvad.culture.message;

import dev.samvad.api.LanguageForm;
import dev.samvad.culture.ApproachContext;
import dev.samvad.culture.ApproachFinding;
import dev.samvad.culture.ApproachFinding.Severity;
import dev.samvad.culture.ApproachRule;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.LanguageGuess;
import dev.samvad.culture.LanguageIdentifier;
import java.util.List;

/**
 * A warning when a message is not in the customer's language or script. The message's language is
 * read from its text (so host-written content is checked too), not taken from its label.
 */
public final class LanguageMatchRule implements ApproachRule {
  /** Below this, the reading of the message's language is too unsure to complain about. */
  static final double MIN_CONFIDENCE = 0.6;

  private final LanguageIdentifier identifier;

  public LanguageMatchRule(LanguageIdentifier identifier) {
    this.identifier = identifier;
  }

  @Override
  public List<ApproachFinding> check(ApproachContext context) {
    if (context.profile().isEmpty()) {
      return List.of();
    }
    CulturalProfile profile = context.profile().get();
    LanguageForm wanted = profile.primaryLanguage().value();
    LanguageGuess written = identifier.identify(context.message().text());
    if (written.isUnknown() || written.confidence() < MIN_CONFIDENCE) {
      return List.of();
    }
    LanguageForm got = written.language();
    if (got.language() == wanted.language()) {
      if (got.script() != wanted.script()) {
        return List.of(
            new ApproachFinding(
                "WRONG_SCRIPT",
                Severity.WARNING,
                "The message is in "
                    + got.language().englishName()
                    + " written in "
                    + got.script()
                    + ", but the customer reads it in "
                    + wanted.script()
                    + ".",
                "Use the " + wanted.tag() + " templates."));
      }
      return List.of();
    }
    boolean readable =
        profile.secondaryLanguages().stream().anyMatch(l -> l.language() == got.language());
    return List.of(
        new ApproachFinding(
            "WRONG_LANGUAGE",
            readable ? Severity.INFO : Severity.WARNING,
            "The message reads as "
                + got.language().englishName()
                + " but the customer's language is "
                + wanted.language().englishName()
                + (readable ? " (they also read " + got.language().englishName() + ")." : "."),
            "Write in "
                + wanted.tag()
                + ", the language the profile found from "
                + profile.primaryLanguage().evidence().get(0).source()
                + "."));
  }
}
