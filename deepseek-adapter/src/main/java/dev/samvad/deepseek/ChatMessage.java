package dev.samvad.deepseek;

import java.util.Objects;

/**
 * One message of a chat completion request.
 *
 * @param role who speaks
 * @param content the text
 */
public record ChatMessage(Role role, String content) {

  /** Who speaks. */
  public enum Role {
    /** Fixed instructions. */
    SYSTEM,
    /** The task input. */
    USER,
    /** A previous model answer. */
    ASSISTANT;

    /** The wire name. */
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ChatMessage {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
  }

  /** A system message. */
  public static ChatMessage system(String content) {
    return new ChatMessage(Role.SYSTEM, content);
  }

  /** A user message. */
  public static ChatMessage user(String content) {
    return new ChatMessage(Role.USER, content);
  }

  /** Never prints the content, which may be customer text. */
  @Override
  public String toString() {
    return "ChatMessage[" + role.wireName() + ", " + content.length() + " chars]";
  }
}
