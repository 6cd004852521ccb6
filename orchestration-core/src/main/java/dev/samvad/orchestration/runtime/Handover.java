package dev.samvad.orchestration.runtime;

import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.api.store.Lease;
import dev.samvad.orchestration.Context;

/**
 * A message a wake has just queued and leased to its own worker, to dispatch right after the wake
 * commits instead of finding it again in due order: the row and the engine's context are in hand
 * (and the row's document in the decode cache), so the dispatch skips its first read. Whatever
 * happens to the worker, the lease expires and the message is claimed in due order as any other.
 *
 * @param lease the message's due item {@code x:<executionId>}, leased in the wake's unit of work
 * @param row the outbox row as the wake wrote it
 * @param context the context the wake decided with: same tenant, customer, playbook and time
 */
record Handover(Lease lease, ExecutionRecord row, Context context) {}
