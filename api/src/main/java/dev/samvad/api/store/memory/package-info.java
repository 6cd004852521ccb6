/**
 * The embedded default store: everything in memory, nothing survives the process. It keeps the full
 * storage contract — tenant isolation, all-or-nothing units of work, optimistic versions, expiring
 * leases — so that code tested against it behaves the same on a database.
 */
@NullMarked
package dev.samvad.api.store.memory;

import org.jspecify.annotations.NullMarked;
