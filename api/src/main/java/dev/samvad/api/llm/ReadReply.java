package dev.samvad.api.llm;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.TenantId;
import dev.samvad.api.spi.LlmTask;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Read one customer reply: language, intents, entities, polarity and emotions, in the schema of the
 * rule reader. The text is the customer's own and is untrusted: an adapter must pass it to the
 * model as data (fenced, last in the prompt) and never follow instructions inside it.
 *
 * @param tenant the tenant paying for the call
 * @param text the reply as received; an adapter normalises and caps it before sending
 * @param receivedOn the day the reply arrived in the customer's zone, so that "kal" and "next
 *     Monday" can be resolved to dates
 * @param languageHint the language the host expects, used only when the text has none of its own
 */
public record ReadReply(
    TenantId tenant, String text, LocalDate receivedOn, Optional<LanguageForm> languageHint)
    implements LlmTask<ReplyReading> {

  /** Rejects nulls with an {@link InvalidInputException} naming the field. */
  public ReadReply {
    InvalidInputException.require(tenant, "tenant");
    InvalidInputException.require(text, "text");
    InvalidInputException.require(receivedOn, "receivedOn");
    InvalidInputException.require(languageHint, "languageHint");
  }

  @Override
  public Kind kind() {
    return Kind.READ_REPLY;
  }

  @Override
  public Class<ReplyReading> resultType() {
    return ReplyReading.class;
  }

  /** Never prints the customer's text. */
  @Override
  public String toString() {
    return "ReadReply[" + tenant.value() + ", " + text.length() + " chars, " + receivedOn + "]";
  }
}
