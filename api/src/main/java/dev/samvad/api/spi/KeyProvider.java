package dev.samvad.api.spi;

import dev.samvad.api.TenantId;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Per-tenant keys for field encryption: where a store that seals sensitive fields at rest (message
 * text, contact details, judgements about a customer) gets its keys. {@link FieldCipher} uses it;
 * {@code JdbcStore.builder(pool).keyProvider(keys)} turns sealing on for PostgreSQL.
 *
 * <p>Three things per tenant:
 *
 * <ul>
 *   <li>{@link #primaryKey}: the key new values are sealed with. Rotation is this method starting
 *       to return a new key under a new id; nothing else changes and nothing stops.
 *   <li>{@link #key}: any key the tenant has had, by id, for opening values sealed before a
 *       rotation. Keep a retired key until no stored value names it any more (after the store's
 *       re-seal pass, {@code JdbcStore.reseal(tenant)}); a missing key makes those values
 *       unreadable ({@link dev.samvad.api.DataIntegrityException.Reason#UNKNOWN_KEY}).
 *   <li>{@link #lookupKey}: the HMAC-SHA256 key of the keyed hashes that let a store find a
 *       customer by phone number or e-mail without storing either in clear. It <b>must never change
 *       for a tenant</b>: a new lookup key makes every stored hash stop matching, so lookups find
 *       nothing until every customer has been re-sealed. It is not rotated with the data keys.
 * </ul>
 *
 * <h2>Supplying your own (a KMS or vault)</h2>
 *
 * <p>Samvad ships {@link InMemoryKeyProvider} for tests, the embedded default and tools. In
 * production, implement this interface over your key management service with envelope encryption:
 * generate a 32-byte data key per tenant, store it wrapped (encrypted) by the KMS next to its id,
 * unwrap it once and cache it in memory; likewise one lookup key per tenant that you never rotate.
 *
 * <pre>{@code
 * final class KmsKeyProvider implements KeyProvider {
 *   public DataKey primaryKey(TenantId t) { return cache.get(t, wrappedKeys.primaryIdOf(t)); }
 *   public Optional<DataKey> key(TenantId t, String id) { return cache.find(t, id); }
 *   public SecretKey lookupKey(TenantId t) { return lookupCache.get(t); }
 * }
 * }</pre>
 *
 * <p>Contract: thread-safe; called for every value sealed or opened, so answer from memory (cache
 * unwrapped keys; a store does not cache them for you); never return another tenant's key; ids are
 * unique per tenant for all time. When the key service cannot be reached, throw {@link
 * dev.samvad.api.UnavailableException}: the unit of work fails and nothing is written.
 */
public interface KeyProvider {

  /** The key new values of {@code tenant} are sealed with. Never absent: make one if needed. */
  DataKey primaryKey(TenantId tenant);

  /** The tenant's key with this id (the primary or an older one), or empty when it has none. */
  Optional<DataKey> key(TenantId tenant, String keyId);

  /**
   * The tenant's HMAC-SHA256 key for lookup hashes, at least 32 bytes of secret. Must stay the same
   * for the tenant for all time (see the class comment).
   */
  SecretKey lookupKey(TenantId tenant);
}
