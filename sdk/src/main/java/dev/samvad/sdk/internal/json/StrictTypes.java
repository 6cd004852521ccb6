package dev.samvad.sdk.internal.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Makes a string field refuse numbers and booleans. Jackson turns {@code 5} into {@code "5"} by
 * default even when scalar coercion is off; a caller who sends a number where the API documents a
 * string has made a mistake worth a {@code WRONG_TYPE} answer, not a silent conversion.
 */
final class StrictTypes {
  private StrictTypes() {}

  static ObjectMapper apply(ObjectMapper mapper) {
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }
}
