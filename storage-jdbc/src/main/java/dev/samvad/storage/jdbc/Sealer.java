package dev.samvad.storage.jdbc;

import dev.samvad.api.DataIntegrityException;
import dev.samvad.api.TenantId;
import dev.samvad.api.spi.FieldCipher;
import dev.samvad.api.spi.KeyProvider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The store's field encryption: seals documents and makes contact lookup hashes when the store has
 * a {@link KeyProvider}, and keeps both in clear (an unkeyed hash) when it has none. Opens sealed
 * documents either way it can: a store without keys meeting a sealed row says so.
 */
final class Sealer {
  static final Sealer PLAINTEXT = new Sealer(null);

  private final @Nullable FieldCipher cipher;

  private Sealer(@Nullable FieldCipher cipher) {
    this.cipher = cipher;
  }

  static Sealer of(@Nullable KeyProvider keys) {
    return keys == null ? PLAINTEXT : new Sealer(new FieldCipher(keys));
  }

  /** Whether documents are written sealed. */
  boolean seals() {
    return cipher != null;
  }

  byte[] seal(TenantId tenant, String context, String doc) {
    return cipher().sealText(tenant, context, doc);
  }

  String open(TenantId tenant, String context, byte[] sealed) {
    if (cipher == null) {
      throw new DataIntegrityException(
          DataIntegrityException.Reason.UNKNOWN_KEY,
          "'"
              + context
              + "' of tenant "
              + tenant.value()
              + " is sealed under key '"
              + FieldCipher.keyIdOf(sealed)
              + "', and this store has no key provider (JdbcStore.Builder.keyProvider)");
    }
    return cipher.openText(tenant, context, sealed);
  }

  /** The id of the key new documents of {@code tenant} are sealed with. */
  String primaryKeyId(TenantId tenant) {
    return cipher().keys().primaryKey(tenant).id();
  }

  /**
   * The hashes a lookup of {@code value} matches: the keyed hash written now, and, with keys, also
   * the unkeyed hash of rows written before the store had keys and not yet re-sealed.
   */
  List<byte[]> lookupHashes(TenantId tenant, String kind, String value) {
    return cipher == null
        ? List.of(unkeyedHash(kind, value))
        : List.of(lookupHash(tenant, kind, value), unkeyedHash(kind, value));
  }

  /** The hash written for {@code value}: keyed with keys, else unkeyed (see the migration V3). */
  byte[] lookupHash(TenantId tenant, String kind, String value) {
    return cipher == null ? unkeyedHash(kind, value) : cipher.lookupHash(tenant, kind, value);
  }

  /** SHA-256 of {@code kind:value}, as V3__field_encryption.sql computes it for existing rows. */
  private static byte[] unkeyedHash(String kind, String value) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private FieldCipher cipher() {
    if (cipher == null) {
      throw new IllegalStateException("this store has no key provider");
    }
    return cipher;
  }
}
