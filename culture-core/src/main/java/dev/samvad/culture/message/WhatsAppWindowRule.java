package dev.samvad.culture.message;

import dev.samvad.culture.ApproachContext;
import dev.samvad.culture.ApproachFinding;
import dev.samvad.culture.ApproachFinding.Severity;
import dev.samvad.culture.ApproachRule;
import dev.samvad.culture.RenderedMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * WhatsApp lets a business send free-form text only within 24 hours of the customer's last message
 * to it (the customer-service window); outside it, only an approved template may be sent.
 */
public final class WhatsAppWindowRule implements ApproachRule {
  /** The length of WhatsApp's customer-service window. */
  public static final Duration WINDOW = Duration.ofHours(24);

  @Override
  public List<ApproachFinding> check(ApproachContext context) {
    if (!(context.message() instanceof RenderedMessage.WhatsApp wa) || wa.isTemplate()) {
      return List.of();
    }
    Optional<Instant> last = context.lastInboundAt();
    Instant sendAt = context.sendAt().toInstant();
    if (last.isPresent() && !sendAt.isAfter(last.get().plus(WINDOW))) {
      return List.of();
    }
    String why =
        last.isEmpty()
            ? "the customer has not written to us on WhatsApp"
            : "the customer last wrote "
                + Duration.between(last.get(), sendAt).toHours()
                + " hours before the send time";
    return List.of(
        new ApproachFinding(
            "WHATSAPP_OUTSIDE_SESSION_WINDOW",
            Severity.BLOCKER,
            "A free-form WhatsApp text can be sent only within 24 hours of the customer's last"
                + " message, and "
                + why
                + ".",
            "Send the approved template for this intent (MessageRenderer renders one), or wait for"
                + " the customer to write."));
  }
}
