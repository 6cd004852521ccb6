package dev.samvad.culture;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import dev.samvad.culture.message.SmsCounter;
import java.util.List;
import java.util.Optional;

/**
 * A message ready for one channel, produced by {@link MessageRenderer}. Every variant says which
 * template language was used, how it was reached from the wanted one, and the intent. Immutable.
 *
 * <p>A host may also build one itself (say, from a language model's rewrite) to run it through
 * {@link MessageLint}.
 */
public sealed interface RenderedMessage
    permits RenderedMessage.Email,
        RenderedMessage.Sms,
        RenderedMessage.WhatsApp,
        RenderedMessage.Voice,
        RenderedMessage.Letter {

  /** The tag of the templates used, e.g. {@code hi-Latn}. */
  String templateLanguage();

  /** The tags tried from the wanted language to {@link #templateLanguage()}. */
  List<String> fallbackPath();

  /** What the message is for. */
  MessageIntent intent();

  /** The channel it is shaped for. */
  ChannelKind channel();

  /** Everything the recipient reads or hears, as one text (an e-mail's subject, then its body). */
  String text();

  /** An e-mail. */
  record Email(
      String subject,
      String body,
      String templateLanguage,
      List<String> fallbackPath,
      MessageIntent intent)
      implements RenderedMessage {
    /** Copies the path. */
    public Email {
      fallbackPath = List.copyOf(fallbackPath);
    }

    @Override
    public ChannelKind channel() {
      return ChannelKind.EMAIL;
    }

    @Override
    public String text() {
      return subject + "\n\n" + body;
    }
  }

  /**
   * An SMS with its length arithmetic.
   *
   * @param text the message
   * @param encoding GSM-7 when every character is in the GSM default alphabet, else UCS-2
   * @param segments how many messages the network bills
   * @param characters septets for GSM-7 (extension characters count two), UTF-16 code units for
   *     UCS-2
   */
  record Sms(
      String text,
      SmsEncoding encoding,
      int segments,
      int characters,
      String templateLanguage,
      List<String> fallbackPath,
      MessageIntent intent)
      implements RenderedMessage {
    /** Copies the path. */
    public Sms {
      fallbackPath = List.copyOf(fallbackPath);
    }

    /** An SMS of {@code text}, counted. */
    public static Sms of(
        String text, String templateLanguage, List<String> fallbackPath, MessageIntent intent) {
      SmsCounter.Count count = SmsCounter.count(text);
      return new Sms(
          text,
          count.encoding(),
          count.segments(),
          count.units(),
          templateLanguage,
          fallbackPath,
          intent);
    }

    @Override
    public ChannelKind channel() {
      return ChannelKind.SMS;
    }
  }

  /**
   * A WhatsApp message. Rendered messages are always template messages, as the WhatsApp Cloud API
   * takes them: the template's name and language code plus the body variables {@code {{1}}}, {@code
   * {{2}}}… in order. A free-form text (allowed only inside the 24-hour customer-service window)
   * has no template name.
   *
   * @param templateName the registered template's name, e.g. {@code
   *     samvad_gentle_overdue_semi_formal_hi}; empty for free-form text
   * @param languageCode the template's WhatsApp language code, e.g. {@code hi}
   * @param variables the body variables in the order their placeholders appear
   * @param preview the text the customer will see
   */
  record WhatsApp(
      Optional<String> templateName,
      String languageCode,
      List<String> variables,
      String preview,
      String templateLanguage,
      List<String> fallbackPath,
      MessageIntent intent)
      implements RenderedMessage {
    /** Copies the lists. */
    public WhatsApp {
      InvalidInputException.require(templateName, "templateName");
      variables = List.copyOf(variables);
      fallbackPath = List.copyOf(fallbackPath);
    }

    /** A free-form (session) message: no template, no variables. */
    public static WhatsApp freeForm(String text, String templateLanguage, MessageIntent intent) {
      return new WhatsApp(
          Optional.empty(),
          templateLanguage,
          List.of(),
          text,
          templateLanguage,
          List.of(templateLanguage),
          intent);
    }

    /** True for a template message, which may be sent outside the 24-hour window. */
    public boolean isTemplate() {
      return templateName.isPresent();
    }

    @Override
    public ChannelKind channel() {
      return ChannelKind.WHATSAPP;
    }

    @Override
    public String text() {
      return preview;
    }
  }

  /** A short script for an automated call or for the person who calls. */
  record Voice(
      String script, String templateLanguage, List<String> fallbackPath, MessageIntent intent)
      implements RenderedMessage {
    /** Copies the path. */
    public Voice {
      fallbackPath = List.copyOf(fallbackPath);
    }

    @Override
    public ChannelKind channel() {
      return ChannelKind.VOICE;
    }

    @Override
    public String text() {
      return script;
    }
  }

  /** A printed letter; its body is the e-mail body. */
  record Letter(
      String body, String templateLanguage, List<String> fallbackPath, MessageIntent intent)
      implements RenderedMessage {
    /** Copies the path. */
    public Letter {
      fallbackPath = List.copyOf(fallbackPath);
    }

    @Override
    public ChannelKind channel() {
      return ChannelKind.LETTER;
    }

    @Override
    public String text() {
      return body;
    }
  }
}
