package dev.samvad.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.json.SamvadJson;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default channel: appends every accepted message as one JSON line to a {@link Writer}
 * the host supplies (a file, the console, a {@code StringWriter} in tests). Samvad never opens
 * files itself; {@link OutboxFile} opens one for command-line use.
 *
 * <h2>Line shape</h2>
 *
 * <pre>{@code
 * {"acceptedAt":"2026-04-01T04:30:00Z","idempotencyKey":"c1:d0:1","providerMessageId":"outbox-…",
 *  "tenantId":"acme","customerId":"c1","executionId":"e1","channel":"EMAIL","to":"a@b.in",
 *  "content":{"type":"email","subject":"…","body":"…"},
 *  "attachments":[{"type":"document","fileName":"INV-1.pdf","mediaType":"application/pdf",
 *                  "sizeBytes":52311,"sha256":"…"},{"type":"link","url":"https://…"}]}
 * }</pre>
 *
 * <p>{@code content.type} is one of {@code email} (subject, body), {@code sms} (text), {@code
 * whatsappTemplate} (templateName, languageCode, variables), {@code whatsappText} (text), {@code
 * voice} (script) and {@code letter} (body). Documents are recorded by name, size and SHA-256, not
 * by their bytes, so the outbox stays readable.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Thread-safe: sends are serialised, each line is written whole and flushed before {@link
 *       #send} returns.
 *   <li>Idempotent by key for the last {@code rememberedKeys} distinct keys (default {@value
 *       #DEFAULT_REMEMBERED_KEYS}, about 200 bytes each): a repeated key writes nothing and returns
 *       the first result. A key older than that may be written again; Samvad's runtime never reuses
 *       a key that old, because its store records what was dispatched.
 *   <li>The provider message id is derived from the key, so it is the same after a restart.
 *   <li>Accepts every channel kind, any length and any text; reports no receipts.
 *   <li>A failing writer yields {@link SendResult.TransientFailure}, remembered for that key.
 * </ul>
 */
public final class OutboxChannel implements Channel {
  /** How many keys an outbox remembers unless told otherwise. */
  public static final int DEFAULT_REMEMBERED_KEYS = 100_000;

  private static final Logger LOG = LoggerFactory.getLogger(OutboxChannel.class);
  private static final ChannelCapabilities CAPABILITIES = ChannelCapabilities.unrestricted(false);

  private final Writer out;
  private final Clock clock;
  private final ObjectMapper mapper = SamvadJson.newMapper();
  private final IdempotencyLedger ledger;

  private OutboxChannel(Writer out, Clock clock, int rememberedKeys) {
    this.out = InvalidInputException.require(out, "out");
    this.clock = InvalidInputException.require(clock, "clock");
    if (rememberedKeys < 1) {
      throw new InvalidInputException("rememberedKeys", "must be positive");
    }
    this.ledger = new IdempotencyLedger(rememberedKeys);
  }

  /** An outbox on {@code out}, stamping lines with the system clock. */
  public static OutboxChannel to(Writer out) {
    return new OutboxChannel(out, Clock.systemUTC(), DEFAULT_REMEMBERED_KEYS);
  }

  /**
   * An outbox on {@code out}, stamping lines with {@code clock} and remembering the last {@code
   * rememberedKeys} keys.
   */
  public static OutboxChannel to(Writer out, Clock clock, int rememberedKeys) {
    return new OutboxChannel(out, clock, rememberedKeys);
  }

  @Override
  public ChannelCapabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public SendResult send(OutboundMessage message, String idempotencyKey) {
    String key = Channel.checkedKey(idempotencyKey);
    InvalidInputException.require(message, "message");
    synchronized (this) {
      return ledger.resultFor(key, () -> write(message, key));
    }
  }

  /** Marks keys as already sent, as read back from an earlier outbox; for {@link OutboxFile}. */
  synchronized void rememberSent(Map<String, String> providerIdsByKey) {
    providerIdsByKey.forEach((key, id) -> ledger.remember(key, new SendResult.Accepted(id)));
  }

  static String providerMessageId(String key) {
    return "outbox-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }

  private SendResult write(OutboundMessage message, String key) {
    String id = providerMessageId(key);
    String line = OutboxLine.render(mapper, message, key, id, clock.instant());
    try {
      out.write(line);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      LOG.warn(
          "outbox write failed for execution {}: {}", message.executionId().value(), e.toString());
      return new SendResult.TransientFailure(
          java.time.Duration.ofSeconds(1), "outbox write failed: " + e.getMessage());
    }
    LOG.debug("outbox accepted {} for execution {}", id, message.executionId().value());
    return new SendResult.Accepted(id);
  }
}
