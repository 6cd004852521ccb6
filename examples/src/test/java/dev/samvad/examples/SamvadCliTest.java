package dev.samvad.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The {@code samvad} command run in-process: exit codes, output and the batch protocol. */
class SamvadCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A brief-shaped body for the cultural analysis endpoint. */
  static final String ANALYZE_BODY =
      """
      {"tenantId": "demo", "customerId": "cust-0001",
       "customerData": {"location": "Chennai", "language": "ta", "businessType": "trader",
                        "industrySegment": "textiles"},
       "communicationHistory": [{"channel": "whatsapp", "content": "Reminder",
                                 "response": "Nethu NEFT pannitom", "timestamp": "2026-11-20T10:00:00+05:30"}],
       "behavioralData": {"responsePatterns": ["replies in the evening"],
                          "preferredChannels": ["whatsapp"], "timePreferences": ["evening"]}}
      """;

  @TempDir Path dir;

  /** The outcome of one run. */
  record Run(int exit, String out, String err) {
    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new AssertionError("stdout is not JSON: " + out, e);
      }
    }
  }

  static Run withStdin(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        SamvadCli.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return withStdin("", args);
  }

  // ------------------------------------------------------------------ usage

  @Test
  void helpGoesToStdoutAndSucceeds() {
    for (String[] args : new String[][] {{"help"}, {"--help"}, {"api", "--help"}, {"demo", "-h"}}) {
      Run r = run(args);
      assertEquals(0, r.exit(), String.join(" ", args));
      assertTrue(r.out().contains("Usage: samvad"), r.out());
    }
  }

  @Test
  void noCommandUnknownCommandAndBadFlagsAreUsageErrors() {
    for (String[] args :
        new String[][] {
          {},
          {"frobnicate"},
          {"demo", "--fast"},
          {"demo", "--outbox"},
          {"demo", "--outbox", ""},
          {"api"},
          {"api", "GET"},
          {"api", "GET", "/api/v1/customers", "extra"},
          {"api", "GET", "/api/v1/customers", "--bogus"},
          {"api", "GET", "/api/v1/customers", "--tenant"},
          {"api", "GET", "/api/v1/customers", "--tenant", "not a tenant!"},
          {"api", "--batch", "-", "GET", "/api/v1/customers"},
          {"api", "--sample=yes", "GET", "/api/v1/customers"},
        }) {
      Run r = run(args);
      assertEquals(ExitCode.USAGE, r.exit(), String.join(" ", args));
      assertTrue(r.err().contains("Usage: samvad"), String.join(" ", args));
      assertTrue(r.out().isEmpty(), "nothing on stdout for " + String.join(" ", args));
    }
  }

  // ------------------------------------------------------------------ one call

  @Test
  void successfulCallPrintsPrettyJsonAndExitsZero() {
    Run r = run("api", "GET", "/api/v1/customers");
    assertEquals(0, r.exit(), r.out());
    assertTrue(r.json().get("customers").isArray());
    assertTrue(r.out().contains("\n"), "pretty-printed");
  }

  @Test
  void clientErrorExitsOneWithTheErrorModel() {
    Run r = run("api", "GET", "/api/v1/customers/nobody");
    assertEquals(1, r.exit());
    assertEquals(404, r.json().get("status").asInt());
    assertTrue(r.json().hasNonNull("correlationId"));
  }

  @Test
  void malformedBodyExitsOneWithCodeMessageAndCorrelationId() throws IOException {
    Path body = Files.writeString(dir.resolve("bad.json"), "{\"customerId\": ");
    Run r = run("api", "POST", "/api/v1/cultural-intelligence/analyze", "--body", body.toString());
    assertEquals(1, r.exit(), r.out());
    JsonNode error = r.json();
    assertEquals(400, error.get("status").asInt());
    assertEquals("MALFORMED_JSON", error.get("code").asText());
    assertFalse(error.get("message").asText().isBlank());
    assertFalse(error.get("correlationId").asText().isBlank());
  }

  @Test
  void serverErrorExitsTwo() {
    // Logging in is the host's job: Samvad answers 501 there, now and later.
    Run r =
        withStdin(
            "{\"username\":\"a\",\"password\":\"b\"}",
            "api",
            "POST",
            "/api/v1/auth/login",
            "--body",
            "-");
    assertEquals(2, r.exit(), r.out());
    assertEquals(501, r.json().get("status").asInt());
  }

  @Test
  void briefShapedAnalyzeAnswersJsonWithSuccessOrNotYetBuilt() throws IOException {
    Path body = Files.writeString(dir.resolve("analyze.json"), ANALYZE_BODY);
    Run r =
        run(
            "api",
            "POST",
            "/api/v1/cultural-intelligence/analyze",
            "--sample",
            "--body",
            body.toString());
    assertTrue(r.exit() == 0 || r.exit() == 2, r.exit() + " " + r.out());
    assertTrue(r.json().isObject());
  }

  @Test
  void bodyFromStdinAndTenantFromBody() {
    String customer = "{\"tenantId\": \"acme\", \"legalName\": \"Kaveri Textiles\"}";
    // Without --tenant the caller is the body's tenant, so the body is accepted...
    Run created = withStdin(customer, "api", "PUT", "/api/v1/customers/c-1", "--body", "-");
    assertEquals(0, created.exit(), created.out());
    assertEquals("Kaveri Textiles", created.json().get("legalName").asText());
    // ...and with another --tenant it is a tenant mismatch.
    Run refused =
        withStdin(
            customer, "api", "PUT", "/api/v1/customers/c-1", "--tenant", "demo", "--body", "-");
    assertEquals(1, refused.exit(), refused.out());
    assertEquals("TENANT_MISMATCH", refused.json().get("code").asText());
  }

  @Test
  void unreadableBodyFileExits66() {
    Run r =
        run("api", "POST", "/api/v1/invoices", "--body", dir.resolve("missing.json").toString());
    assertEquals(ExitCode.NO_INPUT, r.exit());
    assertTrue(r.err().contains("missing.json"), r.err());
  }

  @Test
  void sampleLoadsThePortfolioIntoTheCallersTenant() {
    Run demo = run("api", "GET", "/api/v1/customers/cust-0001", "--sample");
    assertEquals(0, demo.exit(), demo.out());
    assertEquals("cust-0001", demo.json().get("id").asText());
    Run other = run("api", "GET", "/api/v1/customers/cust-0001", "--sample", "--tenant=acme");
    assertEquals(0, other.exit(), "--sample loads into --tenant");
    Run empty = run("api", "GET", "/api/v1/customers/cust-0001");
    assertEquals(1, empty.exit(), "without --sample the API starts empty");
  }

  // ------------------------------------------------------------------ batch

  @Test
  void batchFromAFileAnswersEveryLineAndReportsTheWorstClass() throws IOException {
    Path batch =
        Files.writeString(
            dir.resolve("calls.jsonl"),
            """
            {"method": "PUT", "path": "/api/v1/customers/c-1", "body": {"legalName": "Luit Tea Suppliers"}}
            {"method": "GET", "path": "/api/v1/customers/c-1"}

            {"method": "GET", "path": "/api/v1/customers/c-1", "tenant": "someone-else"}
            """);
    Run r = run("api", "--batch", batch.toString());
    String[] lines = r.out().split("\n");
    assertEquals(3, lines.length, r.out());
    assertEquals(201, JSON.readTree(lines[0]).get("status").asInt());
    JsonNode second = JSON.readTree(lines[1]);
    assertEquals(200, second.get("status").asInt());
    assertEquals("Luit Tea Suppliers", second.get("body").get("legalName").asText());
    assertEquals(404, JSON.readTree(lines[2]).get("status").asInt(), "tenants are isolated");
    assertEquals(1, r.exit());
  }

  @Test
  void batchOfSuccessesExitsZeroAndA501ExitsTwo() {
    String ok = "{\"method\":\"GET\",\"path\":\"/api/v1/customers\"}\n";
    assertEquals(0, withStdin(ok + ok, "api", "--batch", "-").exit());
    String notBuilt = "{\"method\":\"POST\",\"path\":\"/api/v1/auth/refresh\",\"body\":{}}\n";
    Run r = withStdin(ok + notBuilt + ok, "api", "--batch", "-");
    assertEquals(2, r.exit(), r.out());
    assertEquals(3, r.out().split("\n").length);
  }

  @Test
  void badBatchLinesGet400AndTheBatchGoesOn() throws IOException {
    String input =
        String.join(
            "\n",
            "this is not json",
            "[1, 2]",
            "{\"path\": \"/api/v1/customers\"}",
            "{\"method\": 7, \"path\": \"/api/v1/customers\"}",
            "{\"method\": \"GET\", \"path\": \"/api/v1/customers\", \"tenant\": \"bad tenant\"}",
            "{\"method\": \"GET\", \"path\": \"/api/v1/customers\"}");
    Run r = withStdin(input, "api", "--batch", "-");
    String[] lines = r.out().split("\n");
    assertEquals(6, lines.length, r.out());
    String[] codes = {
      "MALFORMED_JSON", "INVALID_INPUT", "MISSING_FIELD", "WRONG_TYPE", "INVALID_INPUT"
    };
    for (int i = 0; i < codes.length; i++) {
      JsonNode answer = JSON.readTree(lines[i]);
      assertEquals(400, answer.get("status").asInt(), lines[i]);
      assertEquals(codes[i], answer.get("body").get("code").asText(), lines[i]);
      assertFalse(answer.get("body").get("correlationId").asText().isEmpty());
    }
    assertEquals(200, JSON.readTree(lines[5]).get("status").asInt(), "the batch continued");
    assertEquals(1, r.exit());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void stdinBatchAnswersEachLineBeforeReadingTheNext() throws Exception {
    PipedOutputStream toCli = new PipedOutputStream();
    InputStream cliIn = new PipedInputStream(toCli, 1 << 16);
    PipedInputStream fromCli = new PipedInputStream(1 << 16);
    PrintStream cliOut =
        new PrintStream(new PipedOutputStream(fromCli), false, StandardCharsets.UTF_8);
    ByteArrayOutputStream cliErr = new ByteArrayOutputStream();
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () ->
                SamvadCli.run(
                    new String[] {"api", "--batch", "-", "--tenant", "acme"},
                    cliIn,
                    cliOut,
                    new PrintStream(cliErr, true, StandardCharsets.UTF_8)));
    BufferedReader answers =
        new BufferedReader(new InputStreamReader(fromCli, StandardCharsets.UTF_8));
    PrintStream requests = new PrintStream(toCli, true, StandardCharsets.UTF_8);

    requests.println(
        "{\"method\":\"PUT\",\"path\":\"/api/v1/customers/c-7\","
            + "\"body\":{\"legalName\":\"Kalinga Steel Traders\"}}");
    // The first answer arrives while the input is still open: the command flushed it.
    JsonNode first = JSON.readTree(answers.readLine());
    assertEquals(201, first.get("status").asInt(), first.toString());
    String id = first.get("body").get("id").asText();

    requests.println("{\"method\":\"GET\",\"path\":\"/api/v1/customers/" + id + "\"}");
    JsonNode second = JSON.readTree(answers.readLine());
    assertEquals(200, second.get("status").asInt());
    assertEquals("Kalinga Steel Traders", second.get("body").get("legalName").asText());

    requests.close();
    assertEquals(0, exit.get(30, TimeUnit.SECONDS), cliErr.toString(StandardCharsets.UTF_8));
    cliOut.close();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void campaignsTasksAndRepliesWorkThroughOneBatchProcess() throws Exception {
    PipedOutputStream toCli = new PipedOutputStream();
    InputStream cliIn = new PipedInputStream(toCli, 1 << 16);
    PipedInputStream fromCli = new PipedInputStream(1 << 20);
    PrintStream cliOut =
        new PrintStream(new PipedOutputStream(fromCli), false, StandardCharsets.UTF_8);
    ByteArrayOutputStream cliErr = new ByteArrayOutputStream();
    Path outbox = dir.resolve("acme-outbox.jsonl");
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () ->
                SamvadCli.run(
                    new String[] {
                      "api", "--batch", "-", "--tenant", "acme", "--outbox", outbox.toString()
                    },
                    cliIn,
                    cliOut,
                    new PrintStream(cliErr, true, StandardCharsets.UTF_8)));
    BufferedReader answers =
        new BufferedReader(new InputStreamReader(fromCli, StandardCharsets.UTF_8));
    PrintStream requests = new PrintStream(toCli, true, StandardCharsets.UTF_8);
    java.util.function.BiFunction<String, String, JsonNode> ask =
        (request, expectedStatus) -> {
          requests.println(request);
          try {
            JsonNode answer = JSON.readTree(answers.readLine());
            assertEquals(expectedStatus, answer.get("status").asText(), request + " -> " + answer);
            return answer.get("body");
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        };
    String base = "/api/v1/communication-orchestration";
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata"));

    ask.apply(
        "{\"method\":\"PUT\",\"path\":\"/api/v1/customers/C-7\",\"body\":{\"legalName\":"
            + "\"Ganga Textiles Pvt Ltd\",\"contacts\":[{\"name\":\"Rakesh Gupta\","
            + "\"email\":\"accounts@gangatextiles.in\"}],\"statedLanguage\":\"hi\"}}",
        "201");
    ask.apply(
        "{\"method\":\"POST\",\"path\":\"/api/v1/invoices\",\"body\":{\"id\":\"I-71\","
            + "\"customerId\":\"C-7\",\"number\":\"INV/26-27/0071\",\"issueDate\":\""
            + today.minusDays(40)
            + "\",\"dueDate\":\""
            + today.minusDays(10)
            + "\",\"amount\":{\"paise\":11800000},\"tax\":{\"paise\":1800000}}}",
        "201");
    JsonNode campaign =
        ask.apply(
            "{\"method\":\"POST\",\"path\":\""
                + base
                + "/campaigns\",\"body\":{\"customerId\":\"C-7\",\"campaignType\":"
                + "\"PAYMENT_FOLLOW_UP\"}}",
            "201");
    String id = campaign.get("campaignId").asText();
    assertEquals("ACTIVE", campaign.get("status").asText(), campaign.toString());
    JsonNode read =
        ask.apply("{\"method\":\"GET\",\"path\":\"" + base + "/campaigns/" + id + "\"}", "200");
    assertEquals("standard-b2b", read.get("campaignType").asText());
    JsonNode reply =
        ask.apply(
            "{\"method\":\"POST\",\"path\":\""
                + base
                + "/process-response\",\"body\":{\"customerId\":\"C-7\",\"response\":{"
                + "\"content\":\"बिल INV/26-27/0071 में रेट गलत लगा है, ऑर्डर में कम था\","
                + "\"channel\":\"email\",\"timestamp\":\""
                + java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHoursMinutes(5, 30))
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                + "\"}}}",
            "200");
    assertEquals("DISPUTE", reply.get("trigger").asText(), reply.toString());
    assertEquals("PAUSED", reply.get("campaign").get("status").asText());
    JsonNode tasks =
        ask.apply("{\"method\":\"GET\",\"path\":\"" + base + "/tasks?sort=priority\"}", "200")
            .get("tasks");
    assertEquals(1, tasks.size(), tasks.toString());
    assertEquals("RESOLVE_DISPUTE", tasks.get(0).get("task").get("kind").asText());
    String task = tasks.get(0).get("task").get("id").asText();
    JsonNode done =
        ask.apply(
            "{\"method\":\"POST\",\"path\":\""
                + base
                + "/tasks/"
                + task
                + "/complete\",\"body\":{\"outcome\":\"RESOLVED\"}}",
            "200");
    assertEquals("ACTIVE", done.get("campaign").get("status").asText(), done.toString());
    ask.apply("{\"method\":\"POST\",\"path\":\"" + base + "/run-due\",\"body\":{}}", "200");
    requests.close();
    assertEquals(0, exit.get(30, TimeUnit.SECONDS), cliErr.toString(StandardCharsets.UTF_8));
    cliOut.close();
    assertTrue(Files.exists(outbox), "the outbox file is created");
  }

  // ------------------------------------------------------------------ demo

  @Test
  void demoTellsTheStoryInAtMostOneHundredNinetyPlainLines() throws IOException {
    Path outbox = dir.resolve("demo/outbox.jsonl");
    Run r = run("demo", "--outbox", outbox.toString());
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().split("\n");
    // Sixty days take a line each; the earlier chapters were condensed to make room.
    assertTrue(lines.length <= 190, lines.length + " lines");
    for (String expected :
        new String[] {
          "Who the customers are",
          "NORTHEAST",
          "Outstanding",
          "Over 90 days",
          "Largest overdue",
          "How Samvad would speak to them",
          "₹",
          "Language model: ",
          " · by ",
          "60 days",
          "Collected",
          "hold-out",
          "Outbox: " + outbox.toAbsolutePath()
        }) {
      assertTrue(r.out().contains(expected), expected + " in\n" + r.out());
    }
    assertFalse(r.out().contains("\u001b["), "no ANSI escapes when not on a terminal");
    long messages = Files.readAllLines(outbox).size();
    assertTrue(messages > 100, messages + " messages in the outbox");
    assertTrue(r.out().contains(messages + " messages"), "the demo prints the outbox's line count");
  }

  @Test
  void consentExportAndErasureWorkThroughABatch() throws IOException {
    // The worked example of docs/json-api.md, "Consent and data rights".
    String input =
        String.join(
                "\n",
                "{\"method\":\"PUT\",\"path\":\"/api/v1/customers/C-7\",\"body\":{\"legalName\":\"Ganga Textiles Pvt Ltd\",\"contacts\":[{\"name\":\"Rakesh Gupta\",\"phone\":\"+91 94150 12345\",\"email\":\"accounts@gangatextiles.in\"}]}}",
                "{\"method\":\"POST\",\"path\":\"/api/v1/customers/C-7/consents\",\"body\":{\"channel\":\"SMS\",\"action\":\"GIVEN\",\"notice\":\"privacy-notice/v3\",\"purpose\":\"invoice delivery and payment reminders\",\"source\":\"onboarding form\",\"reference\":\"form-8812\"}}",
                "{\"method\":\"POST\",\"path\":\"/api/v1/communication-orchestration/process-response\",\"body\":{\"customerId\":\"C-7\",\"response\":{\"content\":\"STOP\",\"channel\":\"email\",\"timestamp\":\"2026-11-29T11:40:00+05:30\"}}}",
                "{\"method\":\"GET\",\"path\":\"/api/v1/customers/C-7/consents\"}",
                "{\"method\":\"GET\",\"path\":\"/api/v1/customers/C-7/export\"}",
                "{\"method\":\"POST\",\"path\":\"/api/v1/customers/C-7/erase\",\"body\":{\"reason\":\"request\",\"note\":\"ticket 4411\"}}",
                "{\"method\":\"GET\",\"path\":\"/api/v1/customers/C-7\"}")
            + "\n";
    Run r = withStdin(input, "api", "--batch", "-", "--tenant", "acme");
    String[] lines = r.out().split("\n");
    assertEquals(7, lines.length, r.out());
    assertEquals(0, r.exit(), r.out());
    JsonNode consent = JSON.readTree(lines[1]);
    assertEquals(201, consent.get("status").asInt(), lines[1]);
    assertEquals("CONSENT", consent.at("/body/basis/SMS/kind").asText(), lines[1]);
    assertEquals("LEGITIMATE_USE", consent.at("/body/basis/EMAIL/kind").asText(), lines[1]);
    assertEquals("OPT_OUT", JSON.readTree(lines[2]).at("/body/trigger").asText(), lines[2]);
    JsonNode after = JSON.readTree(lines[3]);
    assertEquals("NONE", after.at("/body/basis/EMAIL/kind").asText(), lines[3]);
    assertEquals("reply", after.at("/body/entries/1/source").asText(), lines[3]);
    JsonNode export = JSON.readTree(lines[4]);
    assertEquals("Rakesh Gupta", export.at("/body/customer/contacts/0/name").asText(), lines[4]);
    assertEquals(200, JSON.readTree(lines[5]).get("status").asInt(), lines[5]);
    assertEquals("Erased customer", JSON.readTree(lines[6]).at("/body/legalName").asText());
    assertFalse(lines[6].contains("Rakesh"), lines[6]);
  }
}
