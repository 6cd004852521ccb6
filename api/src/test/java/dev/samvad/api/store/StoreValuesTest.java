package dev.samvad.api.store;

import static dev.samvad.api.InvalidInputAssertions.assertInvalid;
import static dev.samvad.api.InvalidInputAssertions.assertMissing;
import static dev.samvad.api.store.StoreSamples.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ExecutionId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The small values of the storage SPI check their own input. */
class StoreValuesTest {

  private static final CustomerId CUSTOMER = new CustomerId("cust-1");

  @Test
  void pageLimitsAreOneToAThousand() {
    assertEquals(new Page(Optional.empty(), 1), Page.first(1));
    assertEquals(new Page(Optional.of("c-9"), Page.MAX_LIMIT), Page.after("c-9", 1000));
    assertInvalid("limit", () -> Page.first(0));
    assertInvalid("limit", () -> Page.first(-1));
    assertInvalid("limit", () -> Page.after("c-9", 1001));
  }

  @Test
  void versionsStartAtOne() {
    assertEquals(1L, new Versioned<>("v", 1).version());
    assertThrows(IllegalArgumentException.class, () -> new Versioned<>("v", 0));
  }

  @Test
  void aProfileDocumentIsOneJsonObject() {
    ProfileDocument doc = new ProfileDocument(CUSTOMER, "{\"region\":\"WEST\"}", 1, T0);
    assertEquals("WEST", doc.tree().get("region").textValue());
    assertInvalid("json", () -> new ProfileDocument(CUSTOMER, "[1,2]", 1, T0));
    assertInvalid("json", () -> new ProfileDocument(CUSTOMER, "\"text\"", 1, T0));
    assertInvalid("json", () -> new ProfileDocument(CUSTOMER, "{\"a\":", 1, T0));
    assertInvalid("json", () -> new ProfileDocument(CUSTOMER, "", 1, T0));
    assertInvalid("json", () -> new ProfileDocument(CUSTOMER, "null", 1, T0));
    assertInvalid("schemaVersion", () -> new ProfileDocument(CUSTOMER, "{}", 0, T0));
    assertMissing("customerId", () -> new ProfileDocument(null, "{}", 1, T0));
    assertMissing("json", () -> new ProfileDocument(CUSTOMER, null, 1, T0));
    assertMissing("analysedAt", () -> new ProfileDocument(CUSTOMER, "{}", 1, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{} trailing", "{}{}", "{\"a\":1} [2]", "{\"a\":1},"})
  void aProfileDocumentIsExactlyOneJsonObject(String json) {
    // "a JSON object" and nothing after it: a database with a JSON column type refuses the rest,
    // so accepting it here would only move the failure into the store.
    assertInvalid("json", () -> new ProfileDocument(CUSTOMER, json, 1, T0));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\":[1,}",
        "{\"a\":{\"b\":tru}}",
        "{\"a\":\"\u0001\"}",
        "{\"a\":\"\\q\"}",
        "{\"a\":01}",
        "{\"a\" 1}",
        "{\"a\":[1]]}",
        "[1",
        "{'a':1}"
      })
  void aDocumentBrokenAnywhereInsideIsRefused(String json) {
    // The check streams over the tokens rather than building a tree; it must still read them all.
    assertInvalid("json", () -> new ProfileDocument(CUSTOMER, json, 1, T0));
  }

  @Test
  void nestedDocumentsOfEveryValueKindAreAccepted() {
    String json =
        "{\"s\":\"a\\\"b\\u20b9\",\"n\":-1.5e3,\"t\":true,\"f\":false,\"z\":null,"
            + "\"a\":[1,{\"b\":[]},\"x\"],\"o\":{}}";
    assertEquals(json, new ProfileDocument(CUSTOMER, json, 1, T0).json());
  }

  @Test
  void documentsHaveASizeCap() {
    String padding = "x".repeat(ProfileDocument.MAX_JSON - "{\"p\":\"\"}".length());
    String largest = "{\"p\":\"" + padding + "\"}";
    assertEquals(ProfileDocument.MAX_JSON, largest.length());
    assertEquals(largest, new ProfileDocument(CUSTOMER, largest, 1, T0).json());
    String tooLarge = "{\"p\":\"" + padding + "x\"}";
    assertInvalid("json", () -> new ProfileDocument(CUSTOMER, tooLarge, 1, T0));
  }

  @Test
  void campaignAndExecutionRecordsNeedEveryColumnAndAnObject() {
    CampaignId campaign = new CampaignId("camp-1");
    assertMissing(
        "id",
        () -> new CampaignRecord(null, CUSTOMER, "n", "PAYMENT_FOLLOW_UP", "ACTIVE", "{}", T0));
    assertMissing(
        "status",
        () -> new CampaignRecord(campaign, CUSTOMER, "n", "PAYMENT_FOLLOW_UP", null, "{}", T0));
    assertInvalid(
        "json",
        () -> new CampaignRecord(campaign, CUSTOMER, "n", "PAYMENT_FOLLOW_UP", "ACTIVE", "[]", T0));
    assertMissing(
        "channel",
        () ->
            new ExecutionRecord(
                new ExecutionId("exe-1"), campaign, CUSTOMER, null, "QUEUED", "{}", T0));
    assertInvalid(
        "json",
        () ->
            new ExecutionRecord(
                new ExecutionId("exe-1"), campaign, CUSTOMER, ChannelKind.SMS, "QUEUED", "1", T0));
  }
}
