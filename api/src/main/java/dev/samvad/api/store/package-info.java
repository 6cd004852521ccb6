/**
 * The storage SPI: what a host implements (or picks a shipped implementation of) so Samvad can keep
 * its state. Every call is scoped to one tenant; writes happen inside a {@link
 * dev.samvad.api.store.UnitOfWork} that commits all or nothing; every stored value carries a
 * version for optimistic concurrency; and a {@link dev.samvad.api.store.DueWorkQueue} hands due
 * work to one node at a time through expiring leases.
 *
 * <p>The abstract {@code StoreContract} test suite in this module's test-jar states the contract as
 * executable tests; an implementation is correct when it passes unchanged.
 */
@NullMarked
package dev.samvad.api.store;

import org.jspecify.annotations.NullMarked;
