package dev.samvad.culture;

import dev.samvad.api.InvalidInputException;
import dev.samvad.culture.message.AbuseLexicon;
import dev.samvad.culture.message.LexiconRule;
import dev.samvad.culture.message.MandatoryFactsRule;
import dev.samvad.culture.message.SmsBudgetRule;
import dev.samvad.culture.message.WhatsAppWindowRule;

/** The approach rules shipped with culture-core, for {@link MessageLint}. */
public final class ApproachRules {
  /** The SMS budget of {@link MessageLint#standard()}: two segments. */
  public static final int DEFAULT_SMS_SEGMENT_BUDGET = 2;

  private ApproachRules() {}

  /**
   * Threatening, shaming, abusive and third-party-disclosure phrases in every supported language
   * (the bundled lexicon; coverage in {@code docs/messages.md}). Matches after NFKC and
   * lower-casing, at word boundaries, in the whole text whatever its language (code-mixed text is
   * common).
   */
  public static ApproachRule lexicon() {
    return new LexiconRule(AbuseLexicon.bundled());
  }

  /** A warning when an SMS needs more than {@code maxSegments} segments. */
  public static ApproachRule smsSegmentBudget(int maxSegments) {
    if (maxSegments < 1) {
      throw new InvalidInputException("maxSegments", "must be at least 1, was " + maxSegments);
    }
    return new SmsBudgetRule(maxSegments);
  }

  /**
   * A blocker when a money-asking message lacks the amount, the invoice number or the due date as
   * the renderer writes them (the date in the template language's or English month names, or
   * dd-mm-yyyy / dd/mm/yyyy). Needs the facts in the context; without them, an INFO finding.
   */
  public static ApproachRule mandatoryFacts() {
    return mandatoryFacts(TemplateCatalog.bundled());
  }

  /** As {@link #mandatoryFacts()}, with month names from {@code catalog}. */
  public static ApproachRule mandatoryFacts(TemplateCatalog catalog) {
    return new MandatoryFactsRule(catalog::pack);
  }

  /**
   * A blocker when a free-form WhatsApp text (not a template) would be sent more than 24 hours
   * after the customer last wrote to us, or when they never have.
   */
  public static ApproachRule whatsAppSessionWindow() {
    return new WhatsAppWindowRule();
  }

  /**
   * A blocker when the send time breaks a hard contact rule for the customer in the context's
   * profile (legal hours, festival quiet days, Sundays, national holidays, their weekly off), with
   * the earliest permitted time as the fix. Without a profile, an INFO finding.
   */
  public static ApproachRule contactWindow(ContactWindowPolicy policy) {
    return new dev.samvad.culture.message.ContactWindowRule(policy);
  }

  /** A warning when the message's text is not in the customer's language or script. */
  public static ApproachRule languageMatch(LanguageIdentifier identifier) {
    return new dev.samvad.culture.message.LanguageMatchRule(identifier);
  }

  /** A warning when the message uses familiar forms (tum, tu, slang) with a formal customer. */
  public static ApproachRule register() {
    return new dev.samvad.culture.message.RegisterRule();
  }
}
