package dev.samvad.channel;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import java.util.List;

/**
 * One rendered message, ready for a {@link Channel}: who it is for, on which channel, the words,
 * and what goes with it.
 *
 * <p>Construction checks that the parts agree: an {@link ChannelKind#EMAIL} message needs an e-mail
 * {@link Recipient.Email} and {@link MessageContent.Email}; SMS, WhatsApp and voice need a {@link
 * Recipient.Phone}; a letter needs a {@link Recipient.Postal}. Documents may travel with e-mail,
 * WhatsApp and letters; links with any channel. At most {@link #MAX_ATTACHMENTS} attachments,
 * documents together at most {@link Attachment.Document#MAX_BYTES}. Any mismatch throws {@link
 * InvalidInputException} naming the field.
 *
 * @param tenantId the tenant the message is sent for
 * @param customerId the customer it is sent to
 * @param executionId the execution it carries out
 * @param channel the kind of channel it goes through
 * @param recipient the address
 * @param content the rendered words
 * @param attachments documents or links, in order; may be empty
 */
public record OutboundMessage(
    TenantId tenantId,
    CustomerId customerId,
    ExecutionId executionId,
    ChannelKind channel,
    Recipient recipient,
    MessageContent content,
    List<Attachment> attachments) {

  /** Most attachments one message may carry. */
  public static final int MAX_ATTACHMENTS = 10;

  /** Validates; see the type's description for the rules. */
  public OutboundMessage {
    InvalidInputException.require(tenantId, "tenantId");
    InvalidInputException.require(customerId, "customerId");
    InvalidInputException.require(executionId, "executionId");
    InvalidInputException.require(channel, "channel");
    InvalidInputException.require(recipient, "recipient");
    InvalidInputException.require(content, "content");
    InvalidInputException.require(attachments, "attachments");
    if (!recipientFits(channel, recipient)) {
      throw new InvalidInputException(
          "recipient", channel + " needs " + neededRecipient(channel) + " address");
    }
    if (content.kind() != channel) {
      throw new InvalidInputException(
          "content", channel + " needs " + channel + " content, not " + content.kind());
    }
    if (attachments.size() > MAX_ATTACHMENTS) {
      throw new InvalidInputException(
          "attachments", "must hold at most " + MAX_ATTACHMENTS + " attachments");
    }
    long documentBytes = 0;
    for (int i = 0; i < attachments.size(); i++) {
      Attachment attachment = attachments.get(i);
      String field = "attachments[" + i + "]";
      InvalidInputException.require(attachment, field);
      if (attachment instanceof Attachment.Document document) {
        if (channel == ChannelKind.SMS || channel == ChannelKind.VOICE) {
          throw new InvalidInputException(field, channel + " cannot carry a document; use a link");
        }
        documentBytes += document.size();
      }
    }
    if (documentBytes > Attachment.Document.MAX_BYTES) {
      throw new InvalidInputException(
          "attachments",
          "documents must together be at most " + Attachment.Document.MAX_BYTES + " bytes");
    }
    attachments = List.copyOf(attachments);
  }

  /** A message without attachments. */
  public static OutboundMessage of(
      TenantId tenantId,
      CustomerId customerId,
      ExecutionId executionId,
      Recipient recipient,
      MessageContent content) {
    InvalidInputException.require(content, "content");
    return new OutboundMessage(
        tenantId, customerId, executionId, content.kind(), recipient, content, List.of());
  }

  /** A copy of this message with {@code attachment} added at the end. */
  public OutboundMessage withAttachment(Attachment attachment) {
    InvalidInputException.require(attachment, "attachment");
    List<Attachment> more = new java.util.ArrayList<>(attachments);
    more.add(attachment);
    return new OutboundMessage(
        tenantId, customerId, executionId, channel, recipient, content, more);
  }

  private static boolean recipientFits(ChannelKind channel, Recipient recipient) {
    return switch (channel) {
      case EMAIL -> recipient instanceof Recipient.Email;
      case SMS, WHATSAPP, VOICE -> recipient instanceof Recipient.Phone;
      case LETTER -> recipient instanceof Recipient.Postal;
    };
  }

  private static String neededRecipient(ChannelKind channel) {
    return switch (channel) {
      case EMAIL -> "an e-mail";
      case SMS, WHATSAPP, VOICE -> "an E.164 phone";
      case LETTER -> "a postal";
    };
  }
}
