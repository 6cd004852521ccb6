/**
 * The campaign runtime: the imperative shell around the pure {@link
 * dev.samvad.orchestration.CampaignEngine}. {@link
 * dev.samvad.orchestration.runtime.CampaignRuntime} keeps campaigns in the store, applies each
 * decision in one unit of work (state, outbox rows and the next due time together), dispatches the
 * outbox through channels with idempotency keys, retries and falls back, records receipts, and
 * turns replies and payments into events.
 *
 * <p>The public surface is this package's few types; everything else here is package-private and
 * carries no compatibility promise.
 */
@NullMarked
package dev.samvad.orchestration.runtime;

import org.jspecify.annotations.NullMarked;
