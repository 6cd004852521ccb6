package dev.samvad.api.spi;

import dev.samvad.api.DataIntegrityException;
import dev.samvad.api.DataIntegrityException.Reason;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals values of one tenant with AES-256-GCM under that tenant's keys from a {@link KeyProvider},
 * and makes keyed lookup hashes. What a store uses to keep message text, contact details and
 * judgements encrypted at rest.
 *
 * <p>A sealed value is self-describing, so keys can rotate without downtime:
 *
 * <pre>
 *   0x01                      format version
 *   n (1 byte), key id        the id of the {@link DataKey} that sealed it, n ASCII bytes
 *   nonce (12 bytes)          random for every value
 *   ciphertext, tag (16)      AES/GCM/NoPadding
 * </pre>
 *
 * The associated data, authenticated but not stored, is the header above followed by {@code
 * str(tenant) str(context)} ({@code str} = 32-bit big-endian length, then the bytes). So a value
 * opens only for the tenant and the context (e.g. a table and row id) it was sealed for: copied to
 * another tenant or row, changed in any bit, or cut short, it fails with a {@link
 * DataIntegrityException} ({@link Reason#TAMPERED}), never as garbage. {@link #open} takes the key
 * the header names from {@link KeyProvider#key}, so values sealed before a rotation still open.
 *
 * <p>Text is encoded so that every Java string comes back exactly, lone surrogates included (as the
 * audit chain's hash encodes them). Random 96-bit nonces are safe for about 2<sup>32</sup> values
 * per key; rotate long before that.
 *
 * <p>Thread-safe.
 */
public final class FieldCipher {
  /** The format version byte of values this class seals. */
  public static final int FORMAT = 1;

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final byte[] LOOKUP_LABEL = "samvad-lookup/1".getBytes(StandardCharsets.UTF_8);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ThreadLocal<Cipher> CIPHER =
      ThreadLocal.withInitial(() -> newInstance(() -> Cipher.getInstance("AES/GCM/NoPadding")));
  private static final ThreadLocal<Mac> MAC =
      ThreadLocal.withInitial(() -> newInstance(() -> Mac.getInstance("HmacSHA256")));

  private final KeyProvider keys;

  /** A cipher over {@code keys}. */
  public FieldCipher(KeyProvider keys) {
    this.keys = InvalidInputException.require(keys, "keys");
  }

  /** The key provider this cipher uses. */
  public KeyProvider keys() {
    return keys;
  }

  /**
   * Seals {@code plaintext} for {@code tenant} and {@code context} under the tenant's primary key.
   *
   * @param context where the value lives, e.g. {@code samvad.customers/C-104}; must be given again,
   *     the same, to open it
   */
  public byte[] seal(TenantId tenant, String context, byte[] plaintext) {
    InvalidInputException.require(tenant, "tenant");
    InvalidInputException.require(context, "context");
    InvalidInputException.require(plaintext, "plaintext");
    DataKey key = keys.primaryKey(tenant);
    byte[] id = key.id().getBytes(StandardCharsets.US_ASCII);
    int headerLength = 2 + id.length;
    ByteBuffer out =
        ByteBuffer.allocate(headerLength + NONCE_BYTES + plaintext.length + TAG_BITS / 8);
    out.put((byte) FORMAT).put((byte) id.length).put(id);
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    out.put(nonce);
    Cipher cipher = CIPHER.get();
    try {
      cipher.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData(out.array(), headerLength, tenant, context));
      cipher.doFinal(ByteBuffer.wrap(plaintext), out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed with key " + key.id() + ": " + e, e);
    }
    return out.array();
  }

  /** Seals text; {@link #openText} gives back exactly the same string. */
  public byte[] sealText(TenantId tenant, String context, String text) {
    InvalidInputException.require(text, "text");
    return seal(tenant, context, Wtf8.encode(text));
  }

  /**
   * Opens a value {@link #seal} made for the same tenant and context.
   *
   * @throws DataIntegrityException {@link Reason#TAMPERED} when it does not authenticate (changed,
   *     cut, or sealed for another tenant or context), {@link Reason#UNKNOWN_KEY} when the key
   *     provider has no key under its id, {@link Reason#UNSUPPORTED_FORMAT} when it is not a sealed
   *     value of a known format
   */
  public byte[] open(TenantId tenant, String context, byte[] sealed) {
    InvalidInputException.require(tenant, "tenant");
    InvalidInputException.require(context, "context");
    String keyId = keyIdOf(sealed);
    int headerLength = 2 + keyId.length();
    if (sealed.length < headerLength + NONCE_BYTES + TAG_BITS / 8) {
      throw new DataIntegrityException(
          Reason.TAMPERED, "a sealed value at " + where(tenant, context) + " is cut short");
    }
    DataKey key =
        keys.key(tenant, keyId)
            .orElseThrow(
                () ->
                    new DataIntegrityException(
                        Reason.UNKNOWN_KEY,
                        "the key provider has no key '"
                            + keyId
                            + "' to open the sealed value at "
                            + where(tenant, context)));
    Cipher cipher = CIPHER.get();
    try {
      cipher.init(
          Cipher.DECRYPT_MODE,
          key.secretKey(),
          new GCMParameterSpec(TAG_BITS, sealed, headerLength, NONCE_BYTES));
      cipher.updateAAD(associatedData(sealed, headerLength, tenant, context));
      int body = headerLength + NONCE_BYTES;
      return cipher.doFinal(sealed, body, sealed.length - body);
    } catch (AEADBadTagException e) {
      throw new DataIntegrityException(
          Reason.TAMPERED,
          "the sealed value at "
              + where(tenant, context)
              + " does not authenticate under key '"
              + keyId
              + "': it was changed, or moved from another tenant or place",
          e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed with key " + keyId + ": " + e, e);
    }
  }

  /**
   * Opens text {@link #sealText} sealed.
   *
   * @throws DataIntegrityException as {@link #open} does
   */
  public String openText(TenantId tenant, String context, byte[] sealed) {
    byte[] bytes = open(tenant, context, sealed);
    try {
      return Wtf8.decode(bytes);
    } catch (IllegalArgumentException e) {
      throw new DataIntegrityException(
          Reason.UNSUPPORTED_FORMAT,
          "the sealed value at " + where(tenant, context) + " is not text: " + e.getMessage(),
          e);
    }
  }

  /**
   * The id of the key that sealed {@code sealed}, read from its header without opening it: what a
   * re-seal pass checks to find values still under an old key.
   *
   * @throws DataIntegrityException {@link Reason#UNSUPPORTED_FORMAT} when the header is not one
   *     {@link #seal} writes
   */
  public static String keyIdOf(byte[] sealed) {
    InvalidInputException.require(sealed, "sealed");
    if (sealed.length < 2 || sealed[0] != FORMAT) {
      throw new DataIntegrityException(
          Reason.UNSUPPORTED_FORMAT,
          "not a sealed value of format " + FORMAT + (sealed.length == 0 ? " (empty)" : ""));
    }
    int length = sealed[1] & 0xFF;
    if (length < 1 || length > 64 || sealed.length < 2 + length) {
      throw new DataIntegrityException(
          Reason.UNSUPPORTED_FORMAT, "a sealed value's key id is cut short or too long");
    }
    for (int i = 2; i < 2 + length; i++) {
      if (sealed[i] < 0x21 || sealed[i] > 0x7E) {
        throw new DataIntegrityException(
            Reason.UNSUPPORTED_FORMAT, "a sealed value's key id is not printable ASCII");
      }
    }
    return new String(sealed, 2, length, StandardCharsets.US_ASCII);
  }

  /**
   * The keyed hash (HMAC-SHA256 under {@link KeyProvider#lookupKey}) of a searchable value: the
   * same tenant, kind and value always give the same 32 bytes, and without the lookup key nobody
   * can tell which value a hash stands for (not even by trying every phone number).
   *
   * @param kind what the value is, e.g. {@code phone} or {@code email}; values of different kinds
   *     never share a hash
   * @param value the value in the one form lookups use (E.164 for a phone number, lower case for an
   *     e-mail address)
   */
  public byte[] lookupHash(TenantId tenant, String kind, String value) {
    InvalidInputException.require(tenant, "tenant");
    InvalidInputException.require(kind, "kind");
    InvalidInputException.require(value, "value");
    Mac mac = MAC.get();
    try {
      mac.init(keys.lookupKey(tenant));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "the key provider's lookup key of " + tenant.value() + " is not an HMAC key: " + e, e);
    }
    mac.update(LOOKUP_LABEL);
    mac.update(str(tenant.value().getBytes(StandardCharsets.UTF_8)));
    mac.update(str(Wtf8.encode(kind)));
    mac.update(str(Wtf8.encode(value)));
    return mac.doFinal();
  }

  private static byte[] associatedData(
      byte[] header, int headerLength, TenantId tenant, String context) {
    byte[] tenantBytes = str(tenant.value().getBytes(StandardCharsets.UTF_8));
    byte[] contextBytes = str(Wtf8.encode(context));
    return ByteBuffer.allocate(headerLength + tenantBytes.length + contextBytes.length)
        .put(header, 0, headerLength)
        .put(tenantBytes)
        .put(contextBytes)
        .array();
  }

  private static byte[] str(byte[] bytes) {
    return ByteBuffer.allocate(4 + bytes.length).putInt(bytes.length).put(bytes).array();
  }

  private static String where(TenantId tenant, String context) {
    return "'" + context + "' of tenant " + tenant.value();
  }

  private interface Factory<T> {
    T make() throws GeneralSecurityException;
  }

  private static <T> T newInstance(Factory<T> factory) {
    try {
      return factory.make();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has AES/GCM and HmacSHA256", e);
    }
  }
}
