package dev.samvad.api;

import static dev.samvad.api.InvalidInputAssertions.assertInvalid;
import static dev.samvad.api.InvalidInputAssertions.assertJsonErrorNames;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.json.SamvadJson;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Every typed id follows one rule, names its own field when broken, and is a plain JSON string. */
class IdProperties {

  private static final ObjectMapper MAPPER = SamvadJson.newMapper();
  private static final String ALNUM =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  /**
   * One id type: its field name, how to make one, how to read its text back.
   *
   * @param field the field its errors name
   * @param type the record class
   * @param make the constructor
   * @param text the accessor
   */
  record IdType(
      String field, Class<?> type, Function<String, Object> make, Function<Object, String> text) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  static final List<IdType> TYPES =
      List.of(
          new IdType("tenantId", TenantId.class, TenantId::new, o -> ((TenantId) o).value()),
          new IdType(
              "customerId", CustomerId.class, CustomerId::new, o -> ((CustomerId) o).value()),
          new IdType("invoiceId", InvoiceId.class, InvoiceId::new, o -> ((InvoiceId) o).value()),
          new IdType("paymentId", PaymentId.class, PaymentId::new, o -> ((PaymentId) o).value()),
          new IdType(
              "interactionId",
              InteractionId.class,
              InteractionId::new,
              o -> ((InteractionId) o).value()),
          new IdType(
              "campaignId", CampaignId.class, CampaignId::new, o -> ((CampaignId) o).value()),
          new IdType(
              "executionId", ExecutionId.class, ExecutionId::new, o -> ((ExecutionId) o).value()));

  @Provide
  Arbitrary<IdType> types() {
    return Arbitraries.of(TYPES);
  }

  /** 1 to 64 characters: a letter or digit, then letters, digits and - _ . : */
  @Provide
  Arbitrary<String> validIds() {
    Arbitrary<Character> first = Arbitraries.of(ALNUM.toCharArray());
    Arbitrary<String> rest =
        Arbitraries.strings().withChars((ALNUM + "-_.:").toCharArray()).ofMaxLength(63);
    return Combinators.combine(first, rest).as((f, r) -> f + r);
  }

  @Property
  void validIdsRoundTrip(@ForAll("types") IdType type, @ForAll("validIds") String text) {
    Object id = type.make().apply(text);
    assertEquals(text, type.text().apply(id));
    assertEquals(id, type.make().apply(text));
    assertEquals(id.hashCode(), type.make().apply(text).hashCode());
  }

  @Property(tries = 300)
  void jsonMapsIdsAsPlainStrings(@ForAll("types") IdType type, @ForAll("validIds") String text)
      throws Exception {
    Object id = type.make().apply(text);
    String json = MAPPER.writeValueAsString(id);
    assertEquals(MAPPER.writeValueAsString(text), json);
    assertEquals(id, MAPPER.readValue(json, type.type()));
  }

  @Property
  void idsLongerThan64AreRejected(
      @ForAll("types") IdType type,
      @ForAll("validIds") String valid,
      @ForAll @IntRange(min = 65, max = 300) int length) {
    String text = (valid + "x".repeat(length)).substring(0, length);
    assertInvalid(type.field(), () -> type.make().apply(text));
  }

  @Property(tries = 300)
  void aCharacterOutsideTheSafeSetIsRejected(
      @ForAll("types") IdType type,
      @ForAll("validIds") String valid,
      @ForAll("unsafeChars") char bad,
      @ForAll int position) {
    String base = valid.substring(0, Math.min(valid.length(), 63));
    int at = Math.floorMod(position, base.length() + 1);
    String text = base.substring(0, at) + bad + base.substring(at);
    assertInvalid(type.field(), () -> type.make().apply(text));
  }

  @Provide
  Arbitrary<Character> unsafeChars() {
    return Arbitraries.of(
        ' ',
        '/',
        '\\',
        '@',
        '#',
        '%',
        '?',
        '&',
        '=',
        '+',
        '*',
        '\'',
        '"',
        ',',
        ';',
        '<',
        '>',
        '\n',
        '\t',
        '\u0000',
        'é',
        'अ',
        '١',
        '\u00a0',
        "😀".charAt(0));
  }

  @Property
  void leadingPunctuationIsRejected(
      @ForAll("types") IdType type, @ForAll("validIds") String valid, @ForAll("punct") char p) {
    String text = (p + valid).substring(0, Math.min(64, valid.length() + 1));
    assertInvalid(type.field(), () -> type.make().apply(text));
  }

  @Provide
  Arbitrary<Character> punct() {
    return Arbitraries.of('-', '_', '.', ':');
  }

  @Example
  void examplesForEveryIdType() {
    for (IdType type : TYPES) {
      String uuid = UUID.randomUUID().toString();
      assertEquals(uuid, type.text().apply(type.make().apply(uuid)));
      assertEquals("C-104", type.text().apply(type.make().apply("C-104")));
      assertEquals("a", type.text().apply(type.make().apply("a")));
      assertEquals("urn:x_1.2", type.text().apply(type.make().apply("urn:x_1.2")));
      String max = "a".repeat(64);
      assertEquals(max, type.text().apply(type.make().apply(max)));
      assertInvalid(type.field(), () -> type.make().apply(""));
      assertInvalid(type.field(), () -> type.make().apply(" "));
      assertInvalid(type.field(), () -> type.make().apply(" C-104"));
      assertInvalid(type.field(), () -> type.make().apply("C-104 "));
      assertInvalid(type.field(), () -> type.make().apply("a".repeat(65)));
      assertInvalid(type.field(), () -> type.make().apply("-1"));
      assertInvalid(type.field(), () -> type.make().apply(":a"));
      assertInvalid(type.field(), () -> type.make().apply("C/104"));
      assertInvalid(ErrorCode.MISSING_FIELD, type.field(), () -> type.make().apply(null));
    }
  }

  @Example
  void jsonExamples() throws Exception {
    assertEquals("\"C-104\"", MAPPER.writeValueAsString(new CustomerId("C-104")));
    Map<String, CustomerId> read =
        MAPPER.readValue("{\"who\":\"C-104\"}", new TypeReference<Map<String, CustomerId>>() {});
    assertEquals(Map.of("who", new CustomerId("C-104")), read);
    assertJsonErrorNames("customerId", () -> MAPPER.readValue("\"C 104\"", CustomerId.class));
    assertJsonErrorNames("tenantId", () -> MAPPER.readValue("\"\"", TenantId.class));
  }
}
