package dev.samvad.culture;

import dev.samvad.api.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Validates a message's approach by running a list of small {@link ApproachRule}s and gathering
 * their findings, blockers first.
 *
 * <p>{@link #standard()} holds the rules shipped here: the abuse lexicon in every supported
 * language, the SMS segment budget (2), the mandatory facts of a money-asking message, and the
 * WhatsApp 24-hour window. Add more (contact windows, festivals, language and formality against the
 * profile) with {@link #toBuilder()}. Immutable and thread-safe when its rules are.
 */
public final class MessageLint {
  private static final Comparator<ApproachFinding> BY_SEVERITY =
      Comparator.comparing(ApproachFinding::severity);

  private final List<ApproachRule> rules;

  private MessageLint(List<ApproachRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The shipped rules, with the bundled lexicon and an SMS budget of two segments. */
  public static MessageLint standard() {
    return Standard.INSTANCE;
  }

  /**
   * The standard rules plus those that need the customer's profile: the contact window under {@code
   * policy} (legal hours, festival quiet days, rest days), the language and script of the text, and
   * the register. This is what approach validation runs.
   */
  public static MessageLint withProfileRules(
      ContactWindowPolicy policy, LanguageIdentifier identifier) {
    return standard().toBuilder()
        .add(ApproachRules.contactWindow(policy))
        .add(ApproachRules.languageMatch(identifier))
        .add(ApproachRules.register())
        .build();
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder(List.of());
  }

  /** A builder holding this lint's rules. */
  public Builder toBuilder() {
    return new Builder(rules);
  }

  /** The rules, in the order they run. */
  public List<ApproachRule> rules() {
    return rules;
  }

  /** Every finding of every rule, blockers first, each rule's findings in its own order. */
  public List<ApproachFinding> validate(ApproachContext context) {
    InvalidInputException.require(context, "context");
    List<ApproachFinding> findings = new ArrayList<>();
    for (ApproachRule rule : rules) {
      findings.addAll(rule.check(context));
    }
    findings.sort(BY_SEVERITY);
    return List.copyOf(findings);
  }

  /** True when no rule finds a blocker. */
  public boolean allows(ApproachContext context) {
    return validate(context).stream().noneMatch(ApproachFinding::blocks);
  }

  /** Assembles a lint. Not thread-safe. */
  public static final class Builder {
    private final List<ApproachRule> rules;

    private Builder(List<ApproachRule> rules) {
      this.rules = new ArrayList<>(rules);
    }

    /** Adds a rule to run after the ones already added. */
    public Builder add(ApproachRule rule) {
      rules.add(InvalidInputException.require(rule, "rule"));
      return this;
    }

    /** Removes every rule of {@code type} (to replace, say, the SMS budget with another). */
    public Builder remove(Class<? extends ApproachRule> type) {
      rules.removeIf(type::isInstance);
      return this;
    }

    /** The lint. */
    public MessageLint build() {
      return new MessageLint(rules);
    }
  }

  private static final class Standard {
    static final MessageLint INSTANCE =
        builder()
            .add(ApproachRules.lexicon())
            .add(ApproachRules.smsSegmentBudget(ApproachRules.DEFAULT_SMS_SEGMENT_BUDGET))
            .add(ApproachRules.mandatoryFacts())
            .add(ApproachRules.whatsAppSessionWindow())
            .build();
  }
}
