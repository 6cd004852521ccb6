package dev.samvad.orchestration.runtime;

import dev.samvad.api.CampaignId;
import dev.samvad.api.PaymentId;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Payment;
import dev.samvad.api.store.Lease;
import dev.samvad.api.store.TenantStore;
import dev.samvad.api.store.UnitOfWork;
import dev.samvad.api.store.Versioned;
import dev.samvad.orchestration.CampaignState;
import dev.samvad.orchestration.Event;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a payment recorded in the store to the customer's campaigns, through a due item {@code
 * p:<paymentId>} scheduled in the unit of work that records the payment (a transactional outbox):
 * the payment and the promise to tell the campaigns commit together, so a process that dies right
 * after the commit leaves the item for the next pass instead of a campaign that never hears of it.
 *
 * <p>The item is removed in the unit of work that applies {@link Event.PaymentReceived} to the last
 * campaign holding the paid invoices, so it applies once. Should the item be worked again anyway (a
 * crash between two campaigns of one customer, or the host's immediate call racing a due pass on
 * another node), the campaign ignores the event: its id is the payment's id and the engine skips an
 * event id it has applied.
 */
final class PaymentRelay {
  private static final Logger LOG = LoggerFactory.getLogger(PaymentRelay.class);
  private static final String PREFIX = "p:";

  /**
   * When a payment's item is due: before anything else, so a pass claims and works it ahead of the
   * reminders it may stop (claims go earliest due first).
   */
  static final Instant DUE = Instant.EPOCH;

  private final Env env;
  private final Decider decider;

  PaymentRelay(Env env, Decider decider) {
    this.env = env;
    this.decider = decider;
  }

  static String key(PaymentId payment) {
    return PREFIX + payment.value();
  }

  static boolean owns(String key) {
    return key.startsWith(PREFIX);
  }

  /** Inside the unit of work that records the payment: the promise to bring it to campaigns. */
  static void schedule(UnitOfWork uow, PaymentId payment) {
    uow.dueWork().schedule(key(payment), DUE);
  }

  /** Works on a due item {@code p:<paymentId>}; the lease is completed with the last change. */
  void work(TenantId tenant, Lease lease, Tally tally) {
    PaymentId payment = new PaymentId(lease.key().substring(PREFIX.length()));
    relay(tenant, payment, uow -> uow.dueWork().complete(lease));
    tally.decisions++;
    env.crash.reached(CrashPoint.AFTER_RECORD, lease.key());
  }

  /**
   * Brings the payment to its campaigns now, for the host right after recording it, and removes its
   * item with the last change; returns the state of the customer's unfinished campaign among them,
   * else of the last one changed.
   */
  Optional<CampaignState> relayNow(TenantId tenant, PaymentId payment) {
    String key = key(payment);
    return relay(tenant, payment, uow -> uow.dueWork().cancel(key));
  }

  private Optional<CampaignState> relay(
      TenantId tenant, PaymentId id, Consumer<UnitOfWork> finish) {
    TenantStore store = env.store.tenant(tenant);
    Optional<Relay> relay = store.inTransaction(uow -> read(uow, id));
    if (relay.isEmpty()) {
      store.run(finish);
      return Optional.empty();
    }
    List<CampaignId> targets = relay.get().targets();
    CampaignState last = null;
    for (int i = 0; i < targets.size(); i++) {
      Consumer<UnitOfWork> alongside = i == targets.size() - 1 ? finish : uow -> {};
      last = decider.apply(tenant, targets.get(i), List.of(relay.get().event()), alongside);
    }
    return Optional.ofNullable(last);
  }

  /**
   * The event the payment makes and the campaigns it goes to; empty when there is nothing to tell:
   * no such payment, no money allocated to an invoice, or no campaign holding the paid invoices.
   */
  private static Optional<Relay> read(UnitOfWork uow, PaymentId id) {
    Optional<Payment> found = uow.payments().find(id).map(Versioned::value);
    if (found.isEmpty()) {
      LOG.warn("due payment {} is not in the store; nothing to tell campaigns", id.value());
      return Optional.empty();
    }
    // A zero allocation pays nothing, and the engine takes only positive amounts.
    List<Event.Allocation> allocations =
        found.get().allocations().stream()
            .filter(a -> !a.amount().isZero())
            .map(a -> new Event.Allocation(a.invoiceId(), a.amount()))
            .toList();
    if (allocations.isEmpty()) {
      return Optional.empty();
    }
    List<CampaignId> targets = Inbound.paymentTargets(uow, found.get().customerId(), allocations);
    if (targets.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Relay(new Event.PaymentReceived(id.value(), allocations), targets));
  }

  private record Relay(Event.PaymentReceived event, List<CampaignId> targets) {}
}
