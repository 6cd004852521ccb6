package dev.samvad.deepseek.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned prompt loaded from {@code dev/samvad/deepseek/prompts/NAME.vN.txt}: a fixed system
 * part (the same bytes on every call, so the service's prefix cache serves it) and a user template
 * whose {@code {{name}}} placeholders are filled in one pass (a value is never scanned for
 * placeholders again). The untrusted text goes last, between two delimiter lines that carry a
 * per-call random nonce.
 *
 * @param name the prompt's name, e.g. {@code read-reply}
 * @param version e.g. {@code v1}; part of every cache key
 * @param system the fixed instructions
 * @param userTemplate the user message before the fenced text
 */
public record PromptTemplate(String name, String version, String system, String userTemplate) {
  private static final String USER_MARKER = "=== user ===";
  private static final String SYSTEM_MARKER = "=== system ===";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

  /** Loads {@code name.version.txt} from the adapter's resources. */
  public static PromptTemplate load(String name, String version) {
    String path = "/dev/samvad/deepseek/prompts/" + name + "." + version + ".txt";
    try (InputStream in = PromptTemplate.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing prompt resource " + path);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
      int s = text.indexOf(SYSTEM_MARKER);
      int u = text.indexOf(USER_MARKER);
      if (s < 0 || u < s) {
        throw new IllegalStateException(
            path + ": needs '" + SYSTEM_MARKER + "' then '" + USER_MARKER + "'");
      }
      String system = text.substring(s + SYSTEM_MARKER.length(), u).strip();
      String user = text.substring(u + USER_MARKER.length()).strip();
      if (!system.toLowerCase(java.util.Locale.ROOT).contains("json")) {
        throw new IllegalStateException(path + ": JSON mode needs the word json in the prompt");
      }
      return new PromptTemplate(name, version, system, user);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code name.version}, e.g. {@code read-reply.v1}. */
  public String id() {
    return name + "." + version;
  }

  /**
   * The user message: the template with {@code values} filled in, then the fenced {@code untrusted}
   * text as the very last thing.
   *
   * @throws IllegalArgumentException when a placeholder has no value
   */
  public String user(Map<String, String> values, String untrusted, String nonce) {
    Matcher m = PLACEHOLDER.matcher(userTemplate);
    StringBuilder out = new StringBuilder(userTemplate.length() + untrusted.length() + 128);
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException(id() + ": no value for {{" + m.group(1) + "}}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    out.append("\n\n")
        .append(openDelimiter(nonce))
        .append('\n')
        .append(untrusted)
        .append('\n')
        .append(closeDelimiter(nonce));
    return out.toString();
  }

  /** The line that opens the untrusted text. */
  public static String openDelimiter(String nonce) {
    return "<<<UNTRUSTED_TEXT " + nonce + ">>>";
  }

  /** The line that closes the untrusted text. */
  public static String closeDelimiter(String nonce) {
    return "<<<END_UNTRUSTED_TEXT " + nonce + ">>>";
  }
}
