package dev.samvad.examples;

/**
 * The exit codes of the {@code samvad} command. API calls map their HTTP-style status class onto 0,
 * 1 and 2 so a shell script can branch on the class; the rest follow BSD {@code sysexits.h}.
 */
public final class ExitCode {
  /** Success; every API call answered 2xx. */
  public static final int OK = 0;

  /** An API call answered 4xx (the request was wrong). */
  public static final int CLIENT_ERROR = 1;

  /** An API call answered 5xx (Samvad could not do it, or has not been built to yet). */
  public static final int SERVER_ERROR = 2;

  /** The command line was wrong: unknown command, bad flag, missing argument. */
  public static final int USAGE = 64;

  /** An input file named on the command line could not be read. */
  public static final int NO_INPUT = 66;

  /** A service Samvad needs, such as the database named with {@code --store}, is unreachable. */
  public static final int UNAVAILABLE = 69;

  /** Samvad itself failed (a defect); the message on standard error says where. */
  public static final int SOFTWARE = 70;

  private ExitCode() {}

  /** The exit code for one HTTP-style status: 0 for 2xx, 2 for 5xx, 1 for anything else. */
  public static int forStatus(int status) {
    if (status >= 200 && status < 300) {
      return OK;
    }
    return status >= 500 ? SERVER_ERROR : CLIENT_ERROR;
  }

  /** The worse of two exit codes from {@link #forStatus}. */
  public static int worse(int a, int b) {
    return Math.max(a, b);
  }
}
