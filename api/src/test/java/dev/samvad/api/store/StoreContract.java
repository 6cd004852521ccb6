package dev.samvad.api.store;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The storage SPI's contract as executable tests. A {@link SamvadStore} implementation is correct
 * when a subclass of this class passes unchanged.
 *
 * <h2>How to run it against your store</h2>
 *
 * <p>Depend on the api test-jar, and the test stack, in test scope:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>dev.samvad</groupId>
 *   <artifactId>samvad-api</artifactId>
 *   <type>test-jar</type>
 *   <scope>test</scope>
 * </dependency>
 * <!-- plus org.junit.jupiter:junit-jupiter and net.jqwik:jqwik, test scope -->
 * }</pre>
 *
 * <p>then subclass and say how to make an empty store:
 *
 * <pre>{@code
 * class PostgresStoreContractTest extends StoreContract {
 *   @Override
 *   protected SamvadStore newStore() {
 *     return PostgresStore.create(freshSchema());
 *   }
 * }
 * }</pre>
 *
 * <p>{@link #newStore()} is called once per test and once per try of the randomised property; each
 * call must return a store that holds no data at all (no tenants), and the suite closes it when the
 * test ends. Tests of one class do not run in parallel with each other.
 *
 * <h2>What it checks</h2>
 *
 * <ul>
 *   <li>{@link RepositoryContract}: for each of the nine repositories, versions (1 on insert, +1
 *       per update), {@code VERSION_CONFLICT}, {@code ALREADY_EXISTS}, {@link
 *       dev.samvad.api.NotFoundException}, listing in code-point order of the id text with keyset
 *       pages, counts; stored values come back {@code equals} to what was written, JSON documents
 *       character for character.
 *   <li>{@link QueryContract}: invoice numbers unique per financial year, {@code byNumber}, and the
 *       order and range of every {@code byCustomer} / {@code byCampaign} listing.
 *   <li>{@link CustomerLookupContract}: customers found by a contact's phone number or e-mail
 *       address, kept in step with every write, rollback and tenant.
 *   <li>{@link UnitOfWorkContract}: all-or-nothing units of work (due work included), the thrown
 *       exception passed through unchanged, own writes visible, no use after the end, no nesting.
 *   <li>{@link TenantIsolationContract}: nothing of one tenant visible to or changeable by another;
 *       {@link SamvadStore#tenants()}.
 *   <li>{@link DueWorkQueueContract}: every guarantee in {@link DueWorkQueue}'s Javadoc.
 *   <li>{@link ConcurrencyContract}: claims by racing threads hand out each item once; optimistic
 *       updates let one writer win per version; read-modify-write in one unit of work loses
 *       nothing.
 *   <li>{@link #randomHistoriesAgreeWithAModel}: random units of work over two tenants, some rolled
 *       back, against a map model ({@link StoreModelCheck}).
 * </ul>
 *
 * <p>Instants in the samples are whole milliseconds or microseconds; nothing needs nanoseconds.
 */
public abstract class StoreContract {

  /**
   * A new store holding no data.
   *
   * @return a store the calling test owns and closes
   */
  protected abstract SamvadStore newStore();

  /** Random histories of units of work agree with a map model, rollbacks included. */
  @Property(tries = 150)
  void randomHistoriesAgreeWithAModel(@ForAll("histories") List<StoreModelCheck.Work> history) {
    try (SamvadStore store = newStore()) {
      StoreModelCheck.check(store, history);
    }
  }

  @Provide
  Arbitrary<List<StoreModelCheck.Work>> histories() {
    return StoreModelCheck.histories();
  }

  @Nested
  @DisplayName("repositories")
  class Repositories extends RepositoryContract {
    @Override
    protected SamvadStore newStore() {
      return StoreContract.this.newStore();
    }
  }

  @Nested
  @DisplayName("queries")
  class Queries extends QueryContract {
    @Override
    protected SamvadStore newStore() {
      return StoreContract.this.newStore();
    }
  }

  @Nested
  @DisplayName("customer lookups")
  class CustomerLookups extends CustomerLookupContract {
    @Override
    protected SamvadStore newStore() {
      return StoreContract.this.newStore();
    }
  }

  @Nested
  @DisplayName("units of work")
  class UnitsOfWork extends UnitOfWorkContract {
    @Override
    protected SamvadStore newStore() {
      return StoreContract.this.newStore();
    }
  }

  @Nested
  @DisplayName("tenant isolation")
  class TenantIsolation extends TenantIsolationContract {
    @Override
    protected SamvadStore newStore() {
      return StoreContract.this.newStore();
    }
  }

  @Nested
  @DisplayName("due-work queue")
  class DueWork extends DueWorkQueueContract {
    @Override
    protected SamvadStore newStore() {
      return StoreContract.this.newStore();
    }
  }

  @Nested
  @DisplayName("concurrency")
  class Concurrency extends ConcurrencyContract {
    @Override
    protected SamvadStore newStore() {
      return StoreContract.this.newStore();
    }
  }
}
