package dev.samvad.api.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.samvad.api.DataIntegrityException;
import dev.samvad.api.DataIntegrityException.Reason;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class FieldCipherTest {
  private static final TenantId ACME = new TenantId("acme");
  private static final TenantId GLOBEX = new TenantId("globex");
  private static final String AT = "samvad.interactions/msg-1";

  private final InMemoryKeyProvider keys = new InMemoryKeyProvider();
  private final FieldCipher cipher = new FieldCipher(keys);

  @Test
  void textComesBackExactlyAndTheSealedBytesHoldNoneOfIt() {
    String text = "Payment of ₹1,23,456 for INV-42 will be made कल तक";
    byte[] sealed = cipher.sealText(ACME, AT, text);
    assertEquals(text, cipher.openText(ACME, AT, sealed));
    String raw = new String(sealed, StandardCharsets.ISO_8859_1);
    assertFalse(raw.contains("INV-42"), "ciphertext holds the plaintext");
    assertEquals("k1", FieldCipher.keyIdOf(sealed));
  }

  @Test
  void sealingTheSameTextTwiceGivesDifferentBytes() {
    assertNotEquals(
        HexFormat.of().formatHex(cipher.sealText(ACME, AT, "same")),
        HexFormat.of().formatHex(cipher.sealText(ACME, AT, "same")));
  }

  @Test
  void aValueMovedToAnotherTenantFailsAsTamperedNotAsGarbage() {
    byte[] sealed = cipher.sealText(ACME, AT, "secret");
    DataIntegrityException e =
        assertThrows(DataIntegrityException.class, () -> cipher.openText(GLOBEX, AT, sealed));
    assertEquals(Reason.TAMPERED, e.reason());
    assertEquals(ErrorCode.DATA_INTEGRITY, e.code());
    assertFalse(e.getMessage().contains("secret"));
  }

  @Test
  void aValueMovedToAnotherRowFailsAsTampered() {
    byte[] sealed = cipher.sealText(ACME, AT, "secret");
    assertEquals(
        Reason.TAMPERED,
        assertThrows(
                DataIntegrityException.class,
                () -> cipher.openText(ACME, "samvad.interactions/msg-2", sealed))
            .reason());
  }

  @Test
  void aValueWhoseHeaderNamesAnotherKeyIdFailsAsTampered() {
    keys.rotate(ACME);
    byte[] sealed = cipher.sealText(ACME, AT, "secret");
    assertEquals("k2", FieldCipher.keyIdOf(sealed));
    sealed[3] = '1'; // "k2" -> "k1": the header is authenticated too
    assertEquals(
        Reason.TAMPERED,
        assertThrows(DataIntegrityException.class, () -> cipher.open(ACME, AT, sealed)).reason());
  }

  @Test
  void rotationKeepsOldValuesReadableAndSealsNewOnesWithTheNewKey() {
    byte[] before = cipher.sealText(ACME, AT, "before");
    DataKey second = keys.rotate(ACME);
    byte[] after = cipher.sealText(ACME, AT, "after");
    assertEquals("k1", FieldCipher.keyIdOf(before));
    assertEquals(second.id(), FieldCipher.keyIdOf(after));
    assertEquals("before", cipher.openText(ACME, AT, before));
    assertEquals("after", cipher.openText(ACME, AT, after));
    assertEquals("k1", FieldCipher.keyIdOf(cipher.sealText(GLOBEX, AT, "x")), "per tenant");
  }

  @Test
  void aValueSealedUnderKeysThisProviderDoesNotHaveIsAnUnknownKey() {
    byte[] sealed = new FieldCipher(new InMemoryKeyProvider()).sealText(ACME, AT, "x");
    InMemoryKeyProvider other = new InMemoryKeyProvider();
    other.rotate(ACME);
    other.rotate(ACME);
    byte[] third = new FieldCipher(other).sealText(ACME, AT, "x");
    assertEquals(
        Reason.UNKNOWN_KEY,
        assertThrows(DataIntegrityException.class, () -> cipher.open(ACME, AT, third)).reason());
    // Same id, different key: the tag does not verify.
    assertEquals(
        Reason.TAMPERED,
        assertThrows(DataIntegrityException.class, () -> cipher.open(ACME, AT, sealed)).reason());
  }

  @Test
  void whatIsNotASealedValueIsAnUnsupportedFormat() {
    for (byte[] junk :
        new byte[][] {
          {}, "{\"plain\":1}".getBytes(StandardCharsets.UTF_8), {1, 0}, {1, 9, 'k'}, {2, 1, 'k'}
        }) {
      assertEquals(
          Reason.UNSUPPORTED_FORMAT,
          assertThrows(DataIntegrityException.class, () -> cipher.open(ACME, AT, junk)).reason());
    }
    assertEquals(
        Reason.TAMPERED,
        assertThrows(
                DataIntegrityException.class,
                () -> cipher.open(ACME, AT, new byte[] {1, 2, 'k', '1', 0}))
            .reason(),
        "a header with no room for nonce and tag is cut short");
  }

  @Test
  void lookupHashesAreStablePerTenantAndKindAndSurviveRotation() {
    byte[] phone = cipher.lookupHash(ACME, "phone", "+919876543210");
    keys.rotate(ACME);
    assertArrayEquals(phone, cipher.lookupHash(ACME, "phone", "+919876543210"));
    assertFalse(
        java.util.Arrays.equals(phone, cipher.lookupHash(GLOBEX, "phone", "+919876543210")));
    assertFalse(java.util.Arrays.equals(phone, cipher.lookupHash(ACME, "email", "+919876543210")));
    assertEquals(32, phone.length);
  }

  @Test
  void derivedKeysReadAcrossInstancesWithTheSameSecretAndNotWithAnother() {
    byte[] secret = new byte[32];
    secret[0] = 7;
    InMemoryKeyProvider first = InMemoryKeyProvider.derivedFrom(secret);
    first.rotate(ACME);
    byte[] sealed = new FieldCipher(first).sealText(ACME, AT, "kept");
    FieldCipher again = new FieldCipher(InMemoryKeyProvider.derivedFrom(secret.clone()));
    assertEquals("kept", again.openText(ACME, AT, sealed));
    assertArrayEquals(
        new FieldCipher(first).lookupHash(ACME, "phone", "+919876543210"),
        again.lookupHash(ACME, "phone", "+919876543210"));
    byte[] otherSecret = secret.clone();
    otherSecret[0] = 8;
    FieldCipher other = new FieldCipher(InMemoryKeyProvider.derivedFrom(otherSecret));
    assertEquals(
        Reason.UNKNOWN_KEY,
        assertThrows(DataIntegrityException.class, () -> other.open(ACME, AT, sealed)).reason());
    assertEquals(
        "masterSecret",
        assertThrows(
                InvalidInputException.class, () -> InMemoryKeyProvider.derivedFrom(new byte[16]))
            .field());
  }

  @Test
  void dataKeysRefuseBadIdsAndKeysAndNeverPrintTheKey() {
    assertEquals(
        "keyId",
        assertThrows(InvalidInputException.class, () -> DataKey.of("k 1", new byte[32])).field());
    assertEquals(
        "secretKey",
        assertThrows(InvalidInputException.class, () -> DataKey.of("k1", new byte[16])).field());
    assertEquals(
        "secretKey",
        assertThrows(
                InvalidInputException.class,
                () -> DataKey.of("k1", new SecretKeySpec(new byte[32], "HmacSHA256")))
            .field());
    assertEquals("DataKey[k1]", DataKey.of("k1", new byte[32]).toString());
  }
}
