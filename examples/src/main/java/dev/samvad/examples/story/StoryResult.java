package dev.samvad.examples.story;

import dev.samvad.api.CustomerId;
import dev.samvad.api.Money;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What the sixty days left behind: the day-by-day activity, every campaign's end state, every
 * message, reply and payment, and the outbox file.
 *
 * @param firstDay the first day, in India
 * @param days one entry per day, in order
 * @param campaigns the campaigns started, one per customer with open invoices
 * @param leftAlone customers with open invoices who had asked Samvad to stop before the story, so
 *     got no campaign
 * @param messages every message sent, in order
 * @param replies every reply the simulated customers sent, in order
 * @param payments every payment they made, in order
 * @param outbox the outbox file
 * @param outboxLines how many lines (messages) it holds
 */
public record StoryResult(
    LocalDate firstDay,
    List<DayActivity> days,
    List<CampaignRun> campaigns,
    int leftAlone,
    List<SentMessage> messages,
    List<CustomerReply> replies,
    List<CustomerPayment> payments,
    Path outbox,
    long outboxLines) {

  /** Copies the lists. */
  public StoryResult {
    days = List.copyOf(days);
    campaigns = List.copyOf(campaigns);
    messages = List.copyOf(messages);
    replies = List.copyOf(replies);
    payments = List.copyOf(payments);
  }

  /** The last day. */
  public LocalDate lastDay() {
    return days.get(days.size() - 1).date();
  }

  /** Everything paid during the story. */
  public Money collected() {
    return sum(payments.stream().map(CustomerPayment::amount).toList());
  }

  /** The campaigns matching {@code which}. */
  public List<CampaignRun> campaigns(Predicate<CampaignRun> which) {
    return campaigns.stream().filter(which).toList();
  }

  /** What is still owed on the campaigns matching {@code which}. */
  public Money owed(Predicate<CampaignRun> which) {
    return sum(campaigns(which).stream().map(c -> c.end().outstanding()).toList());
  }

  /** How the hold-out group and the adapted group fared. */
  public Group group(boolean holdOut) {
    List<CampaignRun> runs = campaigns(c -> c.holdOut() == holdOut);
    Set<CustomerId> members = runs.stream().map(CampaignRun::customer).collect(Collectors.toSet());
    Money owed = sum(runs.stream().map(CampaignRun::owedAtStart).toList());
    Money paid =
        sum(
            payments.stream()
                .filter(p -> members.contains(p.customer()))
                .map(CustomerPayment::amount)
                .toList());
    int settled = (int) runs.stream().filter(CampaignRun::paid).count();
    return new Group(runs.size(), owed, paid, settled);
  }

  private static Money sum(List<Money> amounts) {
    return amounts.stream().reduce(Money.ZERO, Money::plus);
  }

  /**
   * One group's collection.
   *
   * @param customers how many customers
   * @param owedAtStart what they owed when their campaigns started
   * @param collected what they paid during the story
   * @param paidUp how many campaigns finished paid
   */
  public record Group(int customers, Money owedAtStart, Money collected, int paidUp) {
    /** The share of what was owed that came in, 0 to 1. */
    public double rate() {
      return owedAtStart.isZero() ? 0 : (double) collected.paise() / owedAtStart.paise();
    }
  }
}
