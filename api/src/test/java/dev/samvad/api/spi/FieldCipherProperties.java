package dev.samvad.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.samvad.api.DataIntegrityException;
import dev.samvad.api.DataIntegrityException.Reason;
import dev.samvad.api.TenantId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Sealing round-trips every string and detects every change. */
class FieldCipherProperties {
  private static final TenantId ACME = new TenantId("acme");
  private static final InMemoryKeyProvider KEYS = new InMemoryKeyProvider();
  private static final FieldCipher CIPHER = new FieldCipher(KEYS);

  /** Any UTF-16 code units: lone and reversed surrogates, NUL, Indic text, emoji. */
  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<String> units = Arbitraries.strings().all().ofMaxLength(200);
    Arbitrary<String> surrogates =
        Arbitraries.strings().withCharRange('\ud800', '\udfff').withChars('a', 'क').ofMaxLength(20);
    Arbitrary<String> indic =
        Arbitraries.strings()
            .withCharRange('\u0900', '\u0D7F')
            .withChars(' ', '😀')
            .ofMaxLength(80);
    return Arbitraries.oneOf(units, surrogates, indic);
  }

  @Property(tries = 500)
  void everyStringComesBackExactly(
      @ForAll("anyText") String text, @ForAll("anyText") String context) {
    assertEquals(text, CIPHER.openText(ACME, context, CIPHER.sealText(ACME, context, text)));
  }

  @Property(tries = 500)
  void flippingAnyBitOfASealedValueIsDetected(
      @ForAll("anyText") String text,
      @ForAll @IntRange(min = 0, max = 100_000) int position,
      @ForAll @IntRange(min = 0, max = 7) int bit) {
    byte[] sealed = CIPHER.sealText(ACME, "ctx", text);
    int at = position % sealed.length;
    sealed[at] ^= (byte) (1 << bit);
    DataIntegrityException e =
        assertThrows(DataIntegrityException.class, () -> CIPHER.openText(ACME, "ctx", sealed));
    // Bits of the format byte or the key id's length or text are a format or key problem; the
    // rest fail authentication.
    if (at >= 4) {
      assertEquals(Reason.TAMPERED, e.reason());
    }
  }

  @Property(tries = 200)
  void cuttingASealedValueShortIsDetected(
      @ForAll("anyText") String text, @ForAll @IntRange(min = 1, max = 100_000) int cut) {
    byte[] sealed = CIPHER.sealText(ACME, "ctx", text);
    byte[] shorter = java.util.Arrays.copyOf(sealed, sealed.length - 1 - cut % sealed.length);
    assertThrows(DataIntegrityException.class, () -> CIPHER.openText(ACME, "ctx", shorter));
  }
}
