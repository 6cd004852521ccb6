package dev.samvad.orchestration.runtime;

import dev.samvad.api.ConflictException;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.TenantId;
import dev.samvad.api.store.Lease;
import dev.samvad.api.store.TenantStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sweep of due work: for each tenant, claim due items in batches and work on each, until
 * nothing due is left. An item that fails unexpectedly is put back for later and the sweep goes on;
 * errors ({@link Error}, including simulated crashes) end it. When asked to stop, it finishes the
 * item in hand and releases the rest of its batch for other nodes.
 *
 * <p>The runtime owns the due-work queue: keys other than {@code c:} (campaigns), {@code x:}
 * (outbox messages) and {@code p:} (recorded payments, see {@link PaymentRelay}) are removed with a
 * warning.
 */
final class DuePass {
  private static final Logger LOG = LoggerFactory.getLogger(DuePass.class);
  // Guards against an item that keeps coming due at the same instant (a defect elsewhere).
  private static final int MAX_ROUNDS = 10_000;
  private static final int MAX_TURNS_PER_KEY = 64;

  private final Env env;
  private final Decider decider;
  private final Dispatcher dispatcher;
  private final PaymentRelay payments;

  DuePass(Env env, Decider decider, Dispatcher dispatcher) {
    this.env = env;
    this.decider = decider;
    this.dispatcher = dispatcher;
    this.payments = new PaymentRelay(env, decider);
  }

  RunReport run(Instant now, BooleanSupplier stopping) {
    Tally tally = new Tally();
    for (TenantId tenant : env.store.tenants()) {
      if (stopping.getAsBoolean()) {
        break;
      }
      runTenant(tenant, now, stopping, tally);
    }
    return tally.report();
  }

  /** The same sweep for one tenant only; other tenants' due work is neither claimed nor counted. */
  RunReport run(TenantId tenant, Instant now, BooleanSupplier stopping) {
    Tally tally = new Tally();
    if (!stopping.getAsBoolean()) {
      runTenant(tenant, now, stopping, tally);
    }
    return tally.report();
  }

  private void runTenant(TenantId tenant, Instant now, BooleanSupplier stopping, Tally tally) {
    TenantStore store = env.store.tenant(tenant);
    Map<String, Integer> turns = new HashMap<>();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      if (stopping.getAsBoolean()) {
        return;
      }
      List<Lease> leases =
          store.inTransaction(
              uow -> uow.dueWork().claim(now, env.batchSize, env.nodeId, env.leaseFor));
      if (leases.isEmpty()) {
        return;
      }
      tally.claimed += leases.size();
      env.crash.reached(CrashPoint.AFTER_CLAIM, leases.get(0).key());
      if (!workOn(tenant, store, leases, now, stopping, tally, turns)) {
        return;
      }
    }
    LOG.error("due work for tenant {} did not run dry in {} rounds", tenant.value(), MAX_ROUNDS);
  }

  /**
   * Works on one claimed batch in claim order. Consecutive due campaigns are woken together ({@link
   * Decider#wakeTogether}); every other item, and the wakes of a run that failed together, one at a
   * time; the messages a wake queued are dispatched right after it. Returns false when it stopped
   * early (the rest of the batch released for other nodes).
   */
  private boolean workOn(
      TenantId tenant,
      TenantStore store,
      List<Lease> leases,
      Instant now,
      BooleanSupplier stopping,
      Tally tally,
      Map<String, Integer> turns) {
    int i = 0;
    int singlyUntil = 0;
    while (i < leases.size()) {
      if (stopping.getAsBoolean()) {
        release(store, leases.subList(i, leases.size()));
        return false;
      }
      int end = i;
      while (end < leases.size() && wakeable(leases.get(end), turns)) {
        end++;
      }
      List<Lease> run = leases.subList(i, end);
      List<Handover> together =
          i >= singlyUntil && run.size() > 1 ? decider.wakeTogether(tenant, run, now, tally) : null;
      if (together == null) {
        singlyUntil = Math.max(singlyUntil, end);
      } else {
        run.forEach(lease -> turns.merge(lease.key(), 1, Integer::sum));
        if (!dispatchAll(
            tenant, store, together, leases.subList(end, leases.size()), now, stopping, tally)) {
          return false;
        }
        i = end;
        continue;
      }
      // One at a time: not a campaign, a single wake, or a run that failed together (and wrote
      // nothing).
      Lease lease = leases.get(i);
      int turn = turns.merge(lease.key(), 1, Integer::sum);
      List<Handover> handed =
          guarded(
              store,
              lease,
              now,
              tally,
              () -> {
                if (turn <= MAX_TURNS_PER_KEY) {
                  return work(tenant, lease, now, tally);
                }
                LOG.error(
                    "{} came due {} times in one pass; put back for later", lease.key(), turn);
                tally.errors++;
                store.run(uow -> uow.dueWork().release(lease, now.plus(env.leaseFor)));
                return List.of();
              });
      if (!dispatchAll(
          tenant, store, handed, leases.subList(i + 1, leases.size()), now, stopping, tally)) {
        return false;
      }
      i++;
    }
    return true;
  }

  /** A due campaign that has not come due too often in this pass, so it may be woken together. */
  private static boolean wakeable(Lease lease, Map<String, Integer> turns) {
    return lease.key().startsWith("c:") && turns.getOrDefault(lease.key(), 0) < MAX_TURNS_PER_KEY;
  }

  /**
   * Dispatches messages just handed over, one at a time; when asked to stop, releases them and
   * {@code rest} and returns false.
   */
  private boolean dispatchAll(
      TenantId tenant,
      TenantStore store,
      List<Handover> handovers,
      List<Lease> rest,
      Instant now,
      BooleanSupplier stopping,
      Tally tally) {
    for (int h = 0; h < handovers.size(); h++) {
      if (stopping.getAsBoolean()) {
        release(
            store, handovers.subList(h, handovers.size()).stream().map(Handover::lease).toList());
        release(store, rest);
        return false;
      }
      Handover handover = handovers.get(h);
      guarded(
          store,
          handover.lease(),
          now,
          tally,
          () -> {
            dispatcher.dispatch(tenant, handover, now, tally);
            return List.of();
          });
    }
    return true;
  }

  /**
   * Runs the work on one leased item; an item whose work fails unexpectedly is put back for later,
   * and a lost lease means another node has it. Returns what the work handed over, or nothing.
   */
  private List<Handover> guarded(
      TenantStore store, Lease lease, Instant now, Tally tally, Supplier<List<Handover>> work) {
    try {
      return work.get();
    } catch (ConflictException e) {
      if (e.code() != ErrorCode.LEASE_LOST) {
        failed(store, lease, now, tally, e);
      } else {
        LOG.debug("lease lost on {}: another node has it", lease.key());
      }
    } catch (RuntimeException e) {
      failed(store, lease, now, tally, e);
    }
    return List.of();
  }

  /** Works on one item; a wake returns the messages it queued and leased to this worker. */
  private List<Handover> work(TenantId tenant, Lease lease, Instant now, Tally tally) {
    String key = lease.key();
    if (key.startsWith("c:")) {
      return decider.wake(tenant, lease, now, tally);
    } else if (key.startsWith("x:")) {
      dispatcher.dispatch(tenant, lease, now, tally);
    } else if (PaymentRelay.owns(key)) {
      payments.work(tenant, lease, tally);
    } else {
      LOG.warn("removing due item {}: not the runtime's", key);
      env.store.tenant(tenant).run(uow -> uow.dueWork().complete(lease));
    }
    return List.of();
  }

  private void failed(TenantStore store, Lease lease, Instant now, Tally tally, Exception e) {
    LOG.error("work on {} failed; retrying after {}", lease.key(), env.leaseFor, e);
    tally.errors++;
    try {
      store.run(uow -> uow.dueWork().release(lease, now.plus(env.leaseFor)));
    } catch (RuntimeException again) {
      LOG.debug("could not put {} back: {}", lease.key(), again.getMessage());
    }
  }

  private static void release(TenantStore store, List<Lease> leases) {
    try {
      store.run(
          uow -> {
            for (Lease lease : leases) {
              try {
                uow.dueWork().release(lease, lease.dueAt());
              } catch (ConflictException lost) {
                // Expired and taken over meanwhile: nothing of ours to release.
              }
            }
          });
    } catch (RuntimeException e) {
      LOG.warn(
          "could not release {} leases on stopping; they expire on their own", leases.size(), e);
    }
  }
}
