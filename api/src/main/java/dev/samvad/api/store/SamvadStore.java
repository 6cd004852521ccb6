package dev.samvad.api.store;

import dev.samvad.api.TenantId;
import java.util.List;

/**
 * Samvad's state, partitioned by tenant. Implementations must be thread-safe. Data written through
 * one tenant's {@link TenantStore} is never visible through another's.
 */
public interface SamvadStore extends AutoCloseable {

  /** The store of one tenant. Cheap; may be called per request. */
  TenantStore tenant(TenantId tenant);

  /** The tenants that have written anything, in id order; used by runtimes that sweep due work. */
  List<TenantId> tenants();

  /** Releases resources (connection pools); the default does nothing. */
  @Override
  default void close() {}
}
