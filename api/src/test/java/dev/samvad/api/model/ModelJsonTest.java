package dev.samvad.api.model;

import static dev.samvad.api.InvalidInputAssertions.assertJsonErrorNames;
import static dev.samvad.api.InvalidInputAssertions.invalidInputIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.json.SamvadJson;
import dev.samvad.api.store.StoreSamples;
import org.junit.jupiter.api.Test;

/** Model values through the shared mapper: round trips, strict input, errors naming fields. */
class ModelJsonTest {

  private static final ObjectMapper MAPPER = SamvadJson.newMapper();

  @Test
  void aFullCustomerRoundTrips() throws Exception {
    Customer customer = StoreSamples.customer("cust-1");
    String json = MAPPER.writeValueAsString(customer);
    assertEquals(customer, MAPPER.readValue(json, Customer.class));
    JsonNode tree = MAPPER.readTree(json);
    assertEquals("27AAPFU0939F1ZV", tree.get("gstin").textValue());
    assertEquals("hi-Latn-x-mixed", tree.get("statedLanguage").textValue());
    assertEquals("+919876543210", tree.at("/contacts/0/phone").textValue());
    assertEquals("411026", tree.at("/address/pin").textValue());
    assertFalse(tree.has("displayName"), "derived attributes are not written");
  }

  @Test
  void aMinimalCustomerRoundTripsWithoutEmptyOptionals() throws Exception {
    Customer customer =
        ImmutableCustomer.builder().id(new CustomerId("C-1")).legalName("Shree Sai").build();
    String json = MAPPER.writeValueAsString(customer);
    assertEquals(customer, MAPPER.readValue(json, Customer.class));
    assertFalse(MAPPER.readTree(json).has("gstin"), json);
  }

  @Test
  void invoicesPaymentsAndInteractionsRoundTrip() throws Exception {
    Invoice invoice = StoreSamples.invoice("inv-1", "cust-1");
    assertEquals(invoice, MAPPER.readValue(MAPPER.writeValueAsString(invoice), Invoice.class));
    Payment payment = StoreSamples.payment("pay-1", "cust-1", StoreSamples.ISSUED);
    assertEquals(payment, MAPPER.readValue(MAPPER.writeValueAsString(payment), Payment.class));
    Interaction message = StoreSamples.interaction("msg-1", "cust-1", StoreSamples.T0);
    String json = MAPPER.writeValueAsString(message);
    assertEquals(message, MAPPER.readValue(json, Interaction.class));
    assertTrue(json.contains("\"occurredAt\":\"2025-04-01T04:30:00Z\""), json);
  }

  @Test
  void anUnknownPropertyIsRejected() throws Exception {
    ObjectNode tree = (ObjectNode) MAPPER.valueToTree(StoreSamples.customer("cust-1"));
    tree.put("favouriteColour", "blue");
    String json = MAPPER.writeValueAsString(tree);
    UnrecognizedPropertyException e =
        assertThrows(
            UnrecognizedPropertyException.class, () -> MAPPER.readValue(json, Customer.class));
    assertEquals("favouriteColour", e.getPropertyName());
  }

  @Test
  void anUnknownNestedPropertyIsRejected() throws Exception {
    ObjectNode tree = (ObjectNode) MAPPER.valueToTree(StoreSamples.customer("cust-1"));
    ((ObjectNode) tree.get("address")).put("landmark", "near the temple");
    String json = MAPPER.writeValueAsString(tree);
    assertJsonErrorNames("landmark", () -> MAPPER.readValue(json, Customer.class));
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    Throwable failure =
        assertThrows(Throwable.class, () -> MAPPER.readValue("{\"id\":\"C-1\"}", Customer.class));
    InvalidInputException invalid = invalidInputIn(failure);
    assertTrue(invalid != null, () -> "no InvalidInputException in " + failure);
    assertEquals(ErrorCode.MISSING_FIELD, invalid.code());
    assertEquals("legalName", invalid.field());
  }

  @Test
  void aNumberOrBooleanWhereTextGoesIsNamed() {
    assertJsonErrorNames(
        "legalName", () -> MAPPER.readValue("{\"id\":\"C-1\",\"legalName\":5}", Customer.class));
    assertJsonErrorNames(
        "industry",
        () ->
            MAPPER.readValue(
                "{\"id\":\"C-1\",\"legalName\":\"X\",\"industry\":true}", Customer.class));
  }

  @Test
  void aBadValueIsNamed() {
    assertJsonErrorNames(
        "gstin",
        () ->
            MAPPER.readValue(
                "{\"id\":\"C-1\",\"legalName\":\"X\",\"gstin\":\"27AAPFU0939F1ZX\"}",
                Customer.class));
    assertJsonErrorNames(
        "creditPeriodDays",
        () ->
            MAPPER.readValue(
                "{\"id\":\"C-1\",\"legalName\":\"X\",\"creditPeriodDays\":400}", Customer.class));
  }
}
