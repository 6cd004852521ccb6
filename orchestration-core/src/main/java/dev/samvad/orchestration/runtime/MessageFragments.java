package dev.samvad.orchestration.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.samvad.channel.OutboundMessage;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Writes an outbox message into a stored document as JSON text made once per message. A message
 * never changes while its row goes from queued to sending to sent, it is most of the row's document
 * (with any attachment's bytes), and each of those writes hands over the same immutable message
 * object, so its text is remembered by identity and spliced in as it is.
 *
 * <p>Direct-mapped and bounded like {@link DecodeCache}; a miss or a lost race only costs writing
 * the message again. The text is what {@code plain}, a mapper configured as the storage mapper but
 * without this serializer, writes for the message.
 */
final class MessageFragments extends StdSerializer<OutboundMessage> {
  private static final int SLOTS = 1024;

  private record Entry(OutboundMessage message, String json) {}

  private final transient AtomicReferenceArray<Entry> slots = new AtomicReferenceArray<>(SLOTS);
  private final transient ObjectWriter plain;

  MessageFragments(ObjectWriter plain) {
    super(OutboundMessage.class);
    this.plain = plain;
  }

  @Override
  public void serialize(OutboundMessage message, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeRawValue(json(message));
  }

  /** The message's JSON text: remembered, or written and remembered. */
  String json(OutboundMessage message) throws IOException {
    int slot = System.identityHashCode(message) & (SLOTS - 1);
    Entry entry = slots.getAcquire(slot);
    if (entry != null && entry.message() == message) {
      return entry.json();
    }
    String json = plain.writeValueAsString(message);
    slots.setRelease(slot, new Entry(message, json));
    return json;
  }
}
