package dev.samvad.sdk.internal.json.brief;

import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Normalisation shared by the brief's request records. */
final class Fields {
  private Fields() {}

  /** An absent list is empty; a null element is a missing field named by its index. */
  static <T> List<T> list(@Nullable List<T> values, String field) {
    if (values == null) {
      return List.of();
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new InvalidInputException(
            ErrorCode.MISSING_FIELD, field + "[" + i + "]", "must not be null");
      }
    }
    return List.copyOf(values);
  }
}
