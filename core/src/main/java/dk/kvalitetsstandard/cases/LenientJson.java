package dk.kvalitetsstandard.cases;

import dk.kvalitetsstandard.json.Json;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Binds JSON with the shared mapper into a lenient mirror type (every field nullable) and records
 * every problem Jackson meets with its JSON path, instead of stopping at the first: unknown fields,
 * malformed or impossible dates, unknown enum values, wrong JSON types, malformed JSON. A problem
 * never repeats a CPR number. Stateless and thread-safe.
 */
public final class LenientJson {

  private static final Pattern CPR_LIKE = Pattern.compile("\\d{6}-?\\d{4}");

  private LenientJson() {}

  /**
   * Reads {@code json} into {@code type}, adding each problem to {@code problems}; returns null
   * where the document could not be read at all.
   */
  public static <T> T read(String json, Class<T> type, List<Problem> problems) {
    ObjectReader reader = Json.mapper().readerFor(type).withHandler(new Recorder(problems));
    try {
      return reader.readValue(json);
    } catch (StreamReadException e) {
      problems.add(new Problem("", "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()));
      return null;
    } catch (JacksonException e) {
      problems.add(new Problem(e.getPathReference() == null ? "" : e.getPathReference(), e.getOriginalMessage()));
      return null;
    }
  }

  /** {@code problem} with anything that looks like a CPR number masked. */
  public static Problem withoutCpr(Problem problem) {
    return new Problem(problem.path(), CPR_LIKE.matcher(problem.message()).replaceAll("**********"));
  }

  /** A JSON pointer as a path of the form {@code events[2].date}. */
  static String path(JsonPointer pointer) {
    StringBuilder path = new StringBuilder();
    for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
      if (p.mayMatchElement()) {
        path.append('[').append(p.getMatchingIndex()).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(p.getMatchingProperty());
      }
    }
    return path.toString();
  }

  private static String values(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
  }

  /** Records each problem Jackson meets, with its path, and lets reading go on with {@code null}. */
  private static final class Recorder extends DeserializationProblemHandler {
    private final List<Problem> problems;

    Recorder(List<Problem> problems) {
      this.problems = problems;
    }

    private String here(JsonParser p) {
      return path(p.streamReadContext().pathAsPointer());
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
        Object beanOrClass, String propertyName) {
      problems.add(new Problem(here(p), "unknown field '" + propertyName + "'"));
      p.skipChildren();
      return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value, String failureMsg) {
      String path = here(ctxt.getParser());
      String shown = path.endsWith("cpr") ? "the value" : "'" + value + "'";
      if (targetType == LocalDate.class) {
        problems.add(new Problem(path, shown + " is not a date of the form YYYY-MM-DD that exists in the calendar"));
      } else if (targetType.isEnum()) {
        problems.add(new Problem(path, shown + " is not one of " + values(targetType)));
      } else {
        problems.add(new Problem(path, shown + " is not " + kindOf(targetType)));
      }
      return null;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value, String failureMsg) {
      problems.add(new Problem(here(ctxt.getParser()), value + " is not " + kindOf(targetType)));
      return null;
    }

    private static String kindOf(Class<?> type) {
      if (type == Integer.class || type == int.class) {
        return "a whole number";
      }
      if (type == Boolean.class || type == boolean.class) {
        return "true or false";
      }
      return "a valid " + type.getSimpleName();
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken token, JsonParser p,
        String failureMsg) {
      problems.add(new Problem(here(p), "expected " + describe(targetType) + ", found " + describe(token)));
      p.skipChildren();
      return null;
    }

    private static String describe(JavaType type) {
      if (type.isCollectionLikeType()) {
        return "an array";
      }
      Class<?> raw = type.getRawClass();
      if (raw == String.class || raw.isEnum() || raw == LocalDate.class) {
        return "a string";
      }
      if (raw == Integer.class || raw == int.class) {
        return "a whole number";
      }
      if (raw == Boolean.class || raw == boolean.class) {
        return "true or false";
      }
      return "an object";
    }

    private static String describe(JsonToken token) {
      return switch (token) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        case VALUE_STRING -> "a string";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
        case VALUE_TRUE, VALUE_FALSE -> "a boolean";
        case VALUE_NULL -> "null";
        default -> token.name().toLowerCase(java.util.Locale.ROOT);
      };
    }
  }

}
