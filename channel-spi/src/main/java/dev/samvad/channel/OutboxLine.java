package dev.samvad.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** The JSON shape of one outbox line; see {@link OutboxChannel} for the documented fields. */
final class OutboxLine {
  private OutboxLine() {}

  static String render(
      ObjectMapper mapper,
      OutboundMessage message,
      String idempotencyKey,
      String providerMessageId,
      Instant acceptedAt) {
    ObjectNode line = mapper.createObjectNode();
    line.put("acceptedAt", acceptedAt.toString());
    line.put("idempotencyKey", idempotencyKey);
    line.put("providerMessageId", providerMessageId);
    line.put("tenantId", message.tenantId().value());
    line.put("customerId", message.customerId().value());
    line.put("executionId", message.executionId().value());
    line.put("channel", message.channel().name());
    line.put("to", message.recipient().address());
    line.set("content", content(mapper, message.content()));
    ArrayNode attachments = line.putArray("attachments");
    for (Attachment attachment : message.attachments()) {
      attachments.add(attachment(mapper, attachment));
    }
    try {
      return mapper.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }

  private static ObjectNode content(ObjectMapper mapper, MessageContent content) {
    ObjectNode node = mapper.createObjectNode();
    if (content instanceof MessageContent.Email email) {
      node.put("type", "email");
      node.put("subject", email.subject());
      node.put("body", email.body());
    } else if (content instanceof MessageContent.Sms sms) {
      node.put("type", "sms");
      node.put("text", sms.text());
    } else if (content instanceof MessageContent.WhatsAppTemplate template) {
      node.put("type", "whatsappTemplate");
      node.put("templateName", template.templateName());
      node.put("languageCode", template.languageCode());
      ArrayNode variables = node.putArray("variables");
      template.variables().forEach(variables::add);
    } else if (content instanceof MessageContent.WhatsAppText text) {
      node.put("type", "whatsappText");
      node.put("text", text.text());
    } else if (content instanceof MessageContent.VoiceScript voice) {
      node.put("type", "voice");
      node.put("script", voice.script());
    } else if (content instanceof MessageContent.Letter letter) {
      node.put("type", "letter");
      node.put("body", letter.body());
    }
    return node;
  }

  private static ObjectNode attachment(ObjectMapper mapper, Attachment attachment) {
    ObjectNode node = mapper.createObjectNode();
    if (attachment instanceof Attachment.Document document) {
      node.put("type", "document");
      node.put("fileName", document.fileName());
      node.put("mediaType", document.mediaType());
      node.put("sizeBytes", document.size());
      node.put("sha256", document.sha256());
    } else if (attachment instanceof Attachment.Link link) {
      node.put("type", "link");
      node.put("url", link.url().toString());
    }
    return node;
  }
}
