package dev.samvad.channel;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rendered words of one message, in the shape its channel needs. Samvad renders content before
 * it reaches a channel; a channel sends it as given and never rewrites it.
 */
public sealed interface MessageContent {

  /** The channel kind this content is shaped for. */
  ChannelKind kind();

  /**
   * The text the recipient reads or hears, for length and encoding checks: the body, the text or
   * the script. For a WhatsApp template it is the template's variables joined by spaces, since the
   * template's fixed text lives with the provider.
   */
  String readableText();

  /**
   * An e-mail.
   *
   * @param subject one line, 1 to 998 characters
   * @param body plain text, 1 to 100,000 characters
   */
  record Email(String subject, String body) implements MessageContent {
    /** Validates; throws {@link InvalidInputException} naming {@code content.subject} or body. */
    public Email {
      subject = Texts.required(subject, "content.subject", 998);
      if (subject.indexOf('\n') >= 0 || subject.indexOf('\r') >= 0) {
        throw new InvalidInputException("content.subject", "must be a single line");
      }
      body = Texts.required(body, "content.body", 100_000);
    }

    @Override
    public ChannelKind kind() {
      return ChannelKind.EMAIL;
    }

    @Override
    public String readableText() {
      return body;
    }
  }

  /**
   * An SMS text. Channels state their own, usually smaller, limit in {@link
   * ChannelCapabilities#maxTextLength()}.
   *
   * @param text 1 to 2,000 characters
   */
  record Sms(String text) implements MessageContent {
    /** Validates; throws {@link InvalidInputException} naming {@code content.text}. */
    public Sms {
      text = Texts.required(text, "content.text", 2_000);
    }

    @Override
    public ChannelKind kind() {
      return ChannelKind.SMS;
    }

    @Override
    public String readableText() {
      return text;
    }
  }

  /**
   * A pre-approved WhatsApp template: the only kind of WhatsApp message allowed outside the
   * customer's session window.
   *
   * @param templateName the approved template's name: 1 to 512 lower-case letters, digits and
   *     {@code _}
   * @param languageCode the template's language, such as {@code hi} or {@code en_US}
   * @param variables the values for {@code {{1}}}, {@code {{2}}}… in order; at most 100, each 1 to
   *     1,024 characters and not blank
   */
  record WhatsAppTemplate(String templateName, String languageCode, List<String> variables)
      implements MessageContent {
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,512}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?");

    /** Validates; throws {@link InvalidInputException} naming the offending field. */
    public WhatsAppTemplate {
      InvalidInputException.require(templateName, "content.templateName");
      if (!NAME.matcher(templateName).matches()) {
        throw new InvalidInputException(
            "content.templateName", "must be 1 to 512 lower-case letters, digits and '_'");
      }
      InvalidInputException.require(languageCode, "content.languageCode");
      if (!LANGUAGE.matcher(languageCode).matches()) {
        throw new InvalidInputException("content.languageCode", "must look like 'hi' or 'en_US'");
      }
      InvalidInputException.require(variables, "content.variables");
      if (variables.size() > 100) {
        throw new InvalidInputException("content.variables", "must hold at most 100 values");
      }
      for (int i = 0; i < variables.size(); i++) {
        Texts.required(variables.get(i), "content.variables[" + i + "]", 1_024);
      }
      variables = List.copyOf(variables);
    }

    @Override
    public ChannelKind kind() {
      return ChannelKind.WHATSAPP;
    }

    @Override
    public String readableText() {
      return String.join(" ", variables);
    }
  }

  /**
   * A free-form WhatsApp message, allowed only inside the customer's session window.
   *
   * @param text 1 to 4,096 characters
   */
  record WhatsAppText(String text) implements MessageContent {
    /** Validates; throws {@link InvalidInputException} naming {@code content.text}. */
    public WhatsAppText {
      text = Texts.required(text, "content.text", 4_096);
    }

    @Override
    public ChannelKind kind() {
      return ChannelKind.WHATSAPP;
    }

    @Override
    public String readableText() {
      return text;
    }
  }

  /**
   * What an automated call says, or what a person calling should say.
   *
   * @param script 1 to 10,000 characters
   */
  record VoiceScript(String script) implements MessageContent {
    /** Validates; throws {@link InvalidInputException} naming {@code content.script}. */
    public VoiceScript {
      script = Texts.required(script, "content.script", 10_000);
    }

    @Override
    public ChannelKind kind() {
      return ChannelKind.VOICE;
    }

    @Override
    public String readableText() {
      return script;
    }
  }

  /**
   * The body of a printed letter.
   *
   * @param body 1 to 100,000 characters
   */
  record Letter(String body) implements MessageContent {
    /** Validates; throws {@link InvalidInputException} naming {@code content.body}. */
    public Letter {
      body = Texts.required(body, "content.body", 100_000);
    }

    @Override
    public ChannelKind kind() {
      return ChannelKind.LETTER;
    }

    @Override
    public String readableText() {
      return body;
    }
  }
}
