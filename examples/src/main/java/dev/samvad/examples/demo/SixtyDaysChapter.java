package dev.samvad.examples.demo;

import dev.samvad.examples.story.CampaignRun;
import dev.samvad.examples.story.Outbox;
import dev.samvad.examples.story.PlaybookChoice;
import dev.samvad.examples.story.SixtyDays;
import dev.samvad.examples.story.StoryResult;
import dev.samvad.orchestration.Playbooks;
import java.util.List;

/**
 * Chapter: sixty simulated days. A campaign starts for every customer with open invoices, on a
 * playbook chosen from their relationship health; the clock moves in quarter hours; simulated
 * customers answer in their own languages and pay, a simulated colleague works the task inbox. One
 * line a day says what happened.
 */
final class SixtyDaysChapter implements Chapter {
  @Override
  public String title() {
    return "60 days of campaigns on the steppable clock, in 15-minute steps";
  }

  @Override
  public void tell(DemoContext context, Report report) {
    Outbox outbox =
        context.outbox().orElseThrow(() -> new IllegalStateException("the demo has no outbox"));
    StoryResult story =
        new SixtyDays(
                context.samvad(), context.session(), context.clock(), context.portfolio(), outbox)
            .run(context.health());
    context.rememberStory(story);
    context.refresh();
    report.line(
        story.campaigns().size()
            + " campaigns, one per customer who owes ("
            + story.leftAlone()
            + " who had asked us to stop get none): "
            + count(story, Playbooks.HIGH_RISK)
            + " high-risk,");
    report.line(
        count(story, Playbooks.RELATIONSHIP_FIRST)
            + " relationship-first, "
            + count(story, Playbooks.STANDARD_B2B)
            + " standard-b2b by health (below "
            + (int) PlaybookChoice.RISKY_BELOW
            + "; "
            + (int) PlaybookChoice.HEALTHY_FROM
            + "+ and a year+); "
            + story.campaigns(CampaignRun::holdOut).size()
            + " in the hold-out.");
    report.note(
        "Customers act out the book's habits (seed "
            + context.portfolio().seed()
            + "); a colleague works the task inbox daily at 11:00.");
    report.note(DayLines.LEGEND);
    List<String> lines = DayLines.of(story.days());
    report.note(lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      report.line(line);
    }
  }

  private static long count(StoryResult story, String playbook) {
    return story.campaigns(c -> c.playbook().playbookId().equals(playbook)).size();
  }
}
