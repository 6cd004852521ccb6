package dev.samvad.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class OutboundMessageTest {

  private static void assertField(String field, Executable construction) {
    InvalidInputException e = assertThrows(InvalidInputException.class, construction);
    assertEquals(field, e.field(), e.getMessage());
  }

  @Test
  void missingPartsAreNamed() {
    OutboundMessage ok = Messages.email("e1");
    assertField(
        "tenantId",
        () ->
            new OutboundMessage(
                null,
                ok.customerId(),
                ok.executionId(),
                ok.channel(),
                ok.recipient(),
                ok.content(),
                List.of()));
    assertField(
        "recipient",
        () ->
            new OutboundMessage(
                ok.tenantId(),
                ok.customerId(),
                ok.executionId(),
                ok.channel(),
                null,
                ok.content(),
                List.of()));
    assertField(
        "attachments",
        () ->
            new OutboundMessage(
                ok.tenantId(),
                ok.customerId(),
                ok.executionId(),
                ok.channel(),
                ok.recipient(),
                ok.content(),
                null));
  }

  @Test
  void recipientAndContentMustFitTheChannel() {
    OutboundMessage email = Messages.email("e1");
    OutboundMessage sms = Messages.sms("e2");
    assertField(
        "recipient",
        () ->
            new OutboundMessage(
                email.tenantId(),
                email.customerId(),
                email.executionId(),
                ChannelKind.EMAIL,
                sms.recipient(),
                email.content(),
                List.of()));
    assertField(
        "content",
        () ->
            new OutboundMessage(
                sms.tenantId(),
                sms.customerId(),
                sms.executionId(),
                ChannelKind.SMS,
                sms.recipient(),
                email.content(),
                List.of()));
    assertField(
        "recipient",
        () ->
            new OutboundMessage(
                sms.tenantId(),
                sms.customerId(),
                sms.executionId(),
                ChannelKind.LETTER,
                sms.recipient(),
                new MessageContent.Letter("Dear Sir"),
                List.of()));
  }

  @Test
  void contentFieldsAreNamed() {
    assertField("content.subject", () -> new MessageContent.Email(" ", "body"));
    assertField("content.subject", () -> new MessageContent.Email("two\nlines", "body"));
    assertField("content.body", () -> new MessageContent.Email("subject", ""));
    assertField("content.text", () -> new MessageContent.Sms("x".repeat(2_001)));
    assertField(
        "content.templateName",
        () -> new MessageContent.WhatsAppTemplate("Payment Reminder", "hi", List.of()));
    assertField(
        "content.languageCode",
        () -> new MessageContent.WhatsAppTemplate("reminder", "hindi", List.of()));
    assertField(
        "content.variables[1]",
        () -> new MessageContent.WhatsAppTemplate("reminder", "hi", List.of("a", " ")));
    assertField("content.script", () -> new MessageContent.VoiceScript(null));
    assertField("email", () -> Recipient.email("not-an-address"));
    assertField("phone", () -> Recipient.phone("call me"));
    assertField("postalAddress", () -> new Recipient.Postal(""));
  }

  @Test
  void attachmentsAreBoundedAndFitTheChannel() {
    assertField("attachment.bytes", () -> Attachment.Document.pdf("INV-1.pdf", new byte[0]));
    assertField(
        "attachment.bytes",
        () -> Attachment.Document.pdf("INV-1.pdf", new byte[Attachment.Document.MAX_BYTES + 1]));
    assertField("attachment.fileName", () -> Attachment.Document.pdf("../INV-1.pdf", new byte[1]));
    assertField(
        "attachment.mediaType", () -> new Attachment.Document("a.pdf", "pdf", new byte[] {1}));
    assertField("attachment.url", () -> Attachment.Link.of("ftp://example.in/INV-1.pdf"));
    assertField("attachment.url", () -> Attachment.Link.of("not a url"));
    assertField(
        "attachments[0]",
        () -> Messages.sms("e1").withAttachment(Attachment.Document.pdf("a.pdf", new byte[] {1})));
    List<Attachment> eleven = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      eleven.add(Attachment.Link.of("https://erp.example.in/i/" + i));
    }
    OutboundMessage email = Messages.email("e1");
    assertField(
        "attachments",
        () ->
            new OutboundMessage(
                email.tenantId(),
                email.customerId(),
                email.executionId(),
                email.channel(),
                email.recipient(),
                email.content(),
                eleven));
    byte[] half = new byte[Attachment.Document.MAX_BYTES / 2 + 1];
    assertField(
        "attachments",
        () ->
            email
                .withAttachment(Attachment.Document.pdf("a.pdf", half))
                .withAttachment(Attachment.Document.pdf("b.pdf", half)));
  }

  @Test
  void documentsAreImmutableValues() {
    byte[] pdf = {1, 2, 3};
    Attachment.Document document = Attachment.Document.pdf("INV-1.pdf", pdf);
    pdf[0] = 9;
    document.bytes()[1] = 9;
    assertArrayEquals(new byte[] {1, 2, 3}, document.bytes());
    assertEquals(document, Attachment.Document.pdf("INV-1.pdf", new byte[] {1, 2, 3}));
    assertNotEquals(document, Attachment.Document.pdf("INV-1.pdf", new byte[] {1, 2, 4}));
  }

  @Test
  void otherValuesNameTheirFields() {
    assertField("idempotencyKey", () -> Channel.checkedKey(" "));
    assertField("retryAfter", () -> new SendResult.TransientFailure(Duration.ofSeconds(-1), ""));
    assertField("providerMessageId", () -> new SendResult.Accepted(""));
    assertField("executionId", () -> new ExecutionId("?"));
    assertField("status", () -> new DeliveryReceipt("id", null, java.time.Instant.EPOCH, ""));
  }

  @Test
  void capabilitiesExplainWhatTheyCannotCarry() {
    ChannelCapabilities gsmSms =
        new ChannelCapabilities(
            java.util.Set.of(ChannelKind.SMS),
            java.util.OptionalInt.of(160),
            java.util.Set.of(TextEncoding.GSM_7),
            false,
            Duration.ZERO,
            false,
            true);
    assertEquals(java.util.Optional.empty(), gsmSms.problemWith(Messages.sms("e1")));
    assertEquals(true, gsmSms.problemWith(Messages.email("e1")).isPresent());
    OutboundMessage hindi =
        OutboundMessage.of(
            Messages.TENANT,
            Messages.CUSTOMER,
            new ExecutionId("e2"),
            Recipient.phone("9876543210"),
            new MessageContent.Sms("₹500 बाकी"));
    assertEquals(true, gsmSms.problemWith(hindi).orElseThrow().contains("GSM_7"));
  }
}
