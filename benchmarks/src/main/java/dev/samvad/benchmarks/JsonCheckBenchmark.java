package dev.samvad.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.CustomerId;
import dev.samvad.api.store.ProfileDocument;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the JSON-object check every stored record runs on construction costs: the Jackson streaming
 * parse it used to be (kept here as the baseline) against the hand-written scanner it is now,
 * reached through a record's constructor (the scanner is package-private; the constructor adds
 * three null checks). Two documents: a campaign's state (about 1.5 kB, nested objects and arrays,
 * Hindi text and "₹") and an execution's (about 600 bytes).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JsonCheckBenchmark {
  private static final ObjectMapper JACKSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final CustomerId CUSTOMER = new CustomerId("cust-000123");
  private static final Instant AT = Instant.parse("2026-03-01T09:30:00Z");

  static final String CAMPAIGN =
      """
      {"campaignId":"camp-7f3a9c21","customerId":"cust-000123","playbookId":"PAYMENT_FOLLOW_UP",\
      "playbookVersion":3,"phase":"WAITING","outcome":null,"items":[{"invoiceId":"INV-2026-0412",\
      "amountPaise":15000000,"currency":"INR","dueDate":"2026-02-15","label":"₹1,50,000 — मार्च का बिल"},\
      {"invoiceId":"INV-2026-0488","amountPaise":4250050,"currency":"INR","dueDate":"2026-02-28",\
      "label":"सेवा शुल्क ₹42,500.50"}],"nextStep":2,"shiftDays":0,"planned":{"stepId":"reminder-2",\
      "channel":"WHATSAPP","at":"2026-03-02T04:30:00Z","language":"hi"},"wakeAt":"2026-03-02T04:30:00Z",\
      "promise":{"amountPaise":7500000,"by":"2026-03-05","text":"अगले शुक्रवार तक आधा भुगतान कर देंगे",\
      "confidence":0.82},"lastMessage":{"executionId":"exe-00000042","channel":"WHATSAPP",\
      "sentAt":"2026-02-27T05:00:12Z"},"repliedSinceStep":true,"optedOut":["SMS"],\
      "paymentMessages":["2026-02-20T06:11:00Z"],"pending":[],"tasks":[{"taskId":"task-91",\
      "kind":"CALL_BACK","dueAt":"2026-03-03T08:00:00Z","note":"Customer asked for a call, \\"after \
      lunch\\" — ग्राहक ने दोपहर के बाद कॉल करने को कहा"}],"executionSeq":42,"repeats":1,\
      "remindersSent":3,"escalatedAt":null,"holdOut":false,"seenEvents":["evt-1001","evt-1002",\
      "evt-1003","evt-1004","evt-1005","evt-1006"],"history":[{"at":"2026-02-16T04:30:00Z",\
      "step":"reminder-1","result":"DELIVERED"},{"at":"2026-02-20T06:11:00Z","step":"reply",\
      "result":"PROMISE","detail":"₹75,000 by 5 March"},{"at":"2026-02-27T05:00:12Z",\
      "step":"reminder-2","result":"READ"},{"at":"2026-02-27T07:45:40Z","step":"reply",\
      "result":"DISPUTE","detail":"बिल में GST गलत है, कृपया सुधार करें"}],\
      "createdAt":"2026-02-15T03:00:00Z"}""";

  static final String EXECUTION =
      """
      {"stepId":"reminder-2","intent":"REMIND","purpose":"COLLECTION","message":{"channel":"WHATSAPP",\
      "templateId":"payment_reminder_v3","language":"hi","body":"नमस्ते राजेश जी, ₹1,50,000 का भुगतान \
      15 फ़रवरी से बकाया है।","params":["राजेश","₹1,50,000","15 फ़रवरी"]},"invoices":["INV-2026-0412"],\
      "templateLanguage":"hi","arm":null,"providerMessageId":"wamid.HBgLOTE5ODc2NTQzMjEwFQIAERgS",\
      "attemptedAt":"2026-02-27T05:00:10Z","sentAt":"2026-02-27T05:00:12Z","nextAttemptAt":null,\
      "timeline":[{"at":"2026-02-27T05:00:12Z","status":"SENT"},{"at":"2026-02-27T05:00:15Z",\
      "status":"DELIVERED"},{"at":"2026-02-27T06:20:41Z","status":"READ"}]}""";

  @Param({"campaign", "execution"})
  public String document;

  private String json;

  @Setup
  public void setUp() {
    json = document.equals("campaign") ? CAMPAIGN : EXECUTION;
    if (!"ok".equals(jacksonVerdict(json))) {
      throw new IllegalStateException(document + " is not a JSON object");
    }
    scanner(); // throws if the scanner disagrees
  }

  /** The check as it was: a Jackson streaming parser per call, skipping over the tokens. */
  @Benchmark
  public String jacksonStreaming() {
    return jacksonVerdict(json);
  }

  /** The check as it is: the scanner, through a record's constructor. */
  @Benchmark
  public ProfileDocument scanner() {
    return new ProfileDocument(CUSTOMER, json, 1, AT);
  }

  private static String jacksonVerdict(String json) {
    try (JsonParser parser = JACKSON.getFactory().createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first != null) {
        parser.skipChildren();
        if (parser.nextToken() != null) {
          return "trailing content";
        }
      }
      return first == JsonToken.START_OBJECT ? "ok" : "not an object";
    } catch (JsonProcessingException e) {
      return "not JSON";
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
  }
}
