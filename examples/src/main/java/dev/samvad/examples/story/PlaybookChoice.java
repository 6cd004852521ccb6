package dev.samvad.examples.story;

import dev.samvad.orchestration.Playbooks;

/**
 * Which shipped playbook a customer's campaign follows, decided from what Samvad knows about them:
 * their relationship health (the relationship engine's 0–100 score, computed from the ledger) and
 * how long they have been a customer.
 *
 * <ul>
 *   <li>health below {@value #RISKY_BELOW}: {@code high-risk}, earlier and firmer;
 *   <li>health {@value #HEALTHY_FROM} or more and a customer for {@value #LONG_STANDING_MONTHS}
 *       months or more: {@code relationship-first}, fewer and softer messages and a courtesy call;
 *   <li>anyone else: {@code standard-b2b}.
 * </ul>
 *
 * <p>On the sample book the bands fall where the relationship chapter draws them: most chronic late
 * payers, part-payers and customers going silent score below 48; long-standing prompt payers score
 * 65 or more.
 *
 * @param playbookId the playbook
 * @param reason why, in a few words
 */
public record PlaybookChoice(String playbookId, String reason) {
  /** Health below this means high-risk. */
  public static final double RISKY_BELOW = 48;

  /** Health from this up, with a long relationship, means relationship-first. */
  public static final double HEALTHY_FROM = 65;

  /** Months since the first invoice that make a customer long-standing. */
  public static final int LONG_STANDING_MONTHS = 12;

  /** The playbook for a customer with this health who has been a customer this many months. */
  public static PlaybookChoice of(double health, long monthsAsCustomer) {
    if (health < RISKY_BELOW) {
      return new PlaybookChoice(Playbooks.HIGH_RISK, "health below 48");
    }
    if (health >= HEALTHY_FROM && monthsAsCustomer >= LONG_STANDING_MONTHS) {
      return new PlaybookChoice(Playbooks.RELATIONSHIP_FIRST, "health 65+, a customer for a year+");
    }
    return new PlaybookChoice(Playbooks.STANDARD_B2B, "everyone else");
  }
}
