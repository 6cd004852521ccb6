package dev.samvad.sdk.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds a parsed JSON body to a value type and turns every binding failure into an {@link
 * InvalidInputException} whose field is the path in the caller's document ({@code
 * contacts[0].phone}) and whose code says what kind of mistake it is: {@code MISSING_FIELD}, {@code
 * WRONG_TYPE} or {@code INVALID_INPUT}.
 */
final class Binder {
  private static final Logger LOG = LoggerFactory.getLogger(Binder.class);
  private static final int MAX_LISTED = 25;

  private final ObjectMapper mapper;

  Binder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  <T> T bind(ObjectNode body, Class<T> type) {
    if (type == ObjectNode.class || type == JsonNode.class) {
      return type.cast(body);
    }
    try {
      return mapper.treeToValue(body, type);
    } catch (JsonMappingException e) {
      throw translate(e, body);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("", "could not be read as " + type.getSimpleName());
    } catch (InvalidInputException e) {
      throw e;
    } catch (RuntimeException e) {
      // Whatever a value type throws on bad input is still bad input, but say nothing of its text.
      LOG.debug("binding {} failed", type.getSimpleName(), e);
      throw unwrapped(e).orElseGet(() -> new InvalidInputException("", "is not valid"));
    }
  }

  private InvalidInputException translate(JsonMappingException e, JsonNode body) {
    List<JsonMappingException.Reference> path = e.getPath();
    String field = pathText(path);
    JsonNode node = at(body, path);
    Optional<InvalidInputException> cause = unwrapped(e);
    if (cause.isPresent()) {
      InvalidInputException inner = cause.get();
      if (field.isEmpty()) {
        return inner;
      }
      // A failing object (a builder's check) names a field inside it; a failing scalar (an id, a
      // PIN) names itself under a generic name, and its place in the document is the better name.
      return node.isObject()
          ? inner.under(field)
          : new InvalidInputException(inner.code(), field, inner.problem());
    }
    if (e instanceof PropertyBindingException unknown) {
      return new InvalidInputException(
          field, "is not a field here" + known(unknown.getKnownPropertyIds()));
    }
    JsonKind actual = JsonKind.of(node);
    if (e instanceof InvalidNullException || actual == JsonKind.NULL || actual == JsonKind.ABSENT) {
      return new InvalidInputException(ErrorCode.MISSING_FIELD, field, "is required");
    }
    Class<?> target = targetType(e);
    Optional<JsonKind> expected = target == null ? Optional.empty() : JsonKind.expectedFor(target);
    if (expected.isPresent() && !expected.get().accepts(actual)) {
      return new InvalidInputException(
          ErrorCode.WRONG_TYPE,
          field,
          "must be " + expected.get().phrase() + ", was " + actual.phrase());
    }
    if (!(e instanceof InvalidFormatException)) {
      LOG.debug("binding failed at {}", field, e);
    }
    return new InvalidInputException(field, invalidValue(target));
  }

  private static String invalidValue(@Nullable Class<?> target) {
    if (target == null) {
      return "is not valid";
    }
    if (target.isEnum()) {
      String names =
          Arrays.stream(target.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
      return "must be one of " + names;
    }
    if (target == java.time.LocalDate.class) {
      return "must be a date like 2025-04-30";
    }
    if (target == java.time.Instant.class || target == java.time.OffsetDateTime.class) {
      return "must be a date-time with offset like 2025-04-30T10:15:00+05:30";
    }
    return "is not a valid " + target.getSimpleName();
  }

  private static @Nullable Class<?> targetType(JsonMappingException e) {
    if (e instanceof MismatchedInputException m) {
      return m.getTargetType();
    }
    return null;
  }

  private static String known(@Nullable Collection<Object> ids) {
    if (ids == null || ids.isEmpty()) {
      return "";
    }
    String list =
        ids.stream()
            .map(String::valueOf)
            .sorted()
            .limit(MAX_LISTED)
            .collect(Collectors.joining(", "));
    return "; known fields: " + list + (ids.size() > MAX_LISTED ? ", …" : "");
  }

  private static Optional<InvalidInputException> unwrapped(Throwable e) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 10; depth++) {
      if (t instanceof InvalidInputException found) {
        return Optional.of(found);
      }
      t = t.getCause();
    }
    return Optional.empty();
  }

  /** {@code contacts[0].phone} from Jackson's path. */
  static String pathText(List<JsonMappingException.Reference> path) {
    StringBuilder text = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      if (ref.getFieldName() != null) {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        text.append('[').append(ref.getIndex()).append(']');
      }
    }
    return text.toString();
  }

  private static JsonNode at(JsonNode root, List<JsonMappingException.Reference> path) {
    JsonNode node = root;
    for (JsonMappingException.Reference ref : path) {
      JsonNode next =
          ref.getFieldName() != null
              ? node.get(ref.getFieldName())
              : ref.getIndex() >= 0 ? node.get(ref.getIndex()) : node;
      if (next == null) {
        return MissingNode.getInstance();
      }
      node = next;
    }
    return node;
  }
}
