package dev.samvad.orchestration.runtime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.json.SamvadJson;
import dev.samvad.channel.Attachment;
import dev.samvad.channel.MessageContent;
import dev.samvad.channel.Recipient;
import dev.samvad.orchestration.Task;

/**
 * The JSON mapping of the runtime's values: {@link dev.samvad.orchestration.CampaignState}, {@link
 * ExecutionView} and what they hold. It is {@link SamvadJson#newMapper()} plus a {@code type}
 * property on the channel's sealed types ({@link MessageContent}: {@code email}, {@code sms},
 * {@code whatsappTemplate}, {@code whatsappText}, {@code voice}, {@code letter}; {@link Recipient}:
 * {@code email}, {@code phone}, {@code postal}; {@link Attachment}: {@code document}, {@code
 * link}). The runtime stores campaign state in this shape; the SDK may render the same values with
 * it.
 */
public final class RuntimeJson {
  private RuntimeJson() {}

  /** A new mapper; thread-safe once built, so build one and share it. */
  public static ObjectMapper newMapper() {
    ObjectMapper mapper = SamvadJson.newMapper();
    mapper.addMixIn(MessageContent.class, ContentMixIn.class);
    mapper.addMixIn(Recipient.class, RecipientMixIn.class);
    mapper.addMixIn(Attachment.class, AttachmentMixIn.class);
    mapper.addMixIn(Task.class, TaskMixIn.class);
    return mapper;
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = MessageContent.Email.class, name = "email"),
    @JsonSubTypes.Type(value = MessageContent.Sms.class, name = "sms"),
    @JsonSubTypes.Type(value = MessageContent.WhatsAppTemplate.class, name = "whatsappTemplate"),
    @JsonSubTypes.Type(value = MessageContent.WhatsAppText.class, name = "whatsappText"),
    @JsonSubTypes.Type(value = MessageContent.VoiceScript.class, name = "voice"),
    @JsonSubTypes.Type(value = MessageContent.Letter.class, name = "letter")
  })
  private interface ContentMixIn {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Recipient.Email.class, name = "email"),
    @JsonSubTypes.Type(value = Recipient.Phone.class, name = "phone"),
    @JsonSubTypes.Type(value = Recipient.Postal.class, name = "postal")
  })
  private interface RecipientMixIn {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Attachment.Document.class, name = "document"),
    @JsonSubTypes.Type(value = Attachment.Link.class, name = "link")
  })
  private interface AttachmentMixIn {}

  private interface TaskMixIn {
    @JsonIgnore
    boolean isOpen();
  }
}
