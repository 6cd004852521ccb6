package dev.samvad.relationship.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.json.SamvadJson;
import org.junit.jupiter.api.Test;

/** The schema shared with the LLM path: plain records and enums that round-trip through JSON. */
class ReplyAnalysisJsonTest {
  private final ObjectMapper mapper = SamvadJson.newMapper();

  @Test
  void roundTrips() throws Exception {
    for (String text :
        new String[] {
          "kal tak 50k bhej dunga, baaki next week",
          "Paid via NEFT, UTR HDFCN52026100112345, ₹1,20,000",
          "kal shaam 5 baje call karo",
          "GST galat hai 😡",
          ""
        }) {
      ReplyAnalysis a = Replies.read(text);
      String json = mapper.writeValueAsString(a);
      assertEquals(a, mapper.readValue(json, ReplyAnalysis.class), json);
    }
  }

  @Test
  void shape() throws Exception {
    JsonNode n = mapper.readTree(mapper.writeValueAsString(Replies.read("kal tak 50k bhej dunga")));
    assertEquals("RULES", n.get("path").asText());
    assertEquals("PROMISE_TO_PAY", n.get("intents").get(0).get("intent").asText());
    assertEquals("2026-10-02", n.get("entities").get("promisedDates").get(0).get("date").asText());
    assertEquals(
        5000000, n.get("entities").get("amounts").get(0).get("amount").get("paise").asLong());
    assertTrue(n.get("language").get("language").isTextual());
    assertTrue(n.get("sentiment").get("emotions").has("FRUSTRATION"));
  }
}
