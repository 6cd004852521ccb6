package dev.samvad.api.spi;

import dev.samvad.api.InvalidInputException;
import java.util.Arrays;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * One AES-256 key of a tenant and the id that names it inside every value sealed with it. The id is
 * written in clear in each sealed value's header, so a value always says which key opens it: after
 * a rotation, values sealed under the old id still open with the old key while new writes use the
 * new one.
 *
 * <p>The key itself may be extractable (a {@link SecretKeySpec} of 32 bytes) or a handle whose
 * bytes never leave a security module, as long as the JDK's {@code AES/GCM/NoPadding} accepts it.
 * {@link #toString()} shows the id only.
 */
public final class DataKey {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final String id;
  private final SecretKey secretKey;

  private DataKey(String id, SecretKey secretKey) {
    this.id = id;
    this.secretKey = secretKey;
  }

  /**
   * A key under {@code id}.
   *
   * @param id 1 to 64 ASCII letters, digits, {@code .}, {@code _} or {@code -}; unique among the
   *     tenant's keys for all time (a reused id would point old values at the wrong key)
   * @param secretKey an AES key; when its bytes are visible, exactly 32 of them (AES-256)
   * @throws InvalidInputException naming {@code keyId} or {@code secretKey}
   */
  public static DataKey of(String id, SecretKey secretKey) {
    InvalidInputException.require(id, "keyId");
    InvalidInputException.require(secretKey, "secretKey");
    if (!ID.matcher(id).matches()) {
      throw new InvalidInputException(
          "keyId", "must be 1 to 64 ASCII letters, digits, '.', '_' or '-'");
    }
    if (!"AES".equalsIgnoreCase(secretKey.getAlgorithm())) {
      throw new InvalidInputException(
          "secretKey", "must be an AES key, was " + secretKey.getAlgorithm());
    }
    byte[] encoded = secretKey.getEncoded();
    if (encoded != null) {
      int length = encoded.length;
      Arrays.fill(encoded, (byte) 0);
      if (length != 32) {
        throw new InvalidInputException(
            "secretKey", "must be 32 bytes (AES-256), was " + length + " bytes");
      }
    }
    return new DataKey(id, secretKey);
  }

  /**
   * A key under {@code id} from its 32 raw bytes (copied).
   *
   * @throws InvalidInputException naming {@code keyId} or {@code secretKey}
   */
  public static DataKey of(String id, byte[] key) {
    InvalidInputException.require(key, "secretKey");
    if (key.length != 32) {
      throw new InvalidInputException(
          "secretKey", "must be 32 bytes (AES-256), was " + key.length + " bytes");
    }
    return of(id, new SecretKeySpec(key, "AES"));
  }

  /** The id written into every value sealed with this key. */
  public String id() {
    return id;
  }

  /** The AES-256 key. */
  public SecretKey secretKey() {
    return secretKey;
  }

  /** {@code DataKey[id]}; never the key. */
  @Override
  public String toString() {
    return "DataKey[" + id + "]";
  }
}
