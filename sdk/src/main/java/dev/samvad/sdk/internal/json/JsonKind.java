package dev.samvad.sdk.internal.json;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/** The JSON kinds a caller can get wrong, named the way an error message should name them. */
enum JsonKind {
  STRING("a string"),
  WHOLE_NUMBER("a whole number"),
  NUMBER("a number"),
  BOOLEAN("true or false"),
  OBJECT("an object"),
  ARRAY("an array"),
  NULL("null"),
  ABSENT("absent");

  private final String phrase;

  JsonKind(String phrase) {
    this.phrase = phrase;
  }

  String phrase() {
    return phrase;
  }

  /** True when a value of kind {@code actual} fits where this kind is expected. */
  boolean accepts(JsonKind actual) {
    return this == actual || (this == NUMBER && actual == WHOLE_NUMBER);
  }

  static JsonKind of(JsonNode node) {
    if (node.isMissingNode()) {
      return ABSENT;
    }
    JsonNodeType type = node.getNodeType();
    return switch (type) {
      case STRING, BINARY -> STRING;
      case NUMBER -> node.isIntegralNumber() ? WHOLE_NUMBER : NUMBER;
      case BOOLEAN -> BOOLEAN;
      case OBJECT, POJO -> OBJECT;
      case ARRAY -> ARRAY;
      case NULL, MISSING -> NULL;
    };
  }

  /** The kind a Java type is written as in JSON, when it is clear. */
  static Optional<JsonKind> expectedFor(Class<?> type) {
    Optional<Class<?>> written = jsonValueType(type);
    if (written.isPresent()) {
      // Typed ids, LanguageForm and the like are written as the value of their @JsonValue.
      return expectedFor(written.get());
    }
    if (type == String.class
        || CharSequence.class.isAssignableFrom(type)
        || type.isEnum()
        || type == Character.class
        || type == char.class
        || Temporal.class.isAssignableFrom(type)
        || TemporalAmount.class.isAssignableFrom(type)
        || type == java.time.ZoneId.class
        || type == Currency.class) {
      return Optional.of(STRING);
    }
    if (type == int.class
        || type == long.class
        || type == short.class
        || type == byte.class
        || type == Integer.class
        || type == Long.class
        || type == Short.class
        || type == Byte.class
        || type == BigInteger.class) {
      return Optional.of(WHOLE_NUMBER);
    }
    if (type == double.class
        || type == float.class
        || type == Double.class
        || type == Float.class
        || type == BigDecimal.class
        || type == Number.class) {
      return Optional.of(NUMBER);
    }
    if (type == boolean.class || type == Boolean.class) {
      return Optional.of(BOOLEAN);
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return Optional.of(ARRAY);
    }
    if (Map.class.isAssignableFrom(type)
        || com.fasterxml.jackson.databind.node.ObjectNode.class.isAssignableFrom(type)) {
      return Optional.of(OBJECT);
    }
    if (type.isPrimitive() || type.getName().startsWith("java.")) {
      return Optional.empty();
    }
    return Optional.of(OBJECT);
  }

  private static Optional<Class<?>> jsonValueType(Class<?> type) {
    if (type.isPrimitive() || type.getName().startsWith("java.")) {
      return Optional.empty();
    }
    for (Method m : type.getMethods()) {
      JsonValue value = m.getAnnotation(JsonValue.class);
      if (value != null
          && value.value()
          && m.getParameterCount() == 0
          && m.getReturnType() != type) {
        return Optional.of(m.getReturnType());
      }
    }
    return Optional.empty();
  }
}
