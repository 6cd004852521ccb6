package dev.samvad.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.samvad.api.ConflictException;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.TenantId;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/**
 * What every part of {@link StoreContract} shares: a fresh store per test from {@link #newStore()},
 * closed afterwards, two tenants, and short ways to run a unit of work and to assert conflicts.
 */
public abstract class StoreTestSupport {

  /** The tenant most tests write to. */
  public static final TenantId TENANT_A = StoreSamples.tenant("tenant-a");

  /** A second tenant that must never see the first one's data. */
  public static final TenantId TENANT_B = StoreSamples.tenant("tenant-b");

  /** The store under test; new and empty for every test. */
  protected SamvadStore store;

  /** A new, empty store. Called once per test; the test closes it. */
  protected abstract SamvadStore newStore();

  @BeforeEach
  protected final void openStore() {
    store = newStore();
  }

  @AfterEach
  protected final void closeStore() {
    store.close();
  }

  /** Runs {@code work} in one unit of work of tenant A and returns its result. */
  protected <T> T inA(Function<? super UnitOfWork, ? extends T> work) {
    return store.tenant(TENANT_A).inTransaction(work);
  }

  /** Runs {@code work} in one unit of work of tenant A. */
  protected void runA(Consumer<? super UnitOfWork> work) {
    store.tenant(TENANT_A).run(work);
  }

  /** Runs {@code work} in one unit of work of tenant B and returns its result. */
  protected <T> T inB(Function<? super UnitOfWork, ? extends T> work) {
    return store.tenant(TENANT_B).inTransaction(work);
  }

  /** Runs {@code work} in one unit of work of tenant A and returns its {@code long} result. */
  protected long countA(ToLongFunction<? super UnitOfWork> work) {
    return inA(work::applyAsLong);
  }

  /** Runs {@code work} in one unit of work of tenant A and returns its {@code boolean} result. */
  protected boolean testA(Predicate<? super UnitOfWork> work) {
    return inA(work::test);
  }

  /** Runs {@code work} in one unit of work of tenant B and returns its {@code boolean} result. */
  protected boolean testB(Predicate<? super UnitOfWork> work) {
    return inB(work::test);
  }

  /** Asserts {@code call} fails with a {@link ConflictException} carrying {@code code}. */
  public static ConflictException assertConflict(ErrorCode code, Executable call) {
    ConflictException e = assertThrows(ConflictException.class, call);
    assertEquals(code, e.code(), e::getMessage);
    return e;
  }

  /** Thrown by tests to make a unit of work fail on purpose. */
  public static final class DeliberateFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with a message saying where it came from. */
    public DeliberateFailure(String message) {
      super(message);
    }
  }
}
