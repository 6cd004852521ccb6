package dev.samvad.api.store;

import dev.samvad.api.TenantId;
import java.util.function.Consumer;
import java.util.function.Function;

/** One tenant's data. All access goes through a unit of work. */
public interface TenantStore {

  /** The tenant this store is scoped to. */
  TenantId tenantId();

  /**
   * Runs {@code work} in one unit of work and commits its writes together. If {@code work} throws,
   * nothing it wrote is kept and the exception propagates unchanged. Units of work of one tenant
   * behave as if run one after another (serializable). Nesting a unit of work inside another on the
   * same thread throws {@link IllegalStateException}.
   *
   * <p>May block while another unit of work of the same tenant runs. Implementations may retry
   * {@code work} after a transient failure (such as a database serialisation failure), so it must
   * not have side effects outside the store.
   */
  <T> T inTransaction(Function<? super UnitOfWork, ? extends T> work);

  /** {@link #inTransaction(Function)} for work with no result. */
  default void run(Consumer<? super UnitOfWork> work) {
    inTransaction(
        uow -> {
          work.accept(uow);
          return null;
        });
  }
}
