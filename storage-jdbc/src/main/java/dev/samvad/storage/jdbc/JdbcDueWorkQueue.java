package dev.samvad.storage.jdbc;

import dev.samvad.api.ConflictException;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.store.DueWorkQueue;
import dev.samvad.api.store.Lease;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link DueWorkQueue} over the {@code due_work} table inside one {@link Tx}. A claim is one
 * statement: it picks due, unleased items in due order with {@code FOR UPDATE SKIP LOCKED} and
 * leases them with fresh tokens from a database-wide sequence. Settling a lease (complete, release,
 * extend) is one conditional statement on the lease's token; only when it changes nothing does a
 * second query find out why, for the {@code LEASE_LOST} message.
 */
final class JdbcDueWorkQueue implements DueWorkQueue {
  private static final int MAX_KEY = 200;

  private static final String SCHEDULE =
      "INSERT INTO samvad.due_work (tenant_id, key, due_at, generation) VALUES (?, ?, ?, 1)"
          + " ON CONFLICT (tenant_id, key) DO UPDATE"
          + " SET due_at = EXCLUDED.due_at, generation = due_work.generation + 1";
  private static final String CANCEL =
      "DELETE FROM samvad.due_work WHERE tenant_id = ? AND key = ?";
  private static final String DUE_AT =
      "SELECT due_at FROM samvad.due_work WHERE tenant_id = ? AND key = ?";
  private static final String CLAIM =
      "WITH picked AS ("
          + " SELECT key FROM samvad.due_work"
          + " WHERE tenant_id = ? AND due_at <= ? AND (token = 0 OR expires_at <= ?)"
          + " ORDER BY due_at, key LIMIT ?"
          + " FOR UPDATE SKIP LOCKED)"
          + " UPDATE samvad.due_work d"
          + " SET token = nextval('samvad.lease_tokens'), owner = ?, expires_at = ?"
          + " FROM picked WHERE d.tenant_id = ? AND d.key = picked.key"
          + " RETURNING d.key, d.due_at, d.token, d.generation";
  private static final String CLAIM_KEY =
      "UPDATE samvad.due_work"
          + " SET token = nextval('samvad.lease_tokens'), owner = ?, expires_at = ?"
          + " WHERE tenant_id = ? AND key = ? AND due_at <= ? AND (token = 0 OR expires_at <= ?)"
          + " RETURNING key, due_at, token, generation";
  private static final String COMPLETE_CURRENT =
      "DELETE FROM samvad.due_work"
          + " WHERE tenant_id = ? AND key = ? AND token = ? AND generation = ?";
  private static final String FREE =
      "UPDATE samvad.due_work SET token = 0, owner = NULL, expires_at = NULL"
          + " WHERE tenant_id = ? AND key = ? AND token = ?";
  private static final String RELEASE =
      "UPDATE samvad.due_work"
          + " SET due_at = ?, generation = generation + 1, token = 0, owner = NULL,"
          + " expires_at = NULL"
          + " WHERE tenant_id = ? AND key = ? AND token = ?";
  private static final String EXTEND =
      "UPDATE samvad.due_work SET expires_at = ?"
          + " WHERE tenant_id = ? AND key = ? AND token = ? AND expires_at > ?";
  private static final String HOLDER =
      "SELECT token, expires_at FROM samvad.due_work WHERE tenant_id = ? AND key = ?";
  private static final String SIZE = "SELECT count(*) FROM samvad.due_work WHERE tenant_id = ?";

  /** Due order as PostgreSQL's COLLATE "C" sorts keys: by code point. */
  private static final Comparator<Lease> DUE_ORDER =
      Comparator.comparing(Lease::dueAt).thenComparing(Lease::key, JdbcDueWorkQueue::byCodePoint);

  private final Tx tx;

  JdbcDueWorkQueue(Tx tx) {
    this.tx = tx;
  }

  @Override
  public void schedule(String key, Instant dueAt) {
    tx.checkActive();
    if (key.isBlank() || key.length() > MAX_KEY) {
      throw new InvalidInputException("key", "must be 1 to " + MAX_KEY + " characters");
    }
    tx.update(
        "scheduling '" + key + "'",
        SCHEDULE,
        s -> {
          s.setString(1, tx.tenantId());
          s.setString(2, key);
          Sql.setInstant(s, 3, dueAt);
        });
  }

  @Override
  public boolean cancel(String key) {
    return tx.update("cancelling '" + key + "'", CANCEL, s -> bindKey(s, 1, key)) > 0;
  }

  @Override
  public Optional<Instant> dueAt(String key) {
    return tx.queryOne(
        "reading when '" + key + "' is due",
        DUE_AT,
        s -> bindKey(s, 1, key),
        row -> Sql.getInstant(row, "due_at"));
  }

  @Override
  public List<Lease> claim(Instant now, int max, String owner, Duration leaseFor) {
    tx.checkActive();
    if (max < 1) {
      throw new InvalidInputException("max", "must be at least 1, was " + max);
    }
    checkLeaseFor(leaseFor);
    Instant expiresAt = now.plus(leaseFor);
    List<Lease> leases =
        new ArrayList<>(
            tx.query(
                "claiming due work",
                CLAIM,
                s -> {
                  s.setString(1, tx.tenantId());
                  Sql.setBound(s, 2, now);
                  Sql.setBound(s, 3, now);
                  s.setInt(4, max);
                  s.setString(5, owner);
                  Sql.setInstant(s, 6, expiresAt);
                  s.setString(7, tx.tenantId());
                },
                leased(owner, expiresAt)));
    if (!leases.isEmpty()) {
      tx.markWritten();
    }
    // UPDATE … RETURNING gives no order; the contract wants due order.
    leases.sort(DUE_ORDER);
    return leases;
  }

  @Override
  public Optional<Lease> claim(String key, Instant now, String owner, Duration leaseFor) {
    tx.checkActive();
    checkLeaseFor(leaseFor);
    Instant expiresAt = now.plus(leaseFor);
    Optional<Lease> lease =
        tx.queryOne(
            "claiming '" + key + "'",
            CLAIM_KEY,
            s -> {
              s.setString(1, owner);
              Sql.setInstant(s, 2, expiresAt);
              bindKey(s, 3, key);
              Sql.setBound(s, 5, now);
              Sql.setBound(s, 6, now);
            },
            leased(owner, expiresAt));
    if (lease.isPresent()) {
      tx.markWritten();
    }
    return lease;
  }

  @Override
  public void complete(Lease lease) {
    int removed =
        tx.update(
            "completing '" + lease.key() + "'",
            COMPLETE_CURRENT,
            s -> {
              bindKey(s, 1, lease.key());
              s.setLong(3, lease.token());
              s.setLong(4, lease.generation());
            });
    if (removed == 1) {
      return;
    }
    // Rescheduled while leased: free the item, keeping its new due time.
    if (tx.update("freeing '" + lease.key() + "'", FREE, s -> bindLease(s, 1, lease)) == 0) {
      throw lost(lease);
    }
  }

  @Override
  public void release(Lease lease, Instant nextDue) {
    int freed =
        tx.update(
            "releasing '" + lease.key() + "'",
            RELEASE,
            s -> {
              Sql.setInstant(s, 1, nextDue);
              bindLease(s, 2, lease);
            });
    if (freed == 0) {
      throw lost(lease);
    }
  }

  @Override
  public Lease extend(Lease lease, Instant now, Duration leaseFor) {
    Instant expiresAt = now.plus(leaseFor);
    int extended =
        tx.update(
            "extending the lease on '" + lease.key() + "'",
            EXTEND,
            s -> {
              Sql.setInstant(s, 1, expiresAt);
              bindLease(s, 2, lease);
              Sql.setBound(s, 5, now);
            });
    if (extended == 0) {
      throw lost(lease);
    }
    return new Lease(
        lease.key(), lease.dueAt(), lease.owner(), expiresAt, lease.token(), lease.generation());
  }

  @Override
  public long size() {
    return tx.queryLong("counting due work", SIZE, s -> s.setString(1, tx.tenantId()));
  }

  private static void checkLeaseFor(Duration leaseFor) {
    if (leaseFor.isNegative() || leaseFor.isZero()) {
      throw new InvalidInputException("leaseFor", "must be positive, was " + leaseFor);
    }
  }

  /** Reads a row a claim returned as the lease it now is. */
  private static Sql.RowReader<Lease> leased(String owner, Instant expiresAt) {
    return row ->
        new Lease(
            row.getString("key"),
            Sql.getInstant(row, "due_at"),
            owner,
            expiresAt,
            row.getLong("token"),
            row.getLong("generation"));
  }

  private void bindKey(java.sql.PreparedStatement s, int index, String key)
      throws java.sql.SQLException {
    s.setString(index, tx.tenantId());
    s.setString(index + 1, key);
  }

  private void bindLease(java.sql.PreparedStatement s, int index, Lease lease)
      throws java.sql.SQLException {
    bindKey(s, index, lease.key());
    s.setLong(index + 2, lease.token());
  }

  /** The LEASE_LOST failure, saying why: the item is gone, taken over, or the lease ran out. */
  private ConflictException lost(Lease lease) {
    record Holder(long token, Instant expiresAt) {}
    String why =
        tx.queryOne(
                "reading the lease on '" + lease.key() + "'",
                HOLDER,
                s -> bindKey(s, 1, lease.key()),
                row ->
                    new Holder(
                        row.getLong("token"),
                        row.getObject("expires_at") == null
                            ? Instant.MIN
                            : Sql.getInstant(row, "expires_at")))
            .map(
                h ->
                    h.token() != lease.token()
                        ? "another claim took it over"
                        : "it expired at " + h.expiresAt())
            .orElse("the item no longer exists");
    return new ConflictException(
        ErrorCode.LEASE_LOST,
        "lease on '" + lease.key() + "' held by " + lease.owner() + " is lost: " + why);
  }

  private static int byCodePoint(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
