package dev.samvad.api.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.samvad.api.CampaignId;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InteractionId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.LanguageForm;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One message or call between the tenant and a customer. Build with {@code
 * ImmutableInteraction.builder()}. Text is kept as received (at most {@value #MAX_TEXT} chars); an
 * empty text is allowed for calls and receipts.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInteraction.class)
@JsonDeserialize(as = ImmutableInteraction.class)
public interface Interaction {
  /** Longest text stored; longer replies must be cut by the caller, who knows what to keep. */
  int MAX_TEXT = 65_536;

  /** The tenant's id for this interaction. */
  InteractionId id();

  /** The customer it was with. */
  CustomerId customerId();

  /** The channel used. */
  ChannelKind channel();

  /** To or from the customer. */
  Direction direction();

  /** What was said or written. */
  @Value.Default
  default String text() {
    return "";
  }

  /** The language of the text, when known. */
  Optional<LanguageForm> language();

  /** When it happened (sent, or received by the customer's side). */
  Instant occurredAt();

  /** When Samvad learned of it; at or after {@link #occurredAt()}. */
  Optional<Instant> recordedAt();

  /** The campaign it belongs to, if any. */
  Optional<CampaignId> campaignId();

  /**
   * Validates the value when it is built; throws {@code InvalidInputException} naming the field.
   */
  @Value.Check
  default void check() {
    if (text().length() > MAX_TEXT) {
      throw new InvalidInputException("text", "must be at most " + MAX_TEXT + " characters");
    }
    recordedAt()
        .ifPresent(
            r -> {
              if (r.isBefore(occurredAt())) {
                throw new InvalidInputException("recordedAt", "must not be before occurredAt");
              }
            });
  }
}
