package dev.samvad.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ConflictException;
import dev.samvad.api.CustomerId;
import dev.samvad.api.EmailAddress;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.NotFoundException;
import dev.samvad.api.PhoneNumber;
import dev.samvad.api.SamvadException;
import dev.samvad.api.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Tenant isolation as a model-based property: random sequences of operations on every repository
 * and on the due-work queue, issued through tenant A's and tenant B's {@link TenantStore}s
 * interleaved, against a model in which each tenant has its own independent state. Both tenants use
 * the same ids and keys, so any leak — a find, list, count, query or claim showing the other
 * tenant's value, an {@code ALREADY_EXISTS} for an id only the other tenant holds, an update or
 * delete reaching the other's row, a lease of one tenant settling the other's item — makes the
 * store disagree with the model. After every step the whole visible state of both tenants is
 * compared with the model, so each tenant observes exactly what it alone did.
 *
 * <p>Run by {@code InMemoryStoreIsolationProperties} here and by the PostgreSQL store's tests.
 *
 * <p>Adding a repository: put its {@link RepositoryFixture} in {@link RepositoryFixture#all()} (the
 * generator and the checks pick it up); a new query over it is one line in {@link #QUERIES}.
 */
public final class StoreIsolationCheck {

  /** Ids both tenants use; code-point order differs from their order here. */
  static final List<String> IDS = List.of("id-2", "Z", "a_1", "id-1");

  /** Due-work keys both tenants use. */
  static final List<String> KEYS = List.of("c:k-1", "c:k-2", "K");

  /** Every claim is made at this instant; items are due from 5 minutes before to 90 after T0. */
  static final Instant NOW = StoreSamples.T0.plus(Duration.ofHours(1));

  /** Longer than any sequence's time span, so no lease expires. */
  static final Duration LEASE = Duration.ofHours(6);

  private static final TenantId A = StoreTestSupport.TENANT_A;
  private static final TenantId B = StoreTestSupport.TENANT_B;

  /**
   * Queries beyond find, list and count, one line each: the ids it answers, in order. Every sample
   * of a repository belongs to the same customer and campaign and has the same time, so each query
   * must answer exactly the repository's ids in id order.
   */
  static final List<Query> QUERIES =
      List.of(
          new Query(
              "invoices.byCustomer",
              "invoices",
              uow -> texts(uow.invoices().byCustomer(owner()), v -> v.id().value())),
          new Query(
              "payments.byCustomer",
              "payments",
              uow -> texts(uow.payments().byCustomer(owner()), v -> v.id().value())),
          new Query(
              "interactions.byCustomer",
              "interactions",
              uow ->
                  texts(
                      uow.interactions()
                          .byCustomer(
                              owner(), StoreSamples.T0, StoreSamples.T0.plusSeconds(60), 100),
                      v -> v.id().value())),
          new Query(
              "campaigns.byCustomer",
              "campaigns",
              uow -> texts(uow.campaigns().byCustomer(owner()), v -> v.id().value())),
          new Query(
              "executions.byCampaign",
              "executions",
              uow ->
                  texts(
                      uow.executions().byCampaign(new CampaignId(RepositoryFixture.CAMPAIGN)),
                      v -> v.id().value())),
          new Query(
              "customers.findByPhone",
              "customers",
              uow ->
                  texts(
                      uow.customers().findByPhone(PhoneNumber.parse("98765 43210")),
                      v -> v.id().value())),
          new Query(
              "customers.findByEmail",
              "customers",
              uow ->
                  texts(
                      uow.customers()
                          .findByEmail(new EmailAddress("ACCOUNTS@saitextiles.example.in")),
                      v -> v.id().value())),
          new Query(
              "invoices.byNumber",
              "invoices",
              uow -> {
                List<String> found = new ArrayList<>();
                for (String id : IDS) {
                  uow.invoices()
                      .byNumber(
                          new InvoiceNumber(StoreSamples.numberFor(id)),
                          StoreSamples.invoice(id, RepositoryFixture.OWNER).financialYear())
                      .ifPresent(v -> found.add(v.value().id().value()));
                }
                found.sort(Comparator.naturalOrder());
                return found;
              }));

  private StoreIsolationCheck() {}

  /**
   * A query over one repository.
   *
   * @param name for reports
   * @param repository the {@link RepositoryFixture#name()} whose ids it must answer
   * @param run the ids it answers, in its order
   */
  record Query(String name, String repository, Function<UnitOfWork, List<String>> run) {}

  /** One operation of a step. */
  public sealed interface Op permits Write, Read, Schedule, Cancel, Claim, Complete {}

  /** What a {@link Write} does. */
  public enum Kind {
    /** Insert the sample (revised {@code rev} times when {@code rev > 0}). */
    INSERT,
    /** Update to a revision, with the current version plus {@code skew}. */
    UPDATE,
    /** Delete, with the current version plus {@code skew}. */
    DELETE
  }

  /**
   * A write to repository {@code RepositoryFixture.all()[repository]}.
   *
   * @param kind insert, update or delete
   * @param repository index into {@link RepositoryFixture#all()}
   * @param id index into {@link #IDS}
   * @param rev which revision of the value
   * @param skew 0 for the right version, else a stale or future one
   */
  public record Write(Kind kind, int repository, int id, int rev, int skew) implements Op {}

  /**
   * Find, list and count one repository, compared with the model.
   *
   * @param repository index into {@link RepositoryFixture#all()}
   * @param id index into {@link #IDS}
   */
  public record Read(int repository, int id) implements Op {}

  /**
   * Schedule a due item.
   *
   * @param key index into {@link #KEYS}
   * @param minutes due time after {@link StoreSamples#T0}
   */
  public record Schedule(int key, int minutes) implements Op {}

  /**
   * Cancel a due item.
   *
   * @param key index into {@link #KEYS}
   */
  public record Cancel(int key) implements Op {}

  /**
   * Claim up to {@code max} items at {@link #NOW}.
   *
   * @param max how many
   */
  public record Claim(int max) implements Op {}

  /**
   * Complete a lease claimed earlier by either tenant (index modulo the leases so far).
   *
   * @param lease which lease
   */
  public record Complete(int lease) implements Op {}

  /**
   * One unit of work.
   *
   * @param tenantB true for tenant B, false for tenant A
   * @param op what it does
   * @param rollBack true to throw after the operation, so nothing of it is kept
   */
  public record Step(boolean tenantB, Op op, boolean rollBack) {}

  /** Random interleaved sequences of 1 to {@code maxSteps} steps. */
  public static Arbitrary<List<Step>> sequences(int maxSteps) {
    int repositories = RepositoryFixture.all().size();
    Arbitrary<Integer> repository = Arbitraries.integers().between(0, repositories - 1);
    Arbitrary<Integer> id = Arbitraries.integers().between(0, IDS.size() - 1);
    Arbitrary<Integer> key = Arbitraries.integers().between(0, KEYS.size() - 1);
    Arbitrary<Integer> rev = Arbitraries.integers().between(0, 3);
    Arbitrary<Integer> skew =
        Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(1, -1), Tuple.of(1, 1));
    Arbitrary<Op> write =
        Combinators.combine(Arbitraries.of(Kind.class), repository, id, rev, skew)
            .as(Write::new)
            .map(Op.class::cast);
    Arbitrary<Op> op =
        Arbitraries.frequencyOf(
            Tuple.of(10, write),
            Tuple.of(2, Combinators.combine(repository, id).as(Read::new).map(Op.class::cast)),
            Tuple.of(
                3,
                Combinators.combine(key, Arbitraries.integers().between(-5, 90))
                    .as(Schedule::new)
                    .map(Op.class::cast)),
            Tuple.of(1, key.map(Cancel::new).map(Op.class::cast)),
            Tuple.of(2, Arbitraries.integers().between(1, 3).map(Claim::new).map(Op.class::cast)),
            Tuple.of(
                2, Arbitraries.integers().between(0, 7).map(Complete::new).map(Op.class::cast)));
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.of(false, true),
                op,
                Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true)))
            .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(maxSteps);
  }

  /** Runs {@code steps} against {@code store} (empty) and the model, checking after each. */
  public static void check(SamvadStore store, List<Step> steps) {
    assertEquals(
        IDS.size(),
        new HashSet<>(IDS.stream().map(StoreSamples::numberFor).toList()).size(),
        "the sample invoices of different ids need different numbers");
    World world = new World();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      apply(store, world, step);
      String when = "after step " + i + " " + step;
      verify(store, A, world.model(A), when);
      verify(store, B, world.model(B), when);
    }
  }

  // ---- the model ------------------------------------------------------------------------------

  /** One due item: when it is due, which lease holds it (-1 none), moved while leased. */
  record Item(Instant dueAt, int lease, boolean moved) {}

  /** A lease some tenant was handed. */
  record Held(TenantId tenant, Lease lease) {}

  /** One tenant's state as the model sees it. */
  static final class TenantModel {
    final List<TreeMap<String, Versioned<?>>> rows = new ArrayList<>();
    final TreeMap<String, Item> due = new TreeMap<>();

    TenantModel() {
      for (int i = 0; i < RepositoryFixture.all().size(); i++) {
        rows.add(new TreeMap<>());
      }
    }

    TenantModel copy() {
      TenantModel copy = new TenantModel();
      for (int i = 0; i < rows.size(); i++) {
        copy.rows.get(i).putAll(rows.get(i));
      }
      copy.due.putAll(due);
      return copy;
    }
  }

  /** Both tenants' models and every lease handed out so far. */
  static final class World {
    final Map<TenantId, TenantModel> tenants =
        new HashMap<>(Map.of(A, new TenantModel(), B, new TenantModel()));
    final List<Held> leases = new ArrayList<>();

    TenantModel model(TenantId tenant) {
      return tenants.get(tenant);
    }
  }

  /** The operation failed as the model predicted; the unit of work must roll back. */
  private static final class Expected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Expected() {
      super(null, null, false, false);
    }
  }

  /** Thrown on purpose to roll a unit of work back. */
  private static final class RollBack extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RollBack() {
      super("rolled back on purpose", null, false, false);
    }
  }

  private static void apply(SamvadStore store, World world, Step step) {
    TenantId tenant = step.tenantB() ? B : A;
    TenantId other = step.tenantB() ? A : B;
    TenantModel draft = world.model(tenant).copy();
    List<Held> newLeases = new ArrayList<>();
    try {
      store
          .tenant(tenant)
          .run(
              uow -> {
                run(uow, tenant, other, step.op(), draft, world.leases, newLeases);
                if (step.rollBack()) {
                  throw new RollBack();
                }
              });
    } catch (Expected | RollBack e) {
      return;
    }
    world.tenants.put(tenant, draft);
    world.leases.addAll(newLeases);
  }

  private static void run(
      UnitOfWork uow,
      TenantId tenant,
      TenantId other,
      Op op,
      TenantModel draft,
      List<Held> leases,
      List<Held> newLeases) {
    if (op instanceof Write write) {
      write(uow, other, RepositoryFixture.all().get(write.repository()), write, draft);
    } else if (op instanceof Read read) {
      read(uow, RepositoryFixture.all().get(read.repository()), read, draft);
    } else if (op instanceof Schedule schedule) {
      String key = KEYS.get(schedule.key());
      Instant at = StoreSamples.T0.plusSeconds(60L * schedule.minutes());
      uow.dueWork().schedule(key, at);
      Item item = draft.due.get(key);
      draft.due.put(
          key,
          item == null ? new Item(at, -1, false) : new Item(at, item.lease(), item.lease() >= 0));
    } else if (op instanceof Cancel cancel) {
      String key = KEYS.get(cancel.key());
      assertEquals(draft.due.remove(key) != null, uow.dueWork().cancel(key), op.toString());
    } else if (op instanceof Claim claim) {
      claim(uow, tenant, claim, draft, leases.size(), newLeases);
    } else {
      complete(uow, tenant, other, (Complete) op, draft, leases);
    }
  }

  private static <K, V> void write(
      UnitOfWork uow, TenantId other, RepositoryFixture<K, V> f, Write op, TenantModel draft) {
    String id = IDS.get(op.id());
    TreeMap<String, Versioned<?>> rows = draft.rows.get(op.repository());
    @SuppressWarnings("unchecked")
    Versioned<V> current = (Versioned<V>) rows.get(id);
    Repository<K, V> repository = f.in(uow);
    String where = f.name() + " " + op;
    switch (op.kind()) {
      case INSERT -> {
        V value = op.rev() == 0 ? f.sample(id) : f.revise(f.sample(id), op.rev());
        if (current != null) {
          throw expectFailure(
              other,
              ConflictException.class,
              ErrorCode.ALREADY_EXISTS,
              () -> repository.insert(value));
        }
        assertEquals(new Versioned<>(value, 1), repository.insert(value), where);
        rows.put(id, new Versioned<>(value, 1));
      }
      case UPDATE -> {
        V value = f.revise(current == null ? f.sample(id) : current.value(), op.rev() + 1);
        long expected = (current == null ? 1 : current.version()) + op.skew();
        refuseUnlessCurrent(other, current, op.skew(), () -> repository.update(value, expected));
        Versioned<V> next = new Versioned<>(value, current.version() + 1);
        assertEquals(next, repository.update(value, expected), where);
        rows.put(id, next);
      }
      case DELETE -> {
        K key = f.key(id);
        long expected = (current == null ? 1 : current.version()) + op.skew();
        refuseUnlessCurrent(other, current, op.skew(), () -> repository.delete(key, expected));
        repository.delete(key, expected);
        rows.remove(id);
      }
    }
  }

  /**
   * For an update or delete: when the model has no value, or the version passed is wrong, asserts
   * the call fails as it should and abandons the unit of work.
   */
  private static void refuseUnlessCurrent(
      TenantId other,
      Versioned<?> current,
      int skew,
      org.junit.jupiter.api.function.Executable call) {
    if (current == null) {
      throw expectFailure(other, NotFoundException.class, null, call);
    }
    if (skew != 0) {
      throw expectFailure(other, ConflictException.class, ErrorCode.VERSION_CONFLICT, call);
    }
  }

  /**
   * Asserts the call fails as the model predicts, with a message that names nothing of the other
   * tenant; the caller throws the answer to abandon the unit of work.
   */
  private static Expected expectFailure(
      TenantId other,
      Class<? extends SamvadException> type,
      ErrorCode code,
      org.junit.jupiter.api.function.Executable call) {
    SamvadException e = assertThrows(type, call);
    if (code != null) {
      assertEquals(code, e.code(), e::getMessage);
    }
    String message = String.valueOf(e.getMessage());
    assertFalse(message.contains(other.value()), "names the other tenant: " + message);
    return new Expected();
  }

  private static <K, V> void read(
      UnitOfWork uow, RepositoryFixture<K, V> f, Read op, TenantModel draft) {
    TreeMap<String, Versioned<?>> rows = draft.rows.get(op.repository());
    String id = IDS.get(op.id());
    assertEquals(Optional.ofNullable(rows.get(id)), f.in(uow).find(f.key(id)), f.name() + " find");
    assertEquals(new ArrayList<>(rows.values()), listAll(f, uow), f.name() + " list");
    assertEquals((long) rows.size(), f.in(uow).count(), f.name() + " count");
  }

  private static void claim(
      UnitOfWork uow,
      TenantId tenant,
      Claim op,
      TenantModel draft,
      int leasesSoFar,
      List<Held> newLeases) {
    List<String> expected =
        draft.due.entrySet().stream()
            .filter(e -> e.getValue().lease() < 0 && !e.getValue().dueAt().isAfter(NOW))
            .sorted(
                Comparator.comparing((Map.Entry<String, Item> e) -> e.getValue().dueAt())
                    .thenComparing(Map.Entry::getKey))
            .limit(op.max())
            .map(Map.Entry::getKey)
            .toList();
    List<Lease> got = uow.dueWork().claim(NOW, op.max(), "node-1", LEASE);
    assertEquals(expected, got.stream().map(Lease::key).toList(), "claim " + tenant.value());
    for (Lease lease : got) {
      Item item = draft.due.get(lease.key());
      assertEquals(item.dueAt(), lease.dueAt(), "leased due time");
      draft.due.put(lease.key(), new Item(item.dueAt(), leasesSoFar + newLeases.size(), false));
      newLeases.add(new Held(tenant, lease));
    }
  }

  private static void complete(
      UnitOfWork uow,
      TenantId tenant,
      TenantId other,
      Complete op,
      TenantModel draft,
      List<Held> leases) {
    if (leases.isEmpty()) {
      return;
    }
    int index = op.lease() % leases.size();
    Held held = leases.get(index);
    Item item = draft.due.get(held.lease().key());
    boolean ours = held.tenant().equals(tenant) && item != null && item.lease() == index;
    if (!ours) {
      throw expectFailure(
          other,
          ConflictException.class,
          ErrorCode.LEASE_LOST,
          () -> uow.dueWork().complete(held.lease()));
    }
    uow.dueWork().complete(held.lease());
    if (item.moved()) {
      draft.due.put(held.lease().key(), new Item(item.dueAt(), -1, false));
    } else {
      draft.due.remove(held.lease().key());
    }
  }

  // ---- what each tenant observes ----------------------------------------------------------------

  private static void verify(SamvadStore store, TenantId tenant, TenantModel model, String when) {
    store
        .tenant(tenant)
        .run(
            uow -> {
              String where = tenant.value() + " " + when;
              List<RepositoryFixture<?, ?>> fixtures = RepositoryFixture.all();
              for (int i = 0; i < fixtures.size(); i++) {
                verifyRepository(uow, fixtures.get(i), model.rows.get(i), where);
              }
              for (Query query : QUERIES) {
                int index = indexOf(query.repository());
                assertEquals(
                    new ArrayList<>(model.rows.get(index).keySet()),
                    query.run().apply(uow),
                    query.name() + " " + where);
              }
              assertEquals((long) model.due.size(), uow.dueWork().size(), "queue size " + where);
              for (String key : KEYS) {
                assertEquals(
                    Optional.ofNullable(model.due.get(key)).map(Item::dueAt),
                    uow.dueWork().dueAt(key),
                    "dueAt " + key + " " + where);
              }
            });
  }

  private static <K, V> void verifyRepository(
      UnitOfWork uow, RepositoryFixture<K, V> f, TreeMap<String, Versioned<?>> rows, String where) {
    assertEquals((long) rows.size(), f.in(uow).count(), f.name() + " count " + where);
    assertEquals(new ArrayList<>(rows.values()), listAll(f, uow), f.name() + " list " + where);
    for (String id : IDS) {
      assertEquals(
          Optional.ofNullable(rows.get(id)),
          f.in(uow).find(f.key(id)),
          f.name() + " find " + id + " " + where);
    }
  }

  /** Every value, two to a page, so keyset paging is crossed too. */
  private static <K, V> List<Versioned<V>> listAll(RepositoryFixture<K, V> f, UnitOfWork uow) {
    List<Versioned<V>> all = new ArrayList<>();
    List<Versioned<V>> page = f.in(uow).list(Page.first(2));
    while (!page.isEmpty()) {
      assertTrue(all.size() <= IDS.size(), f.name() + ": paging does not end");
      all.addAll(page);
      page = f.in(uow).list(Page.after(f.text(f.idOf(page.get(page.size() - 1).value())), 2));
    }
    return all;
  }

  private static int indexOf(String repository) {
    List<RepositoryFixture<?, ?>> fixtures = RepositoryFixture.all();
    for (int i = 0; i < fixtures.size(); i++) {
      if (fixtures.get(i).name().equals(repository)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no repository " + repository);
  }

  private static CustomerId owner() {
    return new CustomerId(RepositoryFixture.OWNER);
  }

  private static <V> List<String> texts(List<Versioned<V>> values, Function<V, String> id) {
    return values.stream().map(v -> id.apply(v.value())).toList();
  }
}
