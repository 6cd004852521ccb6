package dev.samvad.api.spi;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * A {@link KeyProvider} that keeps its keys in memory: for tests, the embedded default and tools.
 *
 * <ul>
 *   <li>{@link #InMemoryKeyProvider()} makes random keys per tenant on first use, with ids {@code
 *       k1}, {@code k2}, … They die with the process, so values sealed with them can be read only
 *       by this instance: right for tests and for data that lives no longer than the process.
 *   <li>{@link #derivedFrom(byte[])} derives every tenant's keys from one master secret
 *       (HMAC-SHA256), so a process that starts again with the same secret reads what an earlier
 *       one wrote. Key ids are {@code m<fingerprint>-<n>}: a value sealed under another master
 *       secret fails as an unknown key, not as tampering. Key {@code n} of any tenant can always be
 *       derived again; which one is primary (how often {@link #rotate} was called) lives in memory
 *       and starts at 1. An example of wiring keys, not a key management scheme: a production host
 *       supplies its own provider (see {@link KeyProvider}).
 * </ul>
 *
 * <p>{@link #rotate(TenantId)} makes a new primary key for a tenant; the older ones keep opening
 * what they sealed. The lookup key never changes. Thread-safe.
 */
public final class InMemoryKeyProvider implements KeyProvider {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte @Nullable [] master;
  private final String fingerprint;
  private final Map<TenantId, TenantKeys> tenants = new ConcurrentHashMap<>();

  /** Random keys per tenant, made on first use. */
  public InMemoryKeyProvider() {
    this.master = null;
    this.fingerprint = "";
  }

  private InMemoryKeyProvider(byte[] master) {
    this.master = master.clone();
    this.fingerprint = HexFormat.of().formatHex(hmac(this.master, "samvad-key-id/1"), 0, 4);
  }

  /**
   * Keys of every tenant derived from {@code masterSecret} (see the class comment).
   *
   * @param masterSecret at least 32 bytes of secret (copied)
   * @throws InvalidInputException naming {@code masterSecret} when it is shorter
   */
  public static InMemoryKeyProvider derivedFrom(byte[] masterSecret) {
    InvalidInputException.require(masterSecret, "masterSecret");
    if (masterSecret.length < 32) {
      throw new InvalidInputException(
          "masterSecret", "must be at least 32 bytes, was " + masterSecret.length);
    }
    return new InMemoryKeyProvider(masterSecret);
  }

  @Override
  public DataKey primaryKey(TenantId tenant) {
    return keysOf(tenant).primary();
  }

  @Override
  public Optional<DataKey> key(TenantId tenant, String keyId) {
    InvalidInputException.require(keyId, "keyId");
    if (master != null) {
      String prefix = "m" + fingerprint + "-";
      if (!keyId.startsWith(prefix)) {
        return Optional.empty();
      }
      try {
        int n = Integer.parseInt(keyId.substring(prefix.length()));
        return n >= 1 && keyId.equals(prefix + n)
            ? Optional.of(derivedKey(tenant, n))
            : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return keysOf(tenant).byId(keyId);
  }

  @Override
  public SecretKey lookupKey(TenantId tenant) {
    return keysOf(tenant).lookup;
  }

  /**
   * Makes a new primary key for {@code tenant}; values sealed before stay readable with the older
   * keys, which this provider keeps.
   *
   * @return the new primary key
   */
  public DataKey rotate(TenantId tenant) {
    return keysOf(tenant).rotate();
  }

  private TenantKeys keysOf(TenantId tenant) {
    InvalidInputException.require(tenant, "tenant");
    return tenants.computeIfAbsent(tenant, this::newKeys);
  }

  private TenantKeys newKeys(TenantId tenant) {
    if (master == null) {
      byte[] lookup = new byte[32];
      RANDOM.nextBytes(lookup);
      return new TenantKeys(tenant, new SecretKeySpec(lookup, "HmacSHA256"));
    }
    byte[] lookup = hmac(master, "samvad-lookup-key/1", tenant.value());
    return new TenantKeys(tenant, new SecretKeySpec(lookup, "HmacSHA256"));
  }

  private DataKey derivedKey(TenantId tenant, int n) {
    byte[] key = hmac(master, "samvad-data-key/1", tenant.value(), Integer.toString(n));
    try {
      return DataKey.of("m" + fingerprint + "-" + n, key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private static byte[] hmac(byte[] secret, String... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      for (String part : parts) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        mac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        mac.update(bytes);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  /** One tenant's keys, oldest first; the last is the primary. */
  private final class TenantKeys {
    private final TenantId tenant;
    private final SecretKey lookup;
    private final List<DataKey> keys = new ArrayList<>();

    TenantKeys(TenantId tenant, SecretKey lookup) {
      this.tenant = tenant;
      this.lookup = lookup;
      keys.add(make(1));
    }

    synchronized DataKey primary() {
      return keys.get(keys.size() - 1);
    }

    synchronized Optional<DataKey> byId(String id) {
      return keys.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    synchronized DataKey rotate() {
      DataKey next = make(keys.size() + 1);
      keys.add(next);
      return next;
    }

    private DataKey make(int n) {
      if (master != null) {
        return derivedKey(tenant, n);
      }
      byte[] key = new byte[32];
      RANDOM.nextBytes(key);
      try {
        return DataKey.of("k" + n, key);
      } finally {
        Arrays.fill(key, (byte) 0);
      }
    }
  }
}
