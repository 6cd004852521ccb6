package dev.samvad.api.store;

import java.time.Instant;

/**
 * The right, until {@link #expiresAt()}, to work on one due item. Handed out by {@link
 * DueWorkQueue#claim}; settled by {@link DueWorkQueue#complete} or {@link DueWorkQueue#release}.
 *
 * @param key the item's key (for example a campaign id)
 * @param dueAt when the item was due at the time of the claim
 * @param owner who claimed it (a node name)
 * @param expiresAt when another node may claim it again
 * @param token unique per claim; identifies this lease against later claims of the same key
 * @param generation the item's schedule generation at claim time; a later {@link
 *     DueWorkQueue#schedule} raises it
 */
public record Lease(
    String key, Instant dueAt, String owner, Instant expiresAt, long token, long generation) {}
