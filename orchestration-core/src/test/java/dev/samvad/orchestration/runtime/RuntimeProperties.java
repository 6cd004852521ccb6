package dev.samvad.orchestration.runtime;

import static dev.samvad.orchestration.runtime.RuntimeFixtures.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.PaymentId;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.api.store.Page;
import dev.samvad.api.store.Versioned;
import dev.samvad.channel.DeliveryReceipt;
import dev.samvad.channel.DeliveryStatus;
import dev.samvad.culture.ContactPurpose;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.MessageIntent;
import dev.samvad.culture.RelationshipContext;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Event;
import dev.samvad.orchestration.FrequencyCaps;
import dev.samvad.orchestration.ManualAction;
import dev.samvad.orchestration.OpenItem;
import dev.samvad.orchestration.Playbooks;
import dev.samvad.orchestration.Task;
import dev.samvad.orchestration.TaskOutcome;
import dev.samvad.orchestration.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The runtime's promises as properties over random portfolios, event orders, channel failures and
 * crashes, on a steppable clock over about 60 days. Checked at every real send (the first call with
 * an idempotency key): inside the hard contact window; no payment message once the customer has
 * paid everything, while the campaign waits for a person (a dispute, a claimed payment, a hand
 * over), or on a channel the customer opted out of; reminders within the frequency caps counted
 * over the reminders that really went out (invoices, thanks and acknowledgements do not count).
 * Checked after every step: every campaign waits for a time (and is scheduled for it), for a
 * person, or is finished; every unsent message is scheduled; nothing due is left undone. Checked at
 * the end: at most one message out per execution. And the same event delivered twice changes
 * nothing. Payments are recorded as a ledger records them, with the runtime's promise in the same
 * unit of work; a third of them nobody tells the runtime about afterwards (the recording process
 * died), and the next pass must bring them to the campaigns before any reminder goes out.
 */
class RuntimeProperties {
  private static final Instant BASE = RuntimeFixtures.ist("2026-03-02T08:00");
  private static final Duration HORIZON = Duration.ofDays(60);
  private static final List<String> PLAYBOOKS =
      List.of(Playbooks.STANDARD_B2B, Playbooks.RELATIONSHIP_FIRST, Playbooks.HIGH_RISK);
  private static final List<String> PINS =
      List.of("395002", "400001", "600001", "110001", "700001", "560001");
  private static final List<Trigger> REPLIES =
      List.of(Trigger.values()).stream().filter(Trigger::fromReply).toList();
  private static final List<ChannelKind> WRITTEN =
      List.of(ChannelKind.EMAIL, ChannelKind.SMS, ChannelKind.WHATSAPP);
  private static final List<String> TEXTS =
      List.of(
          "I will pay on %s for sure",
          "Payment already done yesterday, please check",
          "Please stop sending me these messages",
          "ok noted, thanks",
          "The goods were damaged, we dispute this invoice",
          "Business is very bad, cannot pay now",
          "please give me two more weeks");

  /** One invoice: issued some days from the start, due some days later. */
  record InvoiceSpec(int issueDay, int termDays, long rupees) {}

  /** One customer: a playbook, a PIN code and invoices. */
  record CustomerSpec(int playbook, int pin, List<InvoiceSpec> invoices) {}

  /** What can happen between steps. */
  enum Kind {
    FULL_PAYMENT,
    PARTIAL_PAYMENT,
    REPLY,
    TEXT_REPLY,
    COMPLETE_TASKS,
    MANUAL,
    NEW_INVOICE,
    BOUNCE,
    REPEAT_EVENT
  }

  /** Something that happens at an hour after the start, to one customer. */
  record Action(int atHour, int customer, Kind kind, int param) {}

  /** A crash the {@code nth} time {@code point} is reached. */
  record Crash(CrashPoint point, int nth) {}

  /** One world. */
  record Scenario(
      List<CustomerSpec> customers,
      List<Action> actions,
      double transientRate,
      double permanentRate,
      double duplicateReceipts,
      List<Crash> crashes,
      int startDay,
      long seed) {}

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<InvoiceSpec> invoice =
        Combinators.combine(
                Arbitraries.integers().between(-40, 10),
                Arbitraries.integers().between(7, 45),
                Arbitraries.longs().between(1, 200))
            .as((issue, term, units) -> new InvoiceSpec(issue, term, units * 500));
    Arbitrary<CustomerSpec> customer =
        Combinators.combine(
                Arbitraries.integers().between(0, PLAYBOOKS.size() - 1),
                Arbitraries.integers().between(0, PINS.size() - 1),
                invoice.list().ofMinSize(1).ofMaxSize(5))
            .as(CustomerSpec::new);
    Arbitrary<Action> action =
        Combinators.combine(
                Arbitraries.integers().between(0, (int) HORIZON.toHours()),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 999))
            .as(Action::new);
    Arbitrary<Crash> crash =
        Combinators.combine(Arbitraries.of(CrashPoint.class), Arbitraries.integers().between(1, 25))
            .as(Crash::new);
    return Combinators.combine(
            customer.list().ofMinSize(1).ofMaxSize(4),
            action.list().ofMaxSize(40),
            Arbitraries.doubles().between(0, 0.3),
            Arbitraries.doubles().between(0, 0.15),
            Arbitraries.doubles().between(0, 0.5),
            crash.list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.integers().between(0, 120),
            Arbitraries.longs())
        .as(Scenario::new);
  }

  @Property(tries = 30)
  void theHardRulesHoldThroughFailuresAndCrashes(@ForAll("scenarios") Scenario scenario) {
    new World(scenario).play();
  }

  /** Crashes the planned times, across the runtimes that follow each other. */
  static final class CrashPlan implements CrashHook {
    private final List<Crash> pending;
    private final Map<CrashPoint, Integer> seen = new HashMap<>();

    CrashPlan(List<Crash> crashes) {
      this.pending = new ArrayList<>(crashes);
    }

    @Override
    public synchronized void reached(CrashPoint point, String key) {
      int n = seen.merge(point, 1, Integer::sum);
      for (int i = 0; i < pending.size(); i++) {
        if (pending.get(i).point() == point && pending.get(i).nth() <= n) {
          pending.remove(i);
          seen.put(point, 0);
          throw new SimulatedCrash(point, key);
        }
      }
    }
  }

  /** A payment recorded for {@code customer}, and the event it must bring to its campaigns. */
  record Recorded(CustomerId customer, Event.PaymentReceived event) {}

  /** One run of a scenario, with the model the checks compare against. */
  static final class World {
    final Scenario scenario;
    final Instant start;
    final Map<CustomerId, String> pins = new HashMap<>();
    final Map<CustomerId, String> playbooks = new HashMap<>();
    final Harness h;
    final CrashPlan crashes;
    final Random random;
    // The model: what is owed, opted out of, and really sent.
    final Map<CustomerId, Map<InvoiceId, Long>> owed = new HashMap<>();
    final Map<CustomerId, Set<ChannelKind>> optedOut = new HashMap<>();
    final Map<CustomerId, Map<ExecutionId, Instant>> moneySent = new HashMap<>();
    final Map<ExecutionId, Integer> deliveries = new HashMap<>();
    final List<Map.Entry<CampaignId, Event>> applied = new ArrayList<>();
    final List<DeliveryReceipt> receipts = new ArrayList<>();
    final List<Recorded> payments = new ArrayList<>();
    CampaignRuntime runtime;
    int generation;
    int campaigns;
    int invoices;

    World(Scenario scenario) {
      this.scenario = scenario;
      this.start = BASE.plus(Duration.ofDays(scenario.startDay()));
      this.random = new Random(scenario.seed());
      for (int i = 0; i < scenario.customers().size(); i++) {
        CustomerId customer = new CustomerId("C-" + i);
        pins.put(customer, PINS.get(scenario.customers().get(i).pin()));
        playbooks.put(customer, PLAYBOOKS.get(scenario.customers().get(i).playbook()));
        owed.put(customer, new HashMap<>());
        optedOut.put(customer, EnumSet.noneOf(ChannelKind.class));
        moneySent.put(customer, new HashMap<>());
      }
      ContextSource contexts =
          ContextSource.of(
              RuntimeFixtures.policy(),
              RuntimeFixtures.COMPOSER,
              (tenant, customer) ->
                  Optional.of(
                      new CustomerFacts(
                          profile(customer),
                          RelationshipContext.firstContact(LocalDate.of(2026, 3, 1)),
                          RuntimeFixtures.card())));
      this.h =
          new Harness(
              start,
              scenario.seed(),
              b ->
                  b.transientFailures(
                          scenario.transientRate(), Duration.ofMinutes(1), Duration.ofHours(2))
                      .permanentFailures(scenario.permanentRate())
                      .duplicateReceipts(scenario.duplicateReceipts()),
              contexts);
      this.crashes = new CrashPlan(scenario.crashes());
      for (RecordingChannel channel : h.recorders.values()) {
        channel.beforeSend(this::checkSend);
        channel.afterSend(this::recordSend);
      }
      this.runtime = h.builder("node-0").crashHook(crashes).build();
    }

    CulturalProfile profile(CustomerId customer) {
      return RuntimeFixtures.profile(customer, pins.getOrDefault(customer, "395002"));
    }

    /** Runs {@code op}; when the runtime dies, a new one takes over after its leases expire. */
    void act(Consumer<CampaignRuntime> op) {
      for (int tries = 0; ; tries++) {
        try {
          op.accept(runtime);
          return;
        } catch (SimulatedCrash crash) {
          assertTrue(tries < 10, "kept crashing");
          generation++;
          runtime = h.builder("node-" + generation).crashHook(crashes).build();
          h.clock.advance(Duration.ofMinutes(6));
        }
      }
    }

    void play() {
      for (int i = 0; i < scenario.customers().size(); i++) {
        CustomerId customer = new CustomerId("C-" + i);
        List<OpenItem> items = new ArrayList<>();
        for (InvoiceSpec spec : scenario.customers().get(i).invoices()) {
          items.add(newItem(customer, spec.issueDay(), spec.termDays(), spec.rupees()));
        }
        startOrJoin(customer, items);
      }
      List<Action> script = new ArrayList<>(scenario.actions());
      script.sort(Comparator.comparingInt(Action::atHour));
      Instant end = start.plus(HORIZON);
      int next = 0;
      while (h.now().isBefore(end)) {
        while (next < script.size()
            && !start.plus(Duration.ofHours(script.get(next).atHour())).isAfter(h.now())) {
          perform(script.get(next), next);
          next++;
        }
        runDue();
        feedReceipts();
        checkStore();
        long minutes = random.nextBoolean() ? 5 + random.nextInt(55) : 60 + random.nextInt(660);
        h.clock.advance(Duration.ofMinutes(minutes));
      }
      runDue();
      checkStore();
      deliveries.forEach((id, n) -> assertEquals(1, n, id.value() + " went out " + n + " times"));
      Statistics.label("restarts after a crash").collect(generation);
      Statistics.label("messages out").collect(bucket(deliveries.size()));
      Statistics.label("repeated sends deduplicated")
          .collect(h.calls().stream().anyMatch(c -> !c.firstTime()));
    }

    static String bucket(int n) {
      return n == 0 ? "0" : n < 10 ? "1-9" : n < 30 ? "10-29" : "30+";
    }

    void runDue() {
      act(
          r -> {
            RunReport report = r.runDue(h.now());
            assertEquals(0, report.errors(), "unexpected errors: " + report);
          });
    }

    OpenItem newItem(CustomerId customer, int issueDay, int termDays, long rupees) {
      LocalDate today = h.now().atZone(CulturalProfile.INDIA).toLocalDate();
      LocalDate issued = today.plusDays(Math.min(issueDay, 0));
      InvoiceId id = new InvoiceId("I-" + invoices++);
      owed.get(customer).put(id, rupees * 100);
      Money amount = Money.ofRupees(rupees);
      return new OpenItem(
          id, "INV/" + id.value(), issued, issued.plusDays(termDays), amount, amount);
    }

    void startOrJoin(CustomerId customer, List<OpenItem> items) {
      String id = "k-" + customer.value() + "-" + campaigns++;
      act(r -> r.start(TENANT, new CampaignId(id), customer, playbooks.get(customer), items));
    }

    Optional<CampaignState> target(CustomerId customer) {
      Optional<CampaignState> active = runtime.activeFor(TENANT, customer);
      if (active.isPresent()) {
        return active;
      }
      return h
          .store
          .tenant(TENANT)
          .inTransaction(uow -> uow.campaigns().byCustomer(customer))
          .stream()
          .reduce((a, b) -> b)
          .map(v -> Codec.decode(v.value()));
    }

    void apply(CampaignId campaign, Event event) {
      try {
        act(r -> r.apply(TENANT, campaign, event));
        applied.add(Map.entry(campaign, event));
      } catch (InvalidInputException refused) {
        // A manual action or task outcome the campaign cannot take now: refused, nothing changed.
      }
    }

    void perform(Action action, int index) {
      CustomerId customer = new CustomerId("C-" + action.customer() % scenario.customers().size());
      LocalDate today = h.now().atZone(CulturalProfile.INDIA).toLocalDate();
      Optional<CampaignState> campaign = target(customer);
      int p = action.param();
      switch (action.kind()) {
        case FULL_PAYMENT, PARTIAL_PAYMENT -> {
          List<Event.Allocation> allocations = new ArrayList<>();
          owed.get(customer)
              .forEach(
                  (invoice, paise) -> {
                    if (paise > 0
                        && (action.kind() == Kind.FULL_PAYMENT || allocations.isEmpty())) {
                      long pay =
                          action.kind() == Kind.FULL_PAYMENT ? paise : Math.max(100, paise / 2);
                      allocations.add(new Event.Allocation(invoice, Money.ofPaise(pay)));
                    }
                  });
          if (allocations.isEmpty()) {
            return;
          }
          String paymentId = "P-" + index;
          h.recordPayment(runtime, customer, paymentId, allocations);
          payments.add(new Recorded(customer, new Event.PaymentReceived(paymentId, allocations)));
          // Most hosts tell the runtime at once; otherwise the recording process died right after
          // its commit, and the next pass must bring the payment to the campaigns.
          boolean told = p % 3 != 0;
          if (told) {
            act(r -> r.paymentRecorded(TENANT, new PaymentId(paymentId)));
          }
          Statistics.label("payments left to the pass").collect(!told);
          for (Event.Allocation a : allocations) {
            owed.get(customer)
                .merge(a.invoiceId(), -a.amount().paise(), (x, y) -> Math.max(0, x + y));
          }
          // The payment went to the campaigns holding the invoices: remember it for each of them.
          Event paid = new Event.PaymentReceived(paymentId, allocations);
          for (Versioned<CampaignRecord> row :
              h.store.tenant(TENANT).inTransaction(uow -> uow.campaigns().byCustomer(customer))) {
            if (Codec.decode(row.value()).hasSeen(paid.eventId().orElseThrow())) {
              applied.add(Map.entry(row.value().id(), paid));
            }
          }
        }
        case REPLY -> {
          if (campaign.isEmpty()) {
            return;
          }
          Trigger trigger = REPLIES.get(p % REPLIES.size());
          ChannelKind channel = WRITTEN.get(p / REPLIES.size() % WRITTEN.size());
          Optional<LocalDate> date =
              trigger == Trigger.PROMISE_TO_PAY || trigger == Trigger.EXTENSION_REQUEST
                  ? Optional.of(today.plusDays(p % 25))
                  : Optional.empty();
          apply(
              campaign.get().campaignId(),
              new Event.ReplyReceived("R-" + index, channel, trigger, date, false));
          if (trigger == Trigger.OPT_OUT) {
            optedOut.get(customer).add(channel);
          }
        }
        case TEXT_REPLY -> {
          if (campaign.isEmpty()) {
            return;
          }
          String text = String.format(TEXTS.get(p % TEXTS.size()), today.plusDays(3 + p % 20));
          ChannelKind channel = WRITTEN.get(p / TEXTS.size() % WRITTEN.size());
          Instant at = h.now();
          ReplyResult[] result = new ReplyResult[1];
          act(r -> result[0] = r.reply(TENANT, customer, text, channel, at));
          if (result[0].trigger() == Trigger.OPT_OUT && result[0].campaign().isPresent()) {
            optedOut.get(customer).add(channel);
          }
        }
        case COMPLETE_TASKS -> {
          if (campaign.isEmpty()) {
            return;
          }
          for (Task task : campaign.get().openTasks()) {
            CampaignId id = campaign.get().campaignId();
            apply(id, new Event.TaskClaimed(task.id(), "asha"));
            TaskOutcome outcome =
                switch (p % 6) {
                  case 0 -> new TaskOutcome.NoAnswer();
                  case 1 -> new TaskOutcome.Resolved();
                  case 2 -> new TaskOutcome.Promised(today.plusDays(p % 30));
                  case 3 -> new TaskOutcome.PaymentNotFound();
                  case 4 -> new TaskOutcome.Disputed("short supply");
                  default -> new TaskOutcome.PaymentVerified();
                };
            apply(id, new Event.TaskCompleted(task.id(), outcome, "asha"));
          }
        }
        case MANUAL -> {
          if (campaign.isPresent()) {
            ManualAction what = ManualAction.values()[p % ManualAction.values().length];
            apply(
                campaign.get().campaignId(),
                new Event.Manual("M-" + index, what, "asha", "property test"));
          }
        }
        case NEW_INVOICE ->
            startOrJoin(customer, List.of(newItem(customer, 0, 7 + p % 30, 500 + p * 10L)));
        case BOUNCE -> {
          if (campaign.isEmpty()) {
            return;
          }
          List<ExecutionView> sent =
              runtime.executions(TENANT, campaign.get().campaignId()).stream()
                  .filter(
                      v ->
                          v.status() == ExecutionStatus.SENT
                              || v.status() == ExecutionStatus.DELIVERED)
                  .toList();
          if (sent.isEmpty()) {
            return;
          }
          ExecutionView bounced = sent.get(p % sent.size());
          act(
              r ->
                  r.receipt(
                      TENANT,
                      new DeliveryReceipt(
                          bounced.providerMessageId().orElseThrow(),
                          DeliveryStatus.BOUNCED,
                          h.now(),
                          "mailbox full")));
          // A bounced message never reached the customer: it no longer counts for the caps.
          moneySent.get(customer).remove(bounced.executionId());
        }
        case REPEAT_EVENT -> {
          if (applied.isEmpty()) {
            return;
          }
          Map.Entry<CampaignId, Event> again = applied.get(p % applied.size());
          Versioned<CampaignRecord> before = record(again.getKey());
          List<ExecutionView> sentBefore = runtime.executions(TENANT, again.getKey());
          act(r -> r.apply(TENANT, again.getKey(), again.getValue()));
          Versioned<CampaignRecord> after = record(again.getKey());
          assertEquals(before, after, "the same event twice changed the campaign");
          assertEquals(sentBefore, runtime.executions(TENANT, again.getKey()));
        }
      }
    }

    Versioned<CampaignRecord> record(CampaignId id) {
      return h.store.tenant(TENANT).inTransaction(uow -> uow.campaigns().find(id)).orElseThrow();
    }

    void feedReceipts() {
      for (var channel : h.channels.values()) {
        receipts.addAll(channel.drainReceipts());
      }
      List<DeliveryReceipt> later = new ArrayList<>();
      for (DeliveryReceipt receipt : receipts) {
        try {
          act(r -> r.receipt(TENANT, receipt));
        } catch (NotFoundException notYetRecorded) {
          // The send's result is not recorded yet (the sender crashed): try again later.
          later.add(receipt);
        }
      }
      receipts.clear();
      receipts.addAll(later);
    }

    /** The checks at every real send. */
    void checkSend(RecordingChannel.Call call) {
      if (!call.firstTime()) {
        return;
      }
      ExecutionId id = call.message().executionId();
      CustomerId customer = call.message().customerId();
      ChannelKind channel = call.message().channel();
      ExecutionRecord record =
          h.store
              .tenant(TENANT)
              .inTransaction(uow -> uow.executions().find(id))
              .orElseThrow()
              .value();
      MessageIntent intent = Codec.document(record).intent();
      CampaignState campaign =
          h.store
              .tenant(TENANT)
              .inTransaction(uow -> uow.campaigns().find(record.campaignId()))
              .map(v -> Codec.decode(v.value()))
              .orElseThrow();
      CulturalProfile profile = profile(customer);
      ZonedDateTime slot = Gate.quarterFloor(call.at().atZone(profile.zone()));
      ZonedDateTime allowed =
          RuntimeFixtures.WINDOWS.nextAllowed(slot, channel, profile, purposeOf(intent));
      String what =
          intent + " " + id.value() + " by " + channel + " at " + call.at().atZone(profile.zone());
      assertEquals(slot, allowed, "outside the contact window: " + what);
      assertTrue(!optedOut.get(customer).contains(channel), "opted-out channel: " + what);
      if (!intent.asksForMoney()) {
        return;
      }
      long due = owed.get(customer).values().stream().mapToLong(Long::longValue).sum();
      assertTrue(due > 0, "asked for money after full payment: " + what);
      assertTrue(
          campaign.phase() == CampaignState.Phase.ACTIVE,
          "asked for money while " + campaign.phase() + ": " + what);
      if (!Gate.countsForCaps(intent)) {
        return;
      }
      FrequencyCaps caps = RuntimeFixtures.policy().caps();
      List<Instant> earlier = List.copyOf(moneySent.get(customer).values());
      long day =
          earlier.stream().filter(t -> t.isAfter(call.at().minus(Duration.ofDays(1)))).count();
      long week =
          earlier.stream().filter(t -> t.isAfter(call.at().minus(Duration.ofDays(7)))).count();
      assertTrue(day < caps.perDay(), "daily cap broken: " + what + " after " + earlier);
      assertTrue(week < caps.perWeek(), "weekly cap broken: " + what + " after " + earlier);
    }

    void recordSend(RecordingChannel.Call call) {
      if (!call.firstTime() || !call.result().accepted()) {
        return;
      }
      ExecutionId id = call.message().executionId();
      deliveries.merge(id, 1, Integer::sum);
      ExecutionRecord record =
          h.store
              .tenant(TENANT)
              .inTransaction(uow -> uow.executions().find(id))
              .orElseThrow()
              .value();
      if (Gate.countsForCaps(Codec.document(record).intent())) {
        moneySent.get(call.message().customerId()).put(id, call.at());
      }
    }

    /** The checks after every step. */
    void checkStore() {
      Instant now = h.now();
      h.store
          .tenant(TENANT)
          .run(
              uow -> {
                for (Recorded payment : payments) {
                  String id = payment.event().paymentId();
                  assertEquals(
                      Optional.empty(),
                      uow.dueWork().dueAt(PaymentRelay.key(new PaymentId(id))),
                      "payment left undone: " + id);
                  Set<InvoiceId> paid =
                      payment.event().allocations().stream()
                          .map(Event.Allocation::invoiceId)
                          .collect(java.util.stream.Collectors.toSet());
                  for (Versioned<CampaignRecord> row :
                      uow.campaigns().byCustomer(payment.customer())) {
                    CampaignState state = Codec.decode(row.value());
                    if (state.items().stream().anyMatch(i -> paid.contains(i.invoiceId()))) {
                      assertTrue(
                          state.hasSeen(payment.event().eventId().orElseThrow()),
                          "payment " + id + " never reached " + state.campaignId().value());
                    }
                  }
                }
                for (Versioned<CampaignRecord> row : uow.campaigns().list(Page.first(1000))) {
                  if (Codec.reserved(row.value().id())) {
                    continue;
                  }
                  CampaignState state = Codec.decode(row.value());
                  String key = DecisionWriter.campaignKey(state.campaignId());
                  Optional<Instant> due = uow.dueWork().dueAt(key);
                  CampaignState.Waiting waiting = state.waiting();
                  if (waiting instanceof CampaignState.Waiting.ForTime time) {
                    assertEquals(
                        Optional.of(time.at()), due, "wake not scheduled: " + state.campaignId());
                    assertTrue(time.at().isAfter(now), "left undone: " + state.campaignId());
                  } else if (waiting instanceof CampaignState.Waiting.ForPerson person) {
                    assertTrue(!person.taskIds().isEmpty(), "paused without a task");
                    assertEquals(Optional.empty(), due);
                  } else {
                    assertEquals(Optional.empty(), due);
                  }
                  for (Versioned<ExecutionRecord> x :
                      uow.executions().byCampaign(state.campaignId())) {
                    ExecutionStatus status = ExecutionStatus.valueOf(x.value().status());
                    if (!status.isSettled()) {
                      Optional<Instant> xDue =
                          uow.dueWork().dueAt(DecisionWriter.executionKey(x.value().id()));
                      assertTrue(
                          xDue.isPresent(), "unsent message not scheduled: " + x.value().id());
                      assertTrue(xDue.get().isAfter(now), "message left undone: " + x.value().id());
                    }
                  }
                }
              });
    }
  }

  static ContactPurpose purposeOf(MessageIntent intent) {
    return switch (intent) {
      case INVOICE_DELIVERY -> ContactPurpose.INVOICE_DELIVERY;
      case PAYMENT_THANKS, DISPUTE_ACKNOWLEDGEMENT -> ContactPurpose.TRANSACTIONAL;
      case FESTIVAL_GREETING -> ContactPurpose.GREETING;
      default -> ContactPurpose.PAYMENT_REMINDER;
    };
  }
}
