package dev.samvad.benchmarks;

import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.api.Gstin;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.api.TenantId;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.CulturalProfiler;
import dev.samvad.culture.ProfileInput;
import dev.samvad.culture.ReferenceData;
import dev.samvad.culture.RelationshipContext;
import dev.samvad.orchestration.CampaignEngine;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Context;
import dev.samvad.orchestration.CustomerCard;
import dev.samvad.orchestration.Decision;
import dev.samvad.orchestration.Event;
import dev.samvad.orchestration.MessageComposer;
import dev.samvad.orchestration.OpenItem;
import dev.samvad.orchestration.Playbook;
import dev.samvad.orchestration.Playbooks;
import dev.samvad.orchestration.TenantPolicy;
import dev.samvad.orchestration.ThompsonSampler;
import dev.samvad.orchestration.runtime.UniformContexts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The campaign engine's target: at least 100,000 decisions per second on one core.
 *
 * <ul>
 *   <li>{@code wakeEarly}: a wake before anything is due (the commonest decision under a busy
 *       scheduler): nothing changes.
 *   <li>{@code windowClosed}: the planned step is due but its contact window is shut, so the engine
 *       moves it to the next permitted slot: a new state, no message.
 *   <li>{@code sendStep}: a step runs: channel choice by Thompson sampling, plan, render (Gujarati
 *       e-mail statement of two invoices) and a new state.
 *   <li>{@code wholeCampaign}: one campaign driven through 60 days, waking whenever it asks; the
 *       {@code decisions} counter gives decisions per second over the mix.
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EngineBenchmark -f 1 -wi 3 -i 3 -w 2s
 * -r 3s}
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {
  private static final CampaignEngine ENGINE = CampaignEngine.create();
  private static final Instant START = Instant.parse("2026-03-02T04:00:00Z");

  private Playbook playbook;
  private Context base;
  private CampaignState waiting;
  private CampaignState due;
  private Instant dueAt;
  private Instant early;
  private Instant night;
  private List<OpenItem> items;

  @Setup
  public void setUp() {
    ReferenceData data = ReferenceData.bundled();
    CustomerId customer = new CustomerId("C-1");
    CulturalProfile profile =
        CulturalProfiler.standard()
            .profile(
                new ProfileInput.Builder(customer).gstin(new Gstin("24AAACR5055K1ZD")).build(),
                START);
    playbook = Playbooks.standardB2b();
    CustomerCard card = UniformContexts.card();
    TenantPolicy policy = UniformContexts.policy(data);
    base =
        new Context(
            new TenantId("acme"),
            START,
            playbook,
            profile,
            RelationshipContext.firstContact(LocalDate.of(2026, 3, 2)),
            card,
            policy,
            MessageComposer.create(data),
            new ThompsonSampler(),
            Context.segmentOf(profile));
    items =
        List.of(
            item("A1", LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 16), 50_000),
            item("A2", LocalDate.of(2026, 2, 25), LocalDate.of(2026, 3, 21), 12_500));
    waiting = ENGINE.start(new CampaignId("cmp-1"), customer, items, false, base).state();
    dueAt = ((CampaignState.Waiting.ForTime) waiting.waiting()).at();
    early = dueAt.minusSeconds(3600);
    due = waiting;
    // 23:30 local on the due day: every written window is shut.
    night = dueAt.atZone(profile.zone()).withHour(23).withMinute(30).toInstant();
  }

  private static OpenItem item(String id, LocalDate issued, LocalDate dueDate, long rupees) {
    Money amount = Money.ofRupees(rupees);
    return new OpenItem(new InvoiceId(id), "INV/" + id, issued, dueDate, amount, amount);
  }

  @Benchmark
  public Decision wakeEarly() {
    return ENGINE.next(waiting, new Event.TimeReached(early), base.at(early));
  }

  @Benchmark
  public Decision windowClosed() {
    return ENGINE.next(due, new Event.TimeReached(night), base.at(night));
  }

  @Benchmark
  public Decision sendStep() {
    return ENGINE.next(due, new Event.TimeReached(dueAt), base.at(dueAt));
  }

  /** Decisions made per whole-campaign run. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counted {
    /** Decisions made. */
    public long decisions;

    @Setup(Level.Iteration)
    public void reset() {
      decisions = 0;
    }
  }

  @Benchmark
  public CampaignState wholeCampaign(Counted counted) {
    CampaignState state = waiting;
    Instant end = START.plusSeconds(60L * 86_400);
    for (int i = 0; i < 200; i++) {
      if (!(state.waiting() instanceof CampaignState.Waiting.ForTime time)
          || time.at().isAfter(end)) {
        break;
      }
      state = ENGINE.next(state, new Event.TimeReached(time.at()), base.at(time.at())).state();
      counted.decisions++;
    }
    return state;
  }
}
