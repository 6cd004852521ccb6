package dev.samvad.storage.jdbc;

import dev.samvad.api.ConflictException;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.PermissionDeniedException;
import dev.samvad.api.UnavailableException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link SQLException} into the exception a host can act on, by its SQLSTATE: retry the
 * work (serialisation failure, deadlock), the database is unreachable or the connection was lost
 * ({@link UnavailableException}), a unique key is taken ({@link ConflictException} {@code
 * ALREADY_EXISTS}), a value the database cannot hold ({@link InvalidInputException}); anything else
 * means Samvad's SQL or schema is wrong, an {@link IllegalStateException}.
 */
final class SqlFailures {
  private SqlFailures() {}

  static boolean retryable(@Nullable String state) {
    return "40001".equals(state) || "40P01".equals(state);
  }

  /** The connection is gone or unusable: class 08, or the server shut the session down (57P0x). */
  static boolean connectionLost(SQLException e) {
    String state = e.getSQLState();
    return e instanceof SQLNonTransientConnectionException
        || e instanceof SQLTransientConnectionException
        || e instanceof SQLRecoverableException
        || (state != null
            && (state.startsWith("08")
                || state.equals("57P01")
                || state.equals("57P02")
                || state.equals("57P03")));
  }

  /** The exception to throw for {@code e}, met while {@code doing} something. */
  static RuntimeException translate(String doing, SQLException e) {
    String state = e.getSQLState();
    if (retryable(state)) {
      return new RetryableFailure(doing, e);
    }
    if (connectionLost(e)) {
      return new UnavailableException(
          "lost the connection to PostgreSQL while "
              + doing
              + " (SQLSTATE "
              + state
              + "); the unit of work was not committed, retry it",
          e);
    }
    if (state == null) {
      return new IllegalStateException("PostgreSQL failed while " + doing + ": " + e, e);
    }
    if (state.equals("23505")) {
      return new ConflictException(
          ErrorCode.ALREADY_EXISTS, "a unique key is already taken (" + e.getMessage() + ")");
    }
    if (state.equals("42501")) {
      return new PermissionDeniedException(
          ErrorCode.PERMISSION_DENIED,
          "PostgreSQL refused "
              + doing
              + ": "
              + e.getMessage()
              + " (check the grants and row-level security of docs/storage.md)");
    }
    if (state.equals("22021") || state.equals("22P05") || state.equals("22008")) {
      // NUL characters, unsupported escapes, timestamps outside PostgreSQL's range.
      return new InvalidInputException(
          "value", "cannot be stored by PostgreSQL: " + firstLine(e.getMessage()));
    }
    if (state.startsWith("53") || state.equals("55P03") || state.equals("57014")) {
      // Out of resources, lock not available, statement timeout or cancel: worth a later retry.
      return new UnavailableException(
          "PostgreSQL could not finish " + doing + " (SQLSTATE " + state + "); retry later", e);
    }
    return new IllegalStateException(
        "PostgreSQL rejected " + doing + " (SQLSTATE " + state + "): " + e.getMessage(), e);
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "no message";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
