package dev.samvad.orchestration.runtime;

import static dev.samvad.orchestration.runtime.RuntimeFixtures.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.consent.ConsentEntry;
import dev.samvad.api.consent.ConsentRecord;
import dev.samvad.api.consent.ContactBasisPolicy;
import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.api.store.Page;
import dev.samvad.api.store.Versioned;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.RelationshipContext;
import dev.samvad.orchestration.CustomerCard;
import dev.samvad.orchestration.OpenItem;
import dev.samvad.orchestration.Playbooks;
import dev.samvad.orchestration.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Consent against the runtime: over random consent histories (given and withdrawn on each channel,
 * at random times), random basis policies, WhatsApp opt-ins on the contact record, and "STOP"
 * replies that the host writes to the ledger as withdrawals (as the SDK does), no message is sent
 * on a channel without a lawful basis at the moment of sending — so none after a withdrawal — and
 * the engine never plans a message onto a channel that had no basis when it planned.
 */
class ConsentProperties {
  private static final Instant START = RuntimeFixtures.ist("2026-03-02T08:00");
  private static final Duration HORIZON = Duration.ofDays(30);
  private static final List<ChannelKind> WIRED =
      List.of(ChannelKind.EMAIL, ChannelKind.SMS, ChannelKind.WHATSAPP);
  private static final List<String> PLAYBOOKS =
      List.of(Playbooks.STANDARD_B2B, Playbooks.RELATIONSHIP_FIRST, Playbooks.HIGH_RISK);

  /** A consent given or withdrawn, some hours after the start. */
  record Change(int atHour, int customer, ChannelKind channel, boolean given) {}

  /** A reply some hours after the start: "STOP" or a harmless one. */
  record Reply(int atHour, int customer, ChannelKind channel, boolean stop) {}

  /** One customer: playbook, WhatsApp opt-in on the contact, invoices (rupees, days overdue). */
  record Customer(int playbook, boolean optIn, List<Integer> overdueDays) {}

  /** The channels without a basis in a context the runtime built at {@code at}. */
  record Planned(Instant at, Set<ChannelKind> without) {}

  record Scenario(
      int policy, List<Customer> customers, List<Change> changes, List<Reply> replies, long seed) {}

  static ContactBasisPolicy policy(int n) {
    return switch (n) {
      case 0 -> ContactBasisPolicy.standard();
      case 1 -> ContactBasisPolicy.consentEverywhere();
      default ->
          ContactBasisPolicy.standard()
              .with(ChannelKind.EMAIL, ContactBasisPolicy.Requirement.CONSENT);
    };
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<ChannelKind> channel = Arbitraries.of(WIRED);
    Arbitrary<Customer> customer =
        Combinators.combine(
                Arbitraries.integers().between(0, PLAYBOOKS.size() - 1),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(-10, 40).list().ofMinSize(1).ofMaxSize(3))
            .as(Customer::new);
    Arbitrary<Change> change =
        Combinators.combine(
                Arbitraries.integers().between(0, (int) HORIZON.toHours()),
                Arbitraries.integers().between(0, 2),
                channel,
                Arbitraries.of(true, false))
            .as(Change::new);
    Arbitrary<Reply> reply =
        Combinators.combine(
                Arbitraries.integers().between(0, (int) HORIZON.toHours()),
                Arbitraries.integers().between(0, 2),
                channel,
                Arbitraries.of(true, false))
            .as(Reply::new);
    return Combinators.combine(
            Arbitraries.integers().between(0, 2),
            customer.list().ofMinSize(1).ofMaxSize(3),
            change.list().ofMaxSize(25),
            reply.list().ofMaxSize(8),
            Arbitraries.longs())
        .as(Scenario::new);
  }

  @Property(tries = 25)
  void nothingIsSentOrPlannedWithoutABasis(@ForAll("scenarios") Scenario scenario) {
    new World(scenario).play();
  }

  static final class World {
    final Scenario scenario;
    final ContactBasisPolicy policy;
    final Map<CustomerId, ConsentRecord> ledgers = new ConcurrentHashMap<>();
    final Map<CustomerId, Boolean> optIns = new ConcurrentHashMap<>();

    /** The channels each context the engine planned with left without a basis, by customer. */
    final Map<CustomerId, List<Planned>> contextsGiven = new ConcurrentHashMap<>();

    final Harness h;
    final CampaignRuntime runtime;
    final Random random;
    int sends;

    World(Scenario scenario) {
      this.scenario = scenario;
      this.policy = policy(scenario.policy());
      this.random = new Random(scenario.seed());
      for (int i = 0; i < scenario.customers().size(); i++) {
        CustomerId id = new CustomerId("C-" + i);
        ledgers.put(id, ConsentRecord.empty(id));
        optIns.put(id, scenario.customers().get(i).optIn());
      }
      // What the SDK's context source does: the card carries the channels without a basis now.
      ContextSource contexts =
          (tenant, customer, playbook, now) -> {
            CulturalProfile profile = RuntimeFixtures.profile(customer);
            return new dev.samvad.orchestration.Context(
                tenant,
                now,
                playbook,
                profile,
                RelationshipContext.firstContact(LocalDate.of(2026, 3, 1)),
                card(customer, now),
                RuntimeFixtures.policy(),
                RuntimeFixtures.COMPOSER,
                dev.samvad.orchestration.ChannelRanker.firstChoice(),
                dev.samvad.orchestration.Context.segmentOf(profile));
          };
      this.h = new Harness(START, scenario.seed(), b -> b, contexts);
      for (RecordingChannel channel : h.recorders.values()) {
        channel.beforeSend(this::checkSend);
      }
      this.runtime = h.builder("node-0").build();
    }

    CustomerCard card(CustomerId customer, Instant now) {
      Set<ChannelKind> without = EnumSet.noneOf(ChannelKind.class);
      for (ChannelKind c : ChannelKind.values()) {
        if (!basis(customer, c, now)) {
          without.add(c);
        }
      }
      contextsGiven
          .computeIfAbsent(customer, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
          .add(new Planned(now, Set.copyOf(without)));
      return RuntimeFixtures.card().withoutBasis(without);
    }

    boolean basis(CustomerId customer, ChannelKind channel, Instant at) {
      return policy
          .basis(ledgers.get(customer), channel, at, optIns.get(customer))
          .permitsContact();
    }

    void checkSend(RecordingChannel.Call call) {
      if (!call.firstTime()) {
        return;
      }
      sends++;
      CustomerId customer = call.message().customerId();
      ChannelKind channel = call.message().channel();
      assertTrue(
          basis(customer, channel, call.at()),
          "sent "
              + call.message().executionId().value()
              + " on "
              + channel
              + " at "
              + call.at()
              + " without a basis: "
              + ledgers.get(customer).history(channel));
    }

    void play() {
      for (int i = 0; i < scenario.customers().size(); i++) {
        CustomerId customer = new CustomerId("C-" + i);
        Customer spec = scenario.customers().get(i);
        LocalDate today = START.atZone(CulturalProfile.INDIA).toLocalDate();
        List<OpenItem> items = new ArrayList<>();
        for (int k = 0; k < spec.overdueDays().size(); k++) {
          LocalDate due = today.minusDays(spec.overdueDays().get(k));
          items.add(
              RuntimeFixtures.item("I-" + i + "-" + k, due.minusDays(30), due, 1000 + 500L * k));
        }
        runtime.start(
            TENANT, new CampaignId("k-" + i), customer, PLAYBOOKS.get(spec.playbook()), items);
      }
      List<Object> script = new ArrayList<>(scenario.changes());
      script.addAll(scenario.replies());
      script.sort(Comparator.comparingInt(ConsentProperties::hourOf));
      Instant end = START.plus(HORIZON);
      int next = 0;
      while (h.now().isBefore(end)) {
        while (next < script.size()
            && !START.plus(Duration.ofHours(hourOf(script.get(next)))).isAfter(h.now())) {
          perform(script.get(next));
          next++;
        }
        RunReport report = runtime.runDue(h.now());
        assertEquals(0, report.errors(), "unexpected errors: " + report);
        h.clock.advance(Duration.ofMinutes(5 + random.nextInt(600)));
      }
      checkPlans();
      Statistics.label("messages out").collect(sends == 0 ? "0" : sends < 10 ? "1-9" : "10+");
    }

    void perform(Object action) {
      int customers = scenario.customers().size();
      if (action instanceof Change c) {
        CustomerId customer = new CustomerId("C-" + c.customer() % customers);
        ConsentEntry entry =
            c.given()
                ? ConsentEntry.given(
                    c.channel(), "notice/v1", "payment follow-up", h.now(), "onboarding form")
                : ConsentEntry.withdrawn(c.channel(), h.now(), "host API", Optional.empty());
        ledgers.computeIfPresent(customer, (k, v) -> v.with(entry));
      } else if (action instanceof Reply r) {
        CustomerId customer = new CustomerId("C-" + r.customer() % customers);
        String text = r.stop() ? "STOP. Please stop sending me these messages" : "ok noted";
        Instant at = h.now();
        ReplyResult result = runtime.reply(TENANT, customer, text, r.channel(), at);
        if (result.trigger() == Trigger.OPT_OUT) {
          // The SDK writes the opt-out to the consent ledger: it holds for later campaigns too.
          ledgers.computeIfPresent(
              customer,
              (k, v) ->
                  v.with(
                      ConsentEntry.withdrawn(
                          r.channel(), at, "reply", Optional.of(result.replyId()))));
        }
      }
    }

    /** Every message the engine queued was planned onto a channel with a basis at that time. */
    void checkPlans() {
      List<Versioned<ExecutionRecord>> rows =
          h.store
              .tenant(TENANT)
              .inTransaction(
                  uow -> uow.executions().list(new Page(Optional.empty(), Page.MAX_LIMIT)));
      for (Versioned<ExecutionRecord> row : rows) {
        ExecutionRecord e = row.value();
        if (Codec.reserved(e.campaignId())) {
          continue;
        }
        // Judged by the contexts the engine was given at that instant, not by the ledger at the
        // end: a withdrawal at the same instant as a plan may have come after it.
        List<Planned> given = contextsGiven.getOrDefault(e.customerId(), List.of());
        assertTrue(
            given.stream()
                .anyMatch(p -> p.at().equals(e.createdAt()) && !p.without().contains(e.channel())),
            "planned "
                + e.id().value()
                + " on "
                + e.channel()
                + " at "
                + e.createdAt()
                + " without a basis in any context of that instant");
      }
    }
  }

  static int hourOf(Object action) {
    return action instanceof Change c ? c.atHour() : ((Reply) action).atHour();
  }
}
