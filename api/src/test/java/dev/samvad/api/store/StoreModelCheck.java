package dev.samvad.api.store;

import static dev.samvad.api.store.StoreTestSupport.assertConflict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CustomerId;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.TenantId;
import dev.samvad.api.model.Customer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * A model of the store — per tenant, a sorted map from customer id to versioned customer and one
 * from due-work key to due time — and a checker that replays random histories of units of work
 * against a store and the model side by side. Used by {@link StoreContract}'s randomised property.
 *
 * <p>A unit of work in a history either commits or rolls back: on purpose, or because one of its
 * operations fails as the model predicts (a taken id, a stale version, a missing value), in which
 * case the failure is checked and the work abandoned. After every unit of work the whole visible
 * state of both tenants is compared with the model.
 */
public final class StoreModelCheck {

  /** Customer ids the histories use; their text order differs from their insertion habits. */
  static final List<String> IDS = List.of("0", "9z", "A", "B7", "a", "a-1", "a_1", "b");

  /** Due-work keys the histories use. */
  static final List<String> KEYS = List.of("k-0", "k-1", "k-2", "K", "k");

  private static final List<TenantId> TENANTS =
      List.of(StoreTestSupport.TENANT_A, StoreTestSupport.TENANT_B);

  private StoreModelCheck() {}

  /** One step inside a unit of work. */
  public sealed interface Op permits Insert, Update, Delete, Schedule, Cancel {}

  /**
   * Insert customer {@code IDS[id]} at revision {@code rev}.
   *
   * @param id index into the ids
   * @param rev which revision of the value
   */
  public record Insert(int id, int rev) implements Op {}

  /**
   * Update to revision {@code rev}, passing the current version plus {@code skew}.
   *
   * @param id index into the ids
   * @param rev which revision of the value
   * @param skew 0 for the right version, else a stale or future one
   */
  public record Update(int id, int rev, int skew) implements Op {}

  /**
   * Delete, passing the current version plus {@code skew}.
   *
   * @param id index into the ids
   * @param skew 0 for the right version
   */
  public record Delete(int id, int skew) implements Op {}

  /**
   * Schedule {@code KEYS[key]} at {@code minutes} after {@link StoreSamples#T0}.
   *
   * @param key index into the keys
   * @param minutes due time
   */
  public record Schedule(int key, int minutes) implements Op {}

  /**
   * Cancel {@code KEYS[key]}.
   *
   * @param key index into the keys
   */
  public record Cancel(int key) implements Op {}

  /**
   * One unit of work.
   *
   * @param tenantB true for tenant B, false for tenant A
   * @param ops the steps
   * @param rollBack true to throw at the end
   */
  public record Work(boolean tenantB, List<Op> ops, boolean rollBack) {}

  /** Random histories of up to 15 units of work over two tenants. */
  public static Arbitrary<List<Work>> histories() {
    Arbitrary<Integer> id = Arbitraries.integers().between(0, IDS.size() - 1);
    Arbitrary<Integer> key = Arbitraries.integers().between(0, KEYS.size() - 1);
    Arbitrary<Integer> rev = Arbitraries.integers().between(0, 3);
    Arbitrary<Integer> skew =
        Arbitraries.frequency(Tuple.of(8, 0), Tuple.of(1, -1), Tuple.of(1, 1));
    Arbitrary<Integer> minutes = Arbitraries.integers().between(-5, 60);
    Arbitrary<Op> op =
        Arbitraries.frequencyOf(
            Tuple.of(4, Combinators.combine(id, rev).as(Insert::new).map(Op.class::cast)),
            Tuple.of(4, Combinators.combine(id, rev, skew).as(Update::new).map(Op.class::cast)),
            Tuple.of(2, Combinators.combine(id, skew).as(Delete::new).map(Op.class::cast)),
            Tuple.of(2, Combinators.combine(key, minutes).as(Schedule::new).map(Op.class::cast)),
            Tuple.of(1, key.map(Cancel::new).map(Op.class::cast)));
    Arbitrary<Work> work =
        Combinators.combine(
                Arbitraries.of(false, true),
                op.list().ofMinSize(1).ofMaxSize(6),
                Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)))
            .as(Work::new);
    return work.list().ofMinSize(1).ofMaxSize(15);
  }

  /** Thrown inside a unit of work to abandon it. */
  private static final class Abandon extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abandon() {
      super("abandoned on purpose", null, false, false);
    }
  }

  /** Per tenant: the committed rows and due items. */
  private static final class TenantModel {
    TreeMap<String, Versioned<Customer>> rows = new TreeMap<>();
    TreeMap<String, Instant> due = new TreeMap<>();
  }

  /** Replays {@code history} against {@code store} and the model, failing at the first mismatch. */
  public static void check(SamvadStore store, List<Work> history) {
    Map<TenantId, TenantModel> model = new LinkedHashMap<>();
    TENANTS.forEach(t -> model.put(t, new TenantModel()));
    Set<TenantId> wrote = new HashSet<>();
    for (int step = 0; step < history.size(); step++) {
      Work work = history.get(step);
      TenantId tenant = TENANTS.get(work.tenantB() ? 1 : 0);
      TenantModel committed = model.get(tenant);
      TenantModel draft = new TenantModel();
      draft.rows = new TreeMap<>(committed.rows);
      draft.due = new TreeMap<>(committed.due);
      boolean[] changed = {false};
      boolean kept;
      try {
        store
            .tenant(tenant)
            .run(
                uow -> {
                  for (Op op : work.ops()) {
                    changed[0] |= apply(uow, op, draft);
                  }
                  if (work.rollBack()) {
                    throw new Abandon();
                  }
                });
        kept = true;
      } catch (Abandon e) {
        kept = false;
      }
      if (kept) {
        model.put(tenant, draft);
        if (changed[0]) {
          wrote.add(tenant);
        }
      }
      for (TenantId t : TENANTS) {
        verify(store, t, model.get(t), "after step " + step + " " + work);
      }
      List<TenantId> listed = store.tenants();
      for (TenantId t : TENANTS) {
        TenantModel m = model.get(t);
        if (!m.rows.isEmpty() || !m.due.isEmpty()) {
          assertTrue(listed.contains(t), t + " holds data but is not in tenants() " + listed);
        }
      }
      assertTrue(
          wrote.containsAll(listed), "tenants() " + listed + " but only " + wrote + " wrote");
    }
  }

  /** Applies one op to the store and the draft model; returns whether it changed anything. */
  private static boolean apply(UnitOfWork uow, Op op, TenantModel draft) {
    if (op instanceof Insert insert) {
      String id = IDS.get(insert.id());
      Customer value = StoreSamples.customer(id, "Revision " + insert.rev());
      if (draft.rows.containsKey(id)) {
        assertConflict(ErrorCode.ALREADY_EXISTS, () -> uow.customers().insert(value));
        throw new Abandon();
      }
      assertEquals(new Versioned<>(value, 1), uow.customers().insert(value), op.toString());
      draft.rows.put(id, new Versioned<>(value, 1));
      return true;
    }
    if (op instanceof Update update) {
      String id = IDS.get(update.id());
      Customer value = StoreSamples.customer(id, "Revision " + update.rev());
      Versioned<Customer> current = draft.rows.get(id);
      if (current == null) {
        assertThrows(
            NotFoundException.class, () -> uow.customers().update(value, 1 + update.skew()));
        throw new Abandon();
      }
      long expected = current.version() + update.skew();
      if (update.skew() != 0) {
        assertConflict(ErrorCode.VERSION_CONFLICT, () -> uow.customers().update(value, expected));
        throw new Abandon();
      }
      Versioned<Customer> next = new Versioned<>(value, current.version() + 1);
      assertEquals(next, uow.customers().update(value, expected), op.toString());
      draft.rows.put(id, next);
      return true;
    }
    if (op instanceof Delete delete) {
      CustomerId id = new CustomerId(IDS.get(delete.id()));
      Versioned<Customer> current = draft.rows.get(id.value());
      if (current == null) {
        assertThrows(NotFoundException.class, () -> uow.customers().delete(id, 1 + delete.skew()));
        throw new Abandon();
      }
      long expected = current.version() + delete.skew();
      if (delete.skew() != 0) {
        assertConflict(ErrorCode.VERSION_CONFLICT, () -> uow.customers().delete(id, expected));
        throw new Abandon();
      }
      uow.customers().delete(id, expected);
      draft.rows.remove(id.value());
      return true;
    }
    if (op instanceof Schedule schedule) {
      String key = KEYS.get(schedule.key());
      Instant dueAt = StoreSamples.T0.plusSeconds(60L * schedule.minutes());
      uow.dueWork().schedule(key, dueAt);
      draft.due.put(key, dueAt);
      return true;
    }
    Cancel cancel = (Cancel) op;
    String key = KEYS.get(cancel.key());
    boolean existed = draft.due.remove(key) != null;
    assertEquals(existed, uow.dueWork().cancel(key), op.toString());
    return existed;
  }

  private static void verify(SamvadStore store, TenantId tenant, TenantModel m, String when) {
    store
        .tenant(tenant)
        .run(
            uow -> {
              String where = tenant.value() + " " + when;
              assertEquals((long) m.rows.size(), uow.customers().count(), "count " + where);
              List<Versioned<Customer>> listed = new ArrayList<>();
              List<Versioned<Customer>> page = uow.customers().list(Page.first(3));
              while (!page.isEmpty()) {
                assertTrue(listed.size() < IDS.size(), "paging does not end " + where);
                listed.addAll(page);
                String last = page.get(page.size() - 1).value().id().value();
                page = uow.customers().list(Page.after(last, 3));
              }
              assertEquals(new ArrayList<>(m.rows.values()), listed, "list " + where);
              for (String id : IDS) {
                assertEquals(
                    Optional.ofNullable(m.rows.get(id)),
                    uow.customers().find(new CustomerId(id)),
                    "find " + id + " " + where);
              }
              assertEquals((long) m.due.size(), uow.dueWork().size(), "queue size " + where);
              for (String key : KEYS) {
                assertEquals(
                    Optional.ofNullable(m.due.get(key)),
                    uow.dueWork().dueAt(key),
                    "dueAt " + key + " " + where);
              }
            });
  }
}
