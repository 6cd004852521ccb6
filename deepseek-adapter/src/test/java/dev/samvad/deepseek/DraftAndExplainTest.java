package dev.samvad.deepseek;

import static dev.samvad.deepseek.LlmFixtures.ACME;
import static dev.samvad.deepseek.LlmFixtures.DEADLINE;
import static dev.samvad.deepseek.LlmFixtures.answer;
import static dev.samvad.deepseek.LlmFixtures.answered;
import static dev.samvad.deepseek.LlmFixtures.body;
import static dev.samvad.deepseek.LlmFixtures.draft;
import static dev.samvad.deepseek.LlmFixtures.failed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.llm.DraftMessage;
import dev.samvad.api.llm.DraftedMessage;
import dev.samvad.api.llm.ExplainAnalysis;
import dev.samvad.api.llm.Explanation;
import dev.samvad.api.spi.InMemoryEventSink;
import dev.samvad.api.spi.LlmOutcome;
import dev.samvad.api.spi.LlmOutcome.FailureKind;
import java.io.IOException;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Drafting messages and explaining analyses: facts must survive, nothing may be added. */
class DraftAndExplainTest {
  private static final String GOOD =
      "Namaste Mr Rao, a gentle reminder that ₹1,18,000.00 on invoice INV/26-27/00042 was due on"
          + " 31 October 2026. You can pay here:"
          + " upi://pay?pa=kaveri@okaxis&pn=Kaveri%20Traders&am=118000.00 - Kaveri Traders";

  private MockWebServer server;
  private DeepSeekLanguageModel model;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    model = LlmFixtures.model(server, LlmFixtures.clock(), new InMemoryEventSink(), 0).build();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private static String draftJson(String text) {
    return "{\"subject\":null,\"text\":\"" + text.replace("\"", "\\\"") + "\"}";
  }

  @Test
  void aDraftThatStatesEveryFactExactlyIsAnswered() throws Exception {
    server.enqueue(answer(draftJson(GOOD)));

    LlmOutcome.Answered<DraftedMessage> a =
        answered(model.run(draft("Lakshmi Textiles"), DEADLINE));

    assertEquals(GOOD, a.value().text());
    JsonNode body = body(server.takeRequest());
    String user = body.path("messages").get(1).path("content").asText();
    assertTrue(user.contains("Amount (write exactly): ₹1,18,000.00"), user);
    assertTrue(user.contains("Invoice number (write exactly): INV/26-27/00042"), user);
    assertTrue(user.contains("Due date (write exactly): 31 October 2026"), user);
    assertTrue(user.endsWith(">>>") && user.contains("a gentle reminder: ₹1,18,000.00"), user);
    assertEquals(1200, body.path("max_tokens").asInt());
  }

  @Test
  void dueDateMayBeWrittenAsDigitsAndWholeRupeesWithoutPaise() {
    server.enqueue(
        answer(
            draftJson(
                "Reminder: Rs 1,18,000 for INV/26-27/00042, due 31/10/2026. Kaveri Traders")));

    answered(model.run(draft("Lakshmi Textiles"), DEADLINE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // an invented amount
        "Namaste Mr Rao, ₹1,18,000.00 on INV/26-27/00042 was due on 31 October 2026; pay ₹1,00,000 today.",
        "Namaste Mr Rao, ₹1,18,000.00 on INV/26-27/00042 was due on 31 October 2026, plus Rs. 2,500 late fee.",
        "Namaste Mr Rao, ₹1,18,000.00 on INV/26-27/00042 was due on 31 October 2026. Half (59k) is fine.",
        // a link that is not the pay link
        "Namaste Mr Rao, ₹1,18,000.00 on INV/26-27/00042 was due on 31 October 2026. Pay at https://kaveri-pay.example/x",
        "Namaste Mr Rao, ₹1,18,000.00 on INV/26-27/00042 was due on 31 October 2026. See bit.ly/3xYz",
        "Namaste Mr Rao, ₹1,18,000.00 on INV/26-27/00042 was due on 31 October 2026. Mail accounts@kaveri.in",
        // a phone number
        "Namaste Mr Rao, ₹1,18,000.00 on INV/26-27/00042 was due on 31 October 2026. Call 98450 12345.",
        "Namaste Mr Rao, ₹1,18,000.00 on INV/26-27/00042 was due on 31 October 2026. Call +91-80-4123-4567.",
        "Namaste Mr Rao, ₹1,18,000.00 on INV/26-27/00042 was due on 31 October 2026. फ़ोन ९८४५० १२३४५",
        // a fact dropped or altered
        "Namaste Mr Rao, ₹1,18,000.00 was due on 31 October 2026.",
        "Namaste Mr Rao, ₹1,81,000.00 on INV/26-27/00042 was due on 31 October 2026.",
        "Namaste Mr Rao, ₹1,18,000.00 on INV/26-27/00042 was due on 30 November 2026.",
      })
  void aDraftThatInventsOrDropsAFactIsRejected(String text) {
    server.enqueue(answer(draftJson(text)));

    LlmOutcome.Failed<DraftedMessage> f = failed(model.run(draft("Lakshmi Textiles"), DEADLINE));

    assertEquals(FailureKind.INVALID_OUTPUT, f.kind(), text);
  }

  @Test
  void anEmailNeedsASubjectAndOtherChannelsHaveNone() {
    DraftMessage sms = draft("Lakshmi Textiles");
    DraftMessage email =
        new DraftMessage(sms.tenant(), sms.plan(), sms.facts(), ChannelKind.EMAIL, sms.baseline());
    server.enqueue(answer("{\"subject\":\"Invoice INV/26-27/00042\",\"text\":\"" + GOOD + "\"}"));
    server.enqueue(answer(draftJson(GOOD)));

    failed(model.run(sms, DEADLINE));
    failed(model.run(email, DEADLINE));
  }

  private static ExplainAnalysis explain() {
    return new ExplainAnalysis(
        ACME,
        "collection funnel, October 2026",
        LanguageForm.ENGLISH,
        List.of(
            new ExplainAnalysis.Figure("DSO", "47 days"),
            new ExplainAnalysis.Figure("cash held back per day", "₹1,20,000.00")),
        List.of("Approval of invoices by the customer is the constraint."));
  }

  @Test
  void anExplanationUsingOnlyTheGivenFiguresIsAnswered() {
    server.enqueue(
        answer(
            "{\"summary\":\"Invoices wait for approval: DSO is 47 days and ₹1,20,000.00 a day is"
                + " held back.\",\"points\":[\"Ask for approval when the invoice is sent.\"]}"));

    Explanation e = answered(model.run(explain(), DEADLINE)).value();

    assertTrue(e.summary().contains("47 days"));
  }

  @Test
  void anExplanationWithAnInventedNumberIsRejected() {
    server.enqueue(
        answer(
            "{\"summary\":\"DSO is 47 days; cutting it to 30 days frees ₹5,00,000.\","
                + "\"points\":[]}"));

    assertEquals(FailureKind.INVALID_OUTPUT, failed(model.run(explain(), DEADLINE)).kind());
  }
}
