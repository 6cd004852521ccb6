package dev.samvad.orchestration;

import static dev.samvad.api.ChannelKind.EMAIL;
import static dev.samvad.api.ChannelKind.LETTER;
import static dev.samvad.api.ChannelKind.SMS;
import static dev.samvad.api.ChannelKind.VOICE;
import static dev.samvad.api.ChannelKind.WHATSAPP;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.EmailAddress;
import dev.samvad.api.Gstin;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import dev.samvad.api.PhoneNumber;
import dev.samvad.api.model.BusinessSize;
import dev.samvad.culture.ContactPurpose;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.MessageIntent;
import dev.samvad.culture.MsmeClaim;
import dev.samvad.culture.ProfileInput;
import dev.samvad.culture.RelationshipContext;
import dev.samvad.culture.TenantContactRules;
import dev.samvad.culture.UpiPayee;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * A random campaign for the engine properties: a valid playbook, a customer, their invoices, the
 * tenant's settings, and a script of what happens to the campaign. Every generated playbook is
 * valid by construction (the constructor would throw otherwise).
 *
 * @param playbook the plan
 * @param customer who, where and how reachable
 * @param items the invoices the campaign starts with
 * @param tenant the tenant's caps, pay link, MSMED registration and contact rules
 * @param holdOut whether the customer gets the plain baseline
 * @param learning whether channels are chosen by a learning {@link ThompsonSampler}
 * @param start when the campaign starts
 * @param moves what happens next, in order
 */
record CampaignScenario(
    Playbook playbook,
    Customer customer,
    List<OpenItem> items,
    Tenant tenant,
    boolean holdOut,
    boolean learning,
    Instant start,
    List<Move> moves) {

  /** GST state codes across the regions, with valid GSTINs built from one PAN. */
  static final List<String> STATE_CODES = List.of("24", "27", "33", "29", "07", "19", "09", "32");

  /** Something that happens to a campaign. */
  /** The same campaign with another script. */
  CampaignScenario withMoves(List<Move> script) {
    return new CampaignScenario(
        playbook, customer, items, tenant, holdOut, learning, start, script);
  }

  sealed interface Move {}

  /** The runtime wakes the campaign whenever it asks, for {@code gap}. */
  record RunFor(Duration gap) implements Move {}

  /** The clock jumps by {@code gap} and the campaign is looked at then (late or early). */
  record Tick(Duration gap) implements Move {}

  /**
   * A payment: {@code kind} 0 settles one invoice, 1 pays {@code percent}% of it, 2 pays more than
   * is owed, 3 settles every open invoice in one payment, 4 pays an invoice of another customer.
   */
  record Pay(int invoice, int kind, int percent) implements Move {}

  /** A reply read as {@code trigger}; {@code inDays} is the date it names, from today. */
  record Reply(Trigger trigger, ChannelKind channel, Optional<Integer> inDays, boolean all)
      implements Move {}

  /** A delivery failure: 0 the last message, 1 the last payment message, else an earlier one. */
  record Fail(int which) implements Move {}

  /** A person claims a task: an open one when {@code task} is even, any one when odd. */
  record Claim(int task, String person) implements Move {}

  /** A person completes a task with outcome number {@code outcome} (see the simulation). */
  record Complete(int task, int outcome, int inDays) implements Move {}

  /** A manual action. */
  record Manual(ManualAction action) implements Move {}

  /** A new invoice joins, issued {@code issuedDaysAgo} before today. */
  record AddInvoice(int issuedDaysAgo, int terms, long paise, boolean settled) implements Move {}

  /** An event applied before is delivered again. */
  record Again(int back) implements Move {}

  /**
   * The customer.
   *
   * @param stateCode GST state code of their registration
   * @param email whether they have an e-mail address
   * @param phone whether they have a mobile number (SMS, WhatsApp, voice)
   * @param postal whether they have a postal address
   * @param timePreference a stated time preference, or empty
   * @param health relationship health, when known
   */
  record Customer(
      String stateCode,
      boolean email,
      boolean phone,
      boolean postal,
      String timePreference,
      OptionalInt health) {
    private static final Map<String, CulturalProfile> PROFILES = new ConcurrentHashMap<>();

    CustomerCard card() {
      return new CustomerCard(
          "Shree Traders",
          Optional.of("Mehul Shah"),
          email ? Optional.of(new EmailAddress("accounts@shreetraders.in")) : Optional.empty(),
          phone ? Optional.of(new PhoneNumber("+919812345678")) : Optional.empty(),
          postal ? Optional.of("12 Ring Road, Surat 395002") : Optional.empty());
    }

    Set<ChannelKind> reachable() {
      EnumSet<ChannelKind> reach = EnumSet.noneOf(ChannelKind.class);
      for (ChannelKind c : ChannelKind.values()) {
        if (card().recipient(c).isPresent()) {
          reach.add(c);
        }
      }
      return reach;
    }

    CulturalProfile profile() {
      return PROFILES.computeIfAbsent(
          stateCode + email + phone + postal + timePreference,
          k -> {
            ProfileInput.Builder in =
                new ProfileInput.Builder(Fixtures.CUSTOMER)
                    .gstin(gstin(stateCode))
                    .reachableChannels(reachable());
            if (!timePreference.isEmpty()) {
              in.timePreferences(List.of(timePreference));
            }
            return Fixtures.PROFILER.profile(in.build(), Instant.parse("2026-01-01T00:00:00Z"));
          });
    }

    RelationshipContext relationship(LocalDate asOf) {
      return new RelationshipContext(health, health.isPresent() ? 30 : 0, 0, 0, asOf);
    }
  }

  /**
   * The tenant.
   *
   * @param caps frequency caps
   * @param upi whether pay links have a UPI payee (without one, e-mail and WhatsApp cannot carry
   *     reminders)
   * @param msme whether the tenant quotes an MSMED Act registration
   * @param rules 0 none; 1 a tighter day and Saturdays off; 2 every weekday blocked for reminders
   *     and invoices (no permitted time at all); 3 every purpose quiet on festivals
   */
  record Tenant(FrequencyCaps caps, boolean upi, boolean msme, int rules) {
    TenantPolicy policy() {
      TenantContactRules tightening =
          switch (rules) {
            case 1 ->
                TenantContactRules.builder()
                    .earliest(EMAIL, LocalTime.of(10, 0))
                    .latest(WHATSAPP, LocalTime.of(18, 0))
                    .latest(SMS, LocalTime.of(19, 30))
                    .saturdayOff()
                    .build();
            case 2 -> {
              TenantContactRules.Builder b = TenantContactRules.builder();
              for (DayOfWeek day : DayOfWeek.values()) {
                b.blockWeekday(day);
              }
              yield b.build();
            }
            case 3 ->
                TenantContactRules.builder()
                    .quietOnFestivals(EnumSet.allOf(ContactPurpose.class))
                    .build();
            default -> TenantContactRules.none();
          };
      return new TenantPolicy(
          Fixtures.WINDOWS.tightenedBy(tightening),
          caps,
          "Acme Supplies",
          upi ? Optional.of(new UpiPayee("acme@okbank", "Acme Supplies")) : Optional.empty(),
          msme
              ? Optional.of(
                  new MsmeClaim(
                      BusinessSize.MICRO, new BigDecimal("6.50"), LocalDate.of(2025, 4, 1)))
              : Optional.empty(),
          List.of(EMAIL, WHATSAPP));
    }
  }

  static Arbitrary<Tenant> tenants() {
    return Combinators.combine(
            frequencyCaps(),
            Arbitraries.frequency(Tuple.of(5, true), Tuple.of(1, false)),
            Arbitraries.of(true, false),
            Arbitraries.frequency(Tuple.of(14, 0), Tuple.of(3, 1), Tuple.of(1, 2), Tuple.of(2, 3)))
        .as(Tenant::new);
  }

  /** A valid GSTIN for the state: a fixed PAN, entity 1, and the computed check character. */
  static Gstin gstin(String stateCode) {
    String first14 = stateCode + "AAACR5055K" + "1Z";
    return new Gstin(first14 + Gstin.checkCharacter(first14));
  }

  static CustomerId customerId() {
    return Fixtures.CUSTOMER;
  }

  // ---- generators ---------------------------------------------------------------------------

  static Arbitrary<CampaignScenario> scenarios(int minMoves, int maxMoves) {
    Arbitrary<Boolean> holdOut = Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true));
    Arbitrary<Playbook> playbooks =
        Arbitraries.frequencyOf(
            Tuple.of(3, playbooks()), Tuple.of(1, Arbitraries.of(Playbooks.all())));
    return Combinators.combine(
            playbooks,
            customers(),
            itemLists(),
            tenants(),
            holdOut,
            Arbitraries.of(false, true),
            starts(),
            scripts(minMoves, maxMoves))
        .as(CampaignScenario::new);
  }

  /**
   * What happens: mostly the runtime waking the campaign for a while first (so the plan gets going
   * before replies and payments), then random moves.
   */
  static Arbitrary<List<Move>> scripts(int minMoves, int maxMoves) {
    Arbitrary<Optional<Move>> opening =
        Arbitraries.integers()
            .between(1, 12 * 24)
            .map(h -> Optional.<Move>of(new RunFor(Duration.ofHours(h))))
            .injectNull(0.25)
            .map(o -> o == null ? Optional.<Move>empty() : o);
    Arbitrary<List<Move>> rest =
        anyMove()
            .list()
            .ofMinSize(minMoves)
            .ofMaxSize(maxMoves)
            .withSizeDistribution(RandomDistribution.uniform());
    return Combinators.combine(opening, rest)
        .as(
            (first, moves) -> {
              List<Move> all = new ArrayList<>(moves.size() + 1);
              first.ifPresent(all::add);
              all.addAll(moves);
              return all;
            });
  }

  static Arbitrary<Instant> starts() {
    long from = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
    long until = Instant.parse("2028-12-31T00:00:00Z").getEpochSecond();
    return Arbitraries.longs()
        .between(from, until)
        .withDistribution(RandomDistribution.uniform())
        .map(Instant::ofEpochSecond);
  }

  static Arbitrary<FrequencyCaps> frequencyCaps() {
    Arbitrary<FrequencyCaps> random =
        Arbitraries.integers()
            .between(1, 3)
            .flatMap(
                day ->
                    Arbitraries.integers()
                        .between(day, Math.min(20, day * 4))
                        .map(week -> new FrequencyCaps(day, week)));
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(FrequencyCaps.STANDARD)), Tuple.of(2, random));
  }

  static Arbitrary<Customer> customers() {
    Arbitrary<Boolean> mostly = Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false));
    Arbitrary<Boolean> rarely = Arbitraries.frequency(Tuple.of(1, true), Tuple.of(3, false));
    Arbitrary<OptionalInt> health =
        Arbitraries.integers()
            .between(0, 100)
            .map(OptionalInt::of)
            .injectNull(0.4)
            .map(h -> h == null ? OptionalInt.empty() : h);
    return Combinators.combine(
            Arbitraries.of(STATE_CODES),
            mostly,
            mostly,
            rarely,
            Arbitraries.of("", "", "morning", "evening"),
            health)
        .as(Customer::new);
  }

  static Arbitrary<List<OpenItem>> itemLists() {
    Arbitrary<int[]> draft =
        Combinators.combine(
                Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 45),
                Arbitraries.integers().between(100, 500_000))
            .as((ago, terms, rupees) -> new int[] {ago, terms, rupees});
    return draft.list().ofMinSize(1).ofMaxSize(5).map(CampaignScenario::draftItems);
  }

  private static List<OpenItem> draftItems(List<int[]> drafts) {
    List<OpenItem> items = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      int[] d = drafts.get(i);
      items.add(draft("I" + (i + 1), d[0], d[1], d[2] * 100L + i, false));
    }
    return items;
  }

  /** An invoice issued {@code ago} days before the campaign's first day; dates are fixed later. */
  static OpenItem draft(String id, int ago, int terms, long paise, boolean settled) {
    LocalDate issued = LocalDate.of(2000, 1, 1).plusDays(1000 - ago);
    Money amount = Money.ofPaise(paise);
    return new OpenItem(
        new InvoiceId(id),
        "INV/" + id,
        issued,
        issued.plusDays(terms),
        amount,
        settled ? Money.ofPaise(0) : amount);
  }

  /** The item with its dates moved so that day 1000 of the draft calendar is {@code today}. */
  static OpenItem dated(OpenItem draft, LocalDate today) {
    long shift = today.toEpochDay() - LocalDate.of(2000, 1, 1).plusDays(1000).toEpochDay();
    return new OpenItem(
        draft.invoiceId(),
        draft.invoiceNumber(),
        draft.issueDate().plusDays(shift),
        draft.dueDate().plusDays(shift),
        draft.amount(),
        draft.outstanding());
  }

  static Arbitrary<Move> anyMove() {
    Arbitrary<Duration> shortGap =
        Arbitraries.integers().between(1, 72 * 60).map(m -> Duration.ofMinutes(m));
    Arbitrary<Duration> longGap =
        Arbitraries.integers().between(1, 20 * 24).map(h -> Duration.ofHours(h));
    Arbitrary<Move> runFor = longGap.map(RunFor::new);
    Arbitrary<Move> tick = shortGap.map(Tick::new);
    Arbitrary<Move> pay =
        Combinators.combine(
                Arbitraries.integers().between(0, 9),
                Arbitraries.frequency(
                    Tuple.of(3, 0), Tuple.of(4, 1), Tuple.of(1, 2), Tuple.of(1, 3), Tuple.of(1, 4)),
                Arbitraries.integers().between(1, 99))
            .as(Pay::new);
    Arbitrary<Trigger> replyTriggers =
        Arbitraries.frequency(
            Tuple.of(4, Trigger.PROMISE_TO_PAY),
            Tuple.of(2, Trigger.CLAIMS_PAID),
            Tuple.of(2, Trigger.DISPUTE),
            Tuple.of(3, Trigger.EXTENSION_REQUEST),
            Tuple.of(2, Trigger.OPT_OUT),
            Tuple.of(1, Trigger.ABUSIVE),
            Tuple.of(1, Trigger.HARDSHIP),
            Tuple.of(4, Trigger.OTHER_REPLY));
    Arbitrary<Optional<Integer>> inDays =
        Arbitraries.integers().between(-5, 70).injectNull(0.3).map(Optional::ofNullable);
    Arbitrary<Move> reply =
        Combinators.combine(
                replyTriggers,
                Arbitraries.of(EMAIL, WHATSAPP, SMS, VOICE, LETTER),
                inDays,
                Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true)))
            .as(Reply::new);
    Arbitrary<Move> fail = Arbitraries.integers().between(0, 3).map(Fail::new);
    Arbitrary<Move> claim =
        Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.of("asha", "ravi"))
            .as(Claim::new);
    Arbitrary<Move> complete =
        Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.frequency(
                    Tuple.of(3, 0),
                    Tuple.of(1, 1),
                    Tuple.of(4, 2),
                    Tuple.of(1, 3),
                    Tuple.of(3, 4),
                    Tuple.of(4, 5),
                    Tuple.of(1, 6)),
                Arbitraries.integers().between(-3, 60))
            .as(Complete::new);
    Arbitrary<Move> manual =
        Arbitraries.frequency(
                Tuple.of(4, ManualAction.SEND_NOW),
                Tuple.of(3, ManualAction.PAUSE),
                Tuple.of(4, ManualAction.RESUME),
                Tuple.of(3, ManualAction.SKIP_STEP),
                Tuple.of(1, ManualAction.STOP),
                Tuple.of(1, ManualAction.MARK_PAID))
            .map(Manual::new);
    Arbitrary<Move> addInvoice =
        Combinators.combine(
                Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 45),
                Arbitraries.longs().between(100_00, 5_00_000_00),
                Arbitraries.frequency(Tuple.of(6, false), Tuple.of(1, true)))
            .as(AddInvoice::new);
    Arbitrary<Move> again = Arbitraries.integers().between(1, 6).map(Again::new);
    return Arbitraries.frequencyOf(
        Tuple.of(30, runFor),
        Tuple.of(10, tick),
        Tuple.of(8, pay),
        Tuple.of(14, reply),
        Tuple.of(6, fail),
        Tuple.of(5, claim),
        Tuple.of(12, complete),
        Tuple.of(6, manual),
        Tuple.of(4, addInvoice),
        Tuple.of(4, again));
  }

  // ---- playbooks ----------------------------------------------------------------------------

  /** One step before it is placed: the days since the previous step and what it does. */
  record StepDraft(int gap, StepAction action, ChannelPolicy channels, boolean onlyIfSilent) {}

  static Arbitrary<ChannelPolicy> channelPolicies() {
    Arbitrary<ChannelKind> channel =
        Arbitraries.frequency(
            Tuple.of(4, EMAIL),
            Tuple.of(4, WHATSAPP),
            Tuple.of(3, SMS),
            Tuple.of(1, LETTER),
            Tuple.of(1, VOICE));
    return Combinators.combine(
            channel.list().uniqueElements().ofMinSize(1).ofMaxSize(3),
            Arbitraries.integers().between(0, 2))
        .as(
            (list, kind) ->
                switch (kind) {
                  case 0 -> ChannelPolicy.fixed(list.get(0));
                  case 1 -> new ChannelPolicy.Fallbacks(list);
                  default -> new ChannelPolicy.Optimise(list);
                });
  }

  static Arbitrary<StepDraft> stepDrafts() {
    Arbitrary<StepAction> send =
        Arbitraries.of(
                MessageIntent.PRE_DUE_REMINDER,
                MessageIntent.DUE_TODAY,
                MessageIntent.GENTLE_OVERDUE,
                MessageIntent.FIRM_OVERDUE,
                MessageIntent.FINAL_NOTICE)
            .map(StepAction.SendMessage::new);
    Arbitrary<StepAction> call =
        Arbitraries.integers()
            .between(1, 72)
            .map(h -> new StepAction.CallTask("Call the customer", Duration.ofHours(h)));
    return Combinators.combine(
            Arbitraries.frequency(Tuple.of(3, 1), Tuple.of(6, 2), Tuple.of(4, 5), Tuple.of(2, 10)),
            Arbitraries.frequencyOf(Tuple.of(9, send), Tuple.of(1, call)),
            channelPolicies(),
            Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)))
        .as(StepDraft::new);
  }

  static Arbitrary<Playbook> playbooks() {
    Arbitrary<List<Step>> steps =
        Combinators.combine(
                stepDrafts().list().ofMinSize(1).ofMaxSize(6),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(-10, 5))
            .as(CampaignScenario::place);
    // No flatMap: the reactions are drawn apart from the steps and a loop's step index is fitted
    // to the steps afterwards, which keeps generation fast.
    return Combinators.combine(
            steps,
            reactions(),
            Arbitraries.integers().between(1, 10 * 24).map(Duration::ofHours),
            Arbitraries.of(true, false))
        .as(
            (placed, drawn, silence, deliver) ->
                new Playbook(
                    "random",
                    1,
                    "Random playbook",
                    placed,
                    fitLoops(drawn, placed.size()),
                    silence,
                    deliver));
  }

  private static Map<Trigger, Reaction> fitLoops(Map<Trigger, Reaction> drawn, int steps) {
    Map<Trigger, Reaction> fitted = new EnumMap<>(drawn);
    fitted.replaceAll(
        (trigger, reaction) -> {
          if (reaction instanceof Reaction.RepeatFrom loop) {
            int index = Integer.parseInt(loop.stepId().substring(1)) % steps;
            return new Reaction.RepeatFrom("s" + index, loop.delay(), loop.maxRepeats());
          }
          return reaction;
        });
    return fitted;
  }

  private static List<Step> place(List<StepDraft> drafts, int issueSteps, int firstDue) {
    int issueCount = Math.min(issueSteps, drafts.size());
    List<Step> steps = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < drafts.size(); i++) {
      StepDraft d = drafts.get(i);
      StepAnchor anchor;
      if (i < issueCount) {
        anchor = StepAnchor.ISSUE_DATE;
        offset = i == 0 ? d.gap() - 1 : offset + d.gap();
      } else {
        anchor = StepAnchor.DUE_DATE;
        offset = i == issueCount ? firstDue : offset + d.gap();
      }
      steps.add(new Step("s" + i, anchor, offset, d.action(), d.channels(), d.onlyIfSilent()));
    }
    return steps;
  }

  /** A reaction for every trigger; loops name steps {@code s0} to {@code s5}. */
  static Arbitrary<Map<Trigger, Reaction>> reactions() {
    List<String> stepIds = List.of("s0", "s1", "s2", "s3", "s4", "s5");
    List<Arbitrary<Reaction>> each = new ArrayList<>();
    for (Trigger trigger : Trigger.values()) {
      // Hand-overs and pauses are drawn less often where the trigger has other reactions, so
      // random campaigns spend more of their life sending.
      List<Arbitrary<Reaction>> options = new ArrayList<>();
      for (Class<? extends Reaction> type :
          Reaction.allowed(trigger).stream()
              .sorted(Comparator.comparing(Class::getSimpleName))
              .toList()) {
        boolean handsOver =
            type == Reaction.HandToPerson.class || type == Reaction.PauseWithTask.class;
        Arbitrary<Reaction> reaction = reactionOf(type, stepIds);
        for (int weight = handsOver ? 1 : 3; weight > 0; weight--) {
          options.add(reaction);
        }
      }
      each.add(Arbitraries.oneOf(options));
    }
    return Combinators.combine(each)
        .as(
            list -> {
              Map<Trigger, Reaction> map = new EnumMap<>(Trigger.class);
              for (Trigger trigger : Trigger.values()) {
                map.put(trigger, list.get(trigger.ordinal()));
              }
              return map;
            });
  }

  private static Arbitrary<Reaction> reactionOf(Class<? extends Reaction> type, List<String> ids) {
    Arbitrary<Duration> hours = Arbitraries.integers().between(1, 96).map(Duration::ofHours);
    Arbitrary<Duration> days = Arbitraries.integers().between(1, 20).map(Duration::ofDays);
    if (type == Reaction.Stop.class) {
      return Arbitraries.of(true, false).map(Reaction.Stop::new);
    } else if (type == Reaction.Continue.class) {
      return Arbitraries.just(new Reaction.Continue());
    } else if (type == Reaction.AwaitPromise.class) {
      return Combinators.combine(
              Arbitraries.integers().between(0, 5).map(Duration::ofDays),
              Arbitraries.integers().between(1, 60).map(Duration::ofDays))
          .as(Reaction.AwaitPromise::new);
    } else if (type == Reaction.PauseWithTask.class) {
      return Combinators.combine(hours, Arbitraries.of(true, false))
          .as((due, ack) -> new Reaction.PauseWithTask("Look into it", due, ack));
    } else if (type == Reaction.Reschedule.class) {
      return Combinators.combine(days, days)
          .as(
              (a, b) ->
                  new Reaction.Reschedule(
                      a.compareTo(b) <= 0 ? a : b, a.compareTo(b) <= 0 ? b : a));
    } else if (type == Reaction.OptOut.class) {
      return Arbitraries.of(true, false).map(Reaction.OptOut::new);
    } else if (type == Reaction.HandToPerson.class) {
      return hours.map(due -> new Reaction.HandToPerson("Talk to them", due));
    } else if (type == Reaction.NextChannel.class) {
      return Arbitraries.just(new Reaction.NextChannel());
    } else if (type == Reaction.RepeatFrom.class) {
      return Combinators.combine(Arbitraries.of(ids), hours, Arbitraries.integers().between(1, 3))
          .as(Reaction.RepeatFrom::new);
    }
    throw new IllegalArgumentException("unknown reaction " + type);
  }
}
