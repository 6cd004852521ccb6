package dev.samvad.examples.story;

import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Direction;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.spi.SteppableClock;
import dev.samvad.channel.OutboundMessage;
import dev.samvad.examples.portfolio.Portfolio;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Task;
import dev.samvad.orchestration.runtime.ExecutionView;
import dev.samvad.orchestration.runtime.TaskQuery;
import dev.samvad.orchestration.runtime.TaskView;
import dev.samvad.relationship.text.Intent;
import dev.samvad.relationship.text.ReplyAnalyzer;
import dev.samvad.sdk.Samvad;
import dev.samvad.sdk.TenantSession;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sixty days of campaigns on a steppable clock. On the clock's day it starts one campaign per
 * customer with open invoices (on the playbook {@link PlaybookChoice} picks from their health),
 * then moves the clock forward in {@link #STEP}s to the end of the sixtieth day. At every step the
 * simulated customers act (replies, payments), the simulated collections person works the inbox
 * once a day, Samvad runs what is due ({@link Samvad#runDue}), and every message it sent is shown
 * to its customer, who may answer.
 *
 * <p>Customers who asked Samvad to stop in an earlier reply (read by the reply analyser from the
 * stored messages) get no campaign: a person should decide about them.
 *
 * <p>The Samvad must send through {@code outbox}'s channel on every channel kind, and run on {@code
 * clock}; the customers are made by {@link Personas} from the portfolio.
 */
public final class SixtyDays {
  /** How many days the story runs. */
  public static final int DAYS = 60;

  /** How far the clock moves between runs of due work. */
  public static final Duration STEP = Duration.ofMinutes(15);

  private final Samvad samvad;
  private final TenantSession session;
  private final SteppableClock clock;
  private final Outbox outbox;
  private final Map<CustomerId, Persona> personas;

  /**
   * A story over {@code session}'s tenant, already loaded with {@code portfolio}.
   *
   * @param samvad sends through {@code outbox} and runs on {@code clock}
   */
  public SixtyDays(
      Samvad samvad,
      TenantSession session,
      SteppableClock clock,
      Portfolio portfolio,
      Outbox outbox) {
    this.samvad = samvad;
    this.session = session;
    this.clock = clock;
    this.outbox = outbox;
    this.personas = Personas.of(portfolio);
  }

  /**
   * Runs the sixty days.
   *
   * @param health each customer's relationship health (see {@link HealthScores}); a customer
   *     without a score counts as 50
   */
  public StoryResult run(Map<CustomerId, Double> health) {
    Instant start = clock.instant();
    LocalDate first = StoryLog.dateOf(start);
    StoryLog log = new StoryLog(first, DAYS);
    Started started = start(health, first);
    SimulatedCustomers customers = new SimulatedCustomers(session, personas, log);
    CollectionsDesk desk = new CollectionsDesk(session, customers, log);
    Instant end = first.plusDays(DAYS).atStartOfDay(StoryLog.INDIA).toInstant();
    for (Instant now = start; now.isBefore(end); now = clock.advance(STEP)) {
      customers.act(now);
      desk.work(now);
      samvad.runDue(now);
      for (OutboundMessage message : outbox.drain()) {
        if (!message.tenantId().equals(session.tenantId())) {
          continue; // another tenant's campaign in a shared database store
        }
        SentMessage sent = sent(session.execution(message.executionId()), now);
        log.message(sent);
        if (sent.asksForMoney()) {
          customers.asked(sent);
        }
      }
      if (!StoryLog.dateOf(now.plus(STEP)).equals(StoryLog.dateOf(now))) {
        noteFinished(started.ids(), log, now);
      }
    }
    noteTasks(log);
    List<CampaignRun> runs = new ArrayList<>();
    for (CampaignRun run : started.runs()) {
      runs.add(
          new CampaignRun(
              run.customer(),
              run.campaignId(),
              run.playbook(),
              run.holdOut(),
              run.owedAtStart(),
              session.campaign(run.campaignId())));
    }
    return new StoryResult(
        first,
        log.days(),
        runs,
        started.leftAlone(),
        log.messages(),
        log.replies(),
        log.payments(),
        outbox.path(),
        outbox.lines());
  }

  private record Started(List<CampaignRun> runs, Map<CustomerId, CampaignRun> ids, int leftAlone) {}

  private Started start(Map<CustomerId, Double> health, LocalDate today) {
    ReplyAnalyzer reader = ReplyAnalyzer.standard();
    List<CampaignRun> runs = new ArrayList<>();
    Map<CustomerId, CampaignRun> open = new LinkedHashMap<>();
    int leftAlone = 0;
    for (Customer customer : session.customers()) {
      List<Invoice> invoices = session.invoices(customer.id());
      boolean owes =
          invoices.stream().anyMatch(i -> i.status().isOutstanding() && !i.outstanding().isZero());
      if (!owes) {
        continue;
      }
      if (askedToStop(customer.id(), reader)) {
        leftAlone++;
        continue;
      }
      long months =
          invoices.stream()
              .map(Invoice::issueDate)
              .min(LocalDate::compareTo)
              .map(d -> ChronoUnit.MONTHS.between(d, today))
              .orElse(0L);
      PlaybookChoice choice = PlaybookChoice.of(health.getOrDefault(customer.id(), 50.0), months);
      CampaignState state;
      try {
        state = session.startCampaign(customer.id(), choice.playbookId());
      } catch (InvalidInputException nothingOwed) {
        continue;
      }
      CampaignRun run =
          new CampaignRun(
              customer.id(),
              state.campaignId(),
              choice,
              state.holdOut(),
              state.outstanding(),
              state);
      runs.add(run);
      open.put(customer.id(), run);
    }
    return new Started(runs, open, leftAlone);
  }

  /** Whether any of the customer's stored replies asks Samvad to stop. */
  private boolean askedToStop(CustomerId customer, ReplyAnalyzer reader) {
    for (Interaction i : session.interactions(customer, Instant.EPOCH, clock.instant())) {
      if (i.direction() == Direction.INBOUND
          && reader.analyze(i.text(), i.occurredAt()).has(Intent.OPT_OUT)) {
        return true;
      }
    }
    return false;
  }

  private static SentMessage sent(ExecutionView view, Instant now) {
    return new SentMessage(
        view.sentAt().orElse(now),
        view.customerId(),
        view.channel(),
        view.executionId(),
        view.intent(),
        view.templateLanguage(),
        view.baseline(),
        view.invoices().size(),
        view.message().content());
  }

  /** At the end of a day: which campaigns that events reached during it have finished. */
  private void noteFinished(Map<CustomerId, CampaignRun> open, StoryLog log, Instant now) {
    for (CustomerId customer : log.takeTouched()) {
      CampaignRun run = open.get(customer);
      if (run == null) {
        continue;
      }
      CampaignState state = session.campaign(run.campaignId());
      if (state.phase() == CampaignState.Phase.FINISHED) {
        state.outcome().ifPresent(o -> log.day(now).finished(o));
        open.remove(customer);
      }
    }
  }

  /** Tasks opened and closed, per day, from the inbox's full record. */
  private void noteTasks(StoryLog log) {
    TaskQuery all = TaskQuery.open().includingDone();
    for (int offset = 0; ; offset += TaskQuery.MAX_LIMIT) {
      List<TaskView> page = session.tasks(all.page(offset, TaskQuery.MAX_LIMIT));
      for (TaskView view : page) {
        Task task = view.task();
        log.day(task.createdAt()).taskOpened();
        task.completedAt().ifPresent(at -> log.day(at).taskClosed());
      }
      if (page.size() < TaskQuery.MAX_LIMIT) {
        return;
      }
    }
  }
}
