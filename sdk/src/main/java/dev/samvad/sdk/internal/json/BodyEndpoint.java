package dev.samvad.sdk.internal.json;

/**
 * An endpoint that takes a request body bound to {@code T}.
 *
 * @param <T> the body's type
 */
@FunctionalInterface
public interface BodyEndpoint<T> {
  /** Answers a call whose body was bound to {@code body}. */
  Reply handle(Call call, T body);
}
