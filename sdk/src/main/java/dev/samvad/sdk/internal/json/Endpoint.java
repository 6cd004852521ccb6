package dev.samvad.sdk.internal.json;

/** Answers the calls of one route after the generic checks have passed. */
@FunctionalInterface
public interface Endpoint {
  /**
   * Answers a call. May throw any {@link dev.samvad.api.SamvadException}; the API turns it into the
   * matching error response.
   */
  Reply handle(Call call);
}
