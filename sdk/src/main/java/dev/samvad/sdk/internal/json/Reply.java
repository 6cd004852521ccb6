package dev.samvad.sdk.internal.json;

import org.jspecify.annotations.Nullable;

/**
 * What an endpoint answers on success: a status and a value the API serialises as JSON.
 *
 * @param status a 2xx status
 * @param body the value to serialise, or null for no content
 */
public record Reply(int status, @Nullable Object body) {

  /** 200 with {@code body}. */
  public static Reply ok(Object body) {
    return new Reply(200, body);
  }

  /** 201 with {@code body}. */
  public static Reply created(Object body) {
    return new Reply(201, body);
  }
}
