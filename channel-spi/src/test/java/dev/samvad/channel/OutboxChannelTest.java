package dev.samvad.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.json.SamvadJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxChannelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-04-01T04:30:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = SamvadJson.newMapper();

  private static List<JsonNode> lines(String text) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isEmpty()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  @Property(tries = 200)
  void aRepeatedKeyWritesOnceAndReturnsTheFirstResult(
      @ForAll @Size(max = 60) List<@IntRange(max = 12) Integer> keys) throws IOException {
    StringWriter out = new StringWriter();
    OutboxChannel outbox = OutboxChannel.to(out, CLOCK, 1_000);
    Map<String, SendResult> first = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String key = "camp-1:step-" + keys.get(i);
      // The message differs per call: a repeated key still must not write the new one.
      SendResult result = outbox.send(Messages.any(i, "e" + i), key);
      SendResult earlier = first.putIfAbsent(key, result);
      if (earlier != null) {
        assertEquals(earlier, result);
      }
      assertInstanceOf(SendResult.Accepted.class, result);
    }
    List<JsonNode> written = lines(out.toString());
    assertEquals(first.size(), written.size());
    Set<String> writtenKeys = new HashSet<>();
    for (JsonNode line : written) {
      writtenKeys.add(line.get("idempotencyKey").asText());
    }
    assertEquals(first.keySet(), writtenKeys);
  }

  @Test
  void threadsSendingTheSameKeysWriteOneLinePerKey() throws Exception {
    StringWriter out = new StringWriter();
    OutboxChannel outbox = OutboxChannel.to(out, CLOCK, 1_000);
    int threads = 8;
    int keys = 200;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<SendResult>>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      futures.add(
          pool.submit(
              () -> {
                start.await();
                List<SendResult> results = new ArrayList<>();
                for (int k = 0; k < keys; k++) {
                  int key = (k + offset * 17) % keys;
                  results.add(outbox.send(Messages.email("e" + key), "key-" + key));
                }
                return results;
              }));
    }
    start.countDown();
    Set<SendResult> distinct = new HashSet<>();
    for (Future<List<SendResult>> future : futures) {
      distinct.addAll(future.get(30, TimeUnit.SECONDS));
    }
    pool.shutdown();
    List<JsonNode> written = lines(out.toString());
    assertEquals(keys, written.size());
    assertEquals(keys, distinct.size());
    assertEquals(
        keys, written.stream().map(n -> n.get("idempotencyKey").asText()).distinct().count());
  }

  @Test
  void aLineHasTheDocumentedShape() throws IOException {
    StringWriter out = new StringWriter();
    OutboxChannel outbox = OutboxChannel.to(out, CLOCK, 10);
    OutboundMessage message =
        Messages.email("exec-1")
            .withAttachment(
                Attachment.Document.pdf(
                    "INV-1.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
            .withAttachment(Attachment.Link.of("https://erp.example.in/pay/INV-1"));
    SendResult result = outbox.send(message, "camp-1:d0:1");

    assertTrue(out.toString().endsWith("\n"));
    assertEquals(1, out.toString().split("\n").length, "one message, one line");
    JsonNode line = lines(out.toString()).get(0);
    assertEquals(
        List.of(
            "acceptedAt",
            "idempotencyKey",
            "providerMessageId",
            "tenantId",
            "customerId",
            "executionId",
            "channel",
            "to",
            "content",
            "attachments"),
        fieldNames(line));
    assertEquals("2026-04-01T04:30:00Z", line.get("acceptedAt").asText());
    assertEquals(
        ((SendResult.Accepted) result).providerMessageId(), line.get("providerMessageId").asText());
    assertEquals("acme", line.get("tenantId").asText());
    assertEquals("exec-1", line.get("executionId").asText());
    assertEquals("EMAIL", line.get("channel").asText());
    assertEquals("accounts@sharma-traders.in", line.get("to").asText());
    assertEquals("email", line.at("/content/type").asText());
    assertEquals("नमस्ते, ₹1,23,456.00 बाकी है।", line.at("/content/body").asText());
    assertEquals("document", line.at("/attachments/0/type").asText());
    assertEquals(8, line.at("/attachments/0/sizeBytes").asInt());
    assertEquals(64, line.at("/attachments/0/sha256").asText().length());
    assertEquals("https://erp.example.in/pay/INV-1", line.at("/attachments/1/url").asText());

    outbox.send(Messages.whatsAppTemplate("exec-2"), "camp-1:d3:1");
    JsonNode template = lines(out.toString()).get(1);
    assertEquals("+919876543210", template.get("to").asText());
    assertEquals("whatsappTemplate", template.at("/content/type").asText());
    assertEquals("hi", template.at("/content/languageCode").asText());
    assertEquals("INV-1", template.at("/content/variables/1").asText());
  }

  @Test
  void aFailingWriterIsATransientFailureRememberedForTheKey() {
    Writer broken =
        new Writer() {
          int writes;

          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            writes++;
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    OutboxChannel outbox = OutboxChannel.to(broken, CLOCK, 10);
    SendResult first = outbox.send(Messages.sms("e1"), "k1");
    assertInstanceOf(SendResult.TransientFailure.class, first);
    assertEquals(first, outbox.send(Messages.sms("e1"), "k1"));
  }

  @Test
  void anOutboxFileRemembersWhatItSentAcrossRestarts(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("outbox.jsonl");
    SendResult before;
    try (OutboxFile outbox = OutboxFile.append(file, CLOCK)) {
      before = outbox.channel().send(Messages.email("e1"), "k1");
      outbox.channel().send(Messages.sms("e2"), "k2");
    }
    Files.writeString(
        file, "{torn line", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    try (OutboxFile outbox = OutboxFile.append(file, CLOCK)) {
      assertEquals(before, outbox.channel().send(Messages.email("e1"), "k1"));
      outbox.channel().send(Messages.sms("e3"), "k3");
    }
    List<String> written = Files.readAllLines(file, StandardCharsets.UTF_8);
    // k1 and k2 once each, the torn line ended, then k3 whole on its own line.
    assertEquals(4, written.size());
    assertEquals("{torn line", written.get(2));
    assertEquals("k3", JSON.readTree(written.get(3)).get("idempotencyKey").asText());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
