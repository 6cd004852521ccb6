package dev.samvad.examples;

/**
 * How output is dressed: ANSI bold and dim only when standard output is an interactive terminal
 * that has not asked for plain text ({@code NO_COLOR}, {@code TERM=dumb}). Pipes, files and tests
 * get plain text.
 */
public record Terminal(boolean colour) {
  /** Plain text. */
  public static final Terminal PLAIN = new Terminal(false);

  /** What the current process's standard output can show. */
  public static Terminal detect() {
    boolean interactive = System.console() != null;
    boolean refused = System.getenv("NO_COLOR") != null || "dumb".equals(System.getenv("TERM"));
    return new Terminal(interactive && !refused);
  }

  /** {@code text} in bold, when colour is on. */
  public String bold(String text) {
    return colour ? "\u001b[1m" + text + "\u001b[0m" : text;
  }

  /** {@code text} dimmed, when colour is on. */
  public String dim(String text) {
    return colour ? "\u001b[2m" + text + "\u001b[0m" : text;
  }
}
