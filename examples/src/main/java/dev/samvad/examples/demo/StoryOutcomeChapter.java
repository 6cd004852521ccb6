package dev.samvad.examples.demo;

import dev.samvad.api.ChannelKind;
import dev.samvad.channel.MessageContent;
import dev.samvad.examples.story.CampaignRun;
import dev.samvad.examples.story.CustomerPayment;
import dev.samvad.examples.story.SentMessage;
import dev.samvad.examples.story.StoryResult;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Chapter: what the sixty days brought in — collected, promised, disputed, opted out and still
 * open; the hold-out group against the adapted one; two of the messages as sent (a Hindi WhatsApp
 * template, a Tamil e-mail statement); and the outbox file.
 */
final class StoryOutcomeChapter implements Chapter {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
  private static final int WIDTH = 96;

  @Override
  public String title() {
    return "What 60 days brought in";
  }

  @Override
  public void tell(DemoContext context, Report report) {
    StoryResult s =
        context.story().orElseThrow(() -> new IllegalStateException("the story has not run"));
    outcomes(s, report);
    holdOut(s, report);
    sample(s, ChannelKind.WHATSAPP, "hi", 1).ifPresent(m -> show(report, m));
    sample(s, ChannelKind.EMAIL, "ta", 3).ifPresent(m -> show(report, m));
    report.line(
        "Outbox: " + s.outbox() + " — " + s.outboxLines() + " messages, one JSON line each.");
  }

  private static void outcomes(StoryResult s, Report report) {
    long payers = s.payments().stream().map(CustomerPayment::customer).distinct().count();
    Report.Table table = report.table("", ">Amount", ">Customers", "");
    table.row(
        "Collected",
        Facts.rupees(s.collected()),
        payers,
        s.payments().size()
            + " payments; "
            + s.campaigns(CampaignRun::paid).size()
            + " campaigns finished paid and thanked");
    table.row(
        "Promised",
        Facts.rupees(s.owed(CampaignRun::promised)),
        s.campaigns(CampaignRun::promised).size(),
        "still owed, waiting for the date they named");
    table.row(
        "Disputed",
        Facts.rupees(s.owed(CampaignRun::disputed)),
        s.campaigns(CampaignRun::disputed).size(),
        "still owed by those who disputed; "
            + s.campaigns(CampaignRun::pausedForDispute).size()
            + " still paused for a person");
    table.row(
        "Opted out",
        Facts.rupees(s.owed(CampaignRun::optedOut)),
        s.campaigns(CampaignRun::optedOut).size(),
        "stopped on the channel they named");
    Predicate<CampaignRun> open =
        c -> c.outcome().isEmpty() && !c.promised() && !c.pausedForDispute();
    table.row(
        "Still open",
        Facts.rupees(s.owed(open)),
        s.campaigns(open).size(),
        "other campaigns running on "
            + s.lastDay().format(DAY)
            + ", "
            + s.campaigns(open.and(c -> !c.end().openTasks().isEmpty())).size()
            + " waiting for a person");
    table.print();
  }

  private static void holdOut(StoryResult s, Report report) {
    StoryResult.Group adapted = s.group(false);
    StoryResult.Group plain = s.group(true);
    report.line(
        String.format(
            Locale.ROOT,
            "Paid up: adapted %d of %d (%s; %.0f%% of the ₹ owed), hold-out in plain English at"
                + " 10:00 %d of %d (%s; %.0f%%).",
            adapted.paidUp(),
            adapted.customers(),
            Facts.percent(adapted.paidUp(), adapted.customers()),
            100 * adapted.rate(),
            plain.paidUp(),
            plain.customers(),
            Facts.percent(plain.paidUp(), plain.customers()),
            100 * plain.rate()));
    report.note(
        "Simulated customers answer being asked, not the wording: the gap is chance, not uplift.");
  }

  private static Optional<SentMessage> sample(
      StoryResult s, ChannelKind channel, String language, int invoices) {
    return s.messages().stream()
        .filter(
            m ->
                m.channel() == channel
                    && m.language().equals(language)
                    && m.invoices() >= invoices
                    && m.asksForMoney())
        .findFirst();
  }

  private static void show(Report report, SentMessage m) {
    String when = m.at().atZone(INDIA).format(WHEN);
    if (m.content() instanceof MessageContent.WhatsAppTemplate t) {
      report.line("WhatsApp " + m.language() + ", " + when + ": template " + t.templateName());
      report.line(
          Facts.clip(
              "  "
                  + String.join(" | ", t.variables().subList(0, Math.min(4, t.variables().size()))),
              WIDTH));
    } else if (m.content() instanceof MessageContent.Email e) {
      report.line(Facts.clip("E-mail " + m.language() + ", " + when + ": " + e.subject(), WIDTH));
      List<String> items = e.body().lines().filter(l -> l.startsWith("• ")).toList();
      String total = e.body().lines().filter(l -> l.startsWith("= ")).findFirst().orElse("");
      report.line(
          "  "
              + String.join("  ", items.subList(0, Math.min(2, items.size())))
              + (items.size() > 2 ? "  … " + (items.size() - 2) + " more" : ""));
      report.line("  " + total + " for " + items.size() + " invoices, one UPI link");
    }
  }
}
