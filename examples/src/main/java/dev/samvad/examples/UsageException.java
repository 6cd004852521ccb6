package dev.samvad.examples;

/** The command line cannot be understood; the message says what is wrong with it. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A usage error with a one-line explanation. */
  public UsageException(String message) {
    super(message);
  }
}
