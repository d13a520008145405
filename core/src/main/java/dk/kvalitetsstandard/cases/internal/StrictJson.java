package dk.kvalitetsstandard.cases.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.problem.ProblemCode;
import dk.kvalitetsstandard.problem.internal.Problems;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.ObjectReader;

/**
 * Reads JSON strictly into a mirror type whose fields are all nullable (a record of strings, whole
 * numbers, booleans, dates, amounts, enums, nested records, lists and enum-keyed maps), and records
 * every problem with its JSON path instead of stopping at the first. Used by the library's readers
 * of case files and questions.
 *
 * <p>Jackson's parser reads the document token by token; each value is checked against the shape
 * of the mirror type and, where it has the right shape, bound at once: a string, a whole number, a
 * boolean, a date, an amount, an enum constant, a list (a refused element left null, so the others
 * keep their indices), a map in document order, a record made with its canonical constructor from
 * the fields given (null where a field is missing or refused). What the check refuses, and never
 * reinterprets:
 *
 * <ul>
 *   <li>a key given twice in one object (every repetition is named);
 *   <li>an unknown key;
 *   <li>a whole number written with a fraction or an exponent ({@code 17.99}, {@code 17.0}), as a
 *       string ({@code "17"}), or outside the range of a whole number;
 *   <li>a date that is not a string of the form {@code YYYY-MM-DD} naming a day of the calendar
 *       (not an array, not a number, not a date with a time or a sign);
 *   <li>a value of the wrong JSON type (a string for a boolean, an array for an object, …);
 *   <li>null in a list or as a map value;
 *   <li>malformed JSON, a document longer than {@link Json#MAX_DOCUMENT_LENGTH} characters or
 *       nested deeper than {@link Json#MAX_NESTING_DEPTH}, numbers of more than 1000 digits.
 * </ul>
 *
 * <p>Null for a field counts as not given. A problem's path and message never show a CPR-like value
 * (see {@link Problem}) and never name a Java type. Reading takes time linear in the length of the
 * document. Stateless and thread-safe.
 */
public final class StrictJson {

  /**
   * The result of a reading.
   *
   * <p>This record is immutable if its value is, and its key set cannot be modified.
   *
   * @param <T> the mirror type
   * @param value the mirror bound from the values that passed the check; null where the document
   *     could not be read at all
   * @param keys the keys of the document's top-level object, in document order, for a reader that
   *     wants to tell one kind of document from another
   */
  public record Reading<T>(T value, Set<String> keys) {

    /**
     * Creates the result of a reading, copying the keys.
     *
     * @param value the mirror bound from the values that passed the check; null where the document
     *     could not be read at all
     * @param keys the keys of the document's top-level object, in document order, not null
     */
    public Reading {
      keys = Collections.unmodifiableSet(new LinkedHashSet<>(keys));
    }
  }

  private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,59}");

  /** Amounts beyond ten to this power, in either direction, are refused before anything computes with them. */
  private static final int MAX_DECIMAL_EXPONENT = 100;

  /** The shared mapper's reader with duplicate keys let through, so that the check names each one. */
  private static final ObjectReader PARSERS = Json.mapper().reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return Shape.of(type);
    }
  };

  private StrictJson() {}

  /**
   * Reads a JSON document into a mirror type, adding each problem to a list.
   *
   * <p>The reading's value is bound from the values that passed the check, so it may be present
   * even when problems were added; a field whose value was refused is null in it.
   *
   * @param <T> the mirror type
   * @param json the JSON document, not null
   * @param type the mirror type: a record whose fields are all of the kinds the class description
   *     names, not null
   * @param document what the document is, for messages: "case file", "question"
   * @param problems the list each problem is added to, not null and modifiable
   * @return the reading, not null; its value is null where the document could not be read at all
   *     (malformed JSON, beyond a limit the class description names, or not a single JSON
   *     object)
   * @throws IllegalArgumentException if the check meets a field of {@code type} that is of none of
   *     those kinds
   */
  public static <T> Reading<T> read(String json, Class<T> type, String document, List<Problem> problems) {
    if (json.length() > Json.MAX_DOCUMENT_LENGTH) {
      problems.add(Problems.of("", ProblemCode.DOCUMENT_TOO_LONG, json.length(), Json.MAX_DOCUMENT_LENGTH));
      return new Reading<>(null, Set.of());
    }
    Walker walker = new Walker(json, problems);
    Object value = walker.document(SHAPES.get(type), document);
    return new Reading<>(type.cast(value), walker.keys);
  }

  /** The values a mirror type's fields may take. */
  private sealed interface Shape {

    /** What a message says is expected here. */
    Problems.Phrase expected();

    static Shape of(Type type) {
      if (type instanceof ParameterizedType p) {
        Type[] args = p.getActualTypeArguments();
        if (p.getRawType() == List.class) {
          return new ListOf(of(args[0]));
        }
        if (p.getRawType() == Map.class && args[0] instanceof Class<?> key && key.isEnum()) {
          return new MapOf(Scalar.ofEnum(key), of(args[1]));
        }
        throw new IllegalArgumentException("no JSON shape for " + type);
      }
      Class<?> c = (Class<?>) type;
      if (c.isRecord()) {
        return new Obj(c);
      }
      return Scalar.of(c);
    }
  }

  /**
   * A record: its fields by JSON name, and its canonical constructor. Field shapes are resolved
   * when first needed.
   */
  private static final class Obj implements Shape {
    private final Map<String, Integer> indexes = new java.util.HashMap<>();
    private final Type[] types;
    /** The value of each component where the document does not give it: null, or a primitive's zero. */
    private final Object[] absent;
    private final Constructor<?> canonical;
    private final Map<String, Field> fields = new java.util.concurrent.ConcurrentHashMap<>();

    Obj(Class<?> record) {
      RecordComponent[] components = record.getRecordComponents();
      types = new Type[components.length];
      absent = new Object[components.length];
      Class<?>[] parameters = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        RecordComponent component = components[i];
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        indexes.put(renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName(), i);
        types[i] = component.getGenericType();
        parameters[i] = component.getType();
        absent[i] = component.getType() == int.class ? (Object) 0 : component.getType() == boolean.class ? false : null;
      }
      try {
        canonical = record.getDeclaredConstructor(parameters);
        canonical.setAccessible(true);
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException("no canonical constructor in " + record, e);
      }
    }

    /** The field of this JSON name; null where the record has none. */
    Field field(String name) {
      Field known = fields.get(name);
      if (known != null) {
        return known;
      }
      Integer index = indexes.get(name);
      return index == null ? null : fields.computeIfAbsent(name, n -> new Field(index, Shape.of(types[index])));
    }

    /** Values for each component, every one as if not given. */
    Object[] absentValues() {
      return absent.clone();
    }

    /** The record of these component values. */
    Object make(Object[] values) {
      try {
        return canonical.newInstance(values);
      } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
        // Every value was checked against the mirror's shape, so making the record cannot fail on the input.
        throw new IllegalStateException("a checked document did not bind to its mirror type", e);
      }
    }

    @Override
    public Problems.Phrase expected() {
      return Problems.phrase("kind.object");
    }
  }

  /** A field of a record: the index of its component and its shape. */
  private record Field(int index, Shape shape) {}

  private record ListOf(Shape element) implements Shape {
    @Override
    public Problems.Phrase expected() {
      return Problems.phrase("kind.array");
    }
  }

  private record MapOf(Scalar key, Shape value) implements Shape {
    @Override
    public Problems.Phrase expected() {
      return Problems.phrase("kind.object");
    }
  }

  private enum Kind { STRING, WHOLE, BOOLEAN, DATE, DECIMAL, ENUM }

  private record Scalar(Kind kind, Map<String, Object> constants) implements Shape {

    static Scalar of(Class<?> c) {
      if (c == String.class) {
        return new Scalar(Kind.STRING, Map.of());
      }
      if (c == Integer.class || c == int.class) {
        return new Scalar(Kind.WHOLE, Map.of());
      }
      if (c == Boolean.class || c == boolean.class) {
        return new Scalar(Kind.BOOLEAN, Map.of());
      }
      if (c == LocalDate.class) {
        return new Scalar(Kind.DATE, Map.of());
      }
      if (c == BigDecimal.class) {
        return new Scalar(Kind.DECIMAL, Map.of());
      }
      if (c.isEnum()) {
        return ofEnum(c);
      }
      throw new IllegalArgumentException("no JSON shape for " + c);
    }

    static Scalar ofEnum(Class<?> c) {
      return new Scalar(Kind.ENUM, Arrays.stream(c.getEnumConstants()).map(e -> (Enum<?>) e)
          .collect(Collectors.toMap(Enum::name, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
    }

    @Override
    public Problems.Phrase expected() {
      return Problems.phrase(switch (kind) {
        case STRING, ENUM -> "kind.string";
        case WHOLE -> "kind.whole";
        case BOOLEAN -> "kind.true-or-false";
        case DATE -> "kind.date";
        case DECIMAL -> "kind.number";
      });
    }

    String values() {
      return String.join(", ", constants.keySet());
    }
  }

  /** A place in the document, rendered only when a problem needs it. */
  private record Path(Path parent, String key, int index) {

    static final Path ROOT = new Path(null, null, -1);

    Path key(String name) {
      return new Path(this, name, -1);
    }

    Path index(int i) {
      return new Path(this, null, i);
    }

    /**
     * {@code events[2].date}; a key that is not a plain name (digits, dots, spaces, …) is written
     * {@code ["…"]}, so that it never reads as an array index or as two keys.
     */
    String render() {
      if (parent == null) {
        return "";
      }
      String before = parent.render();
      if (key == null) {
        return before + "[" + index + "]";
      }
      if (SIMPLE_KEY.matcher(key).matches()) {
        return before.isEmpty() ? key : before + "." + key;
      }
      return before + "[\"" + Problem.shown(key.replace("\\", "\\\\").replace("\"", "\\\"")) + "\"]";
    }
  }

  /** One pass over one document. */
  private static final class Walker {
    private final String json;
    private final List<Problem> problems;
    private final Set<String> keys = new LinkedHashSet<>();
    private JsonParser parser;

    Walker(String json, List<Problem> problems) {
      this.json = json;
      this.problems = problems;
    }

    Object document(Shape shape, String document) {
      try (JsonParser p = PARSERS.createParser(json)) {
        parser = p;
        JsonToken first = p.nextToken();
        if (first == null) {
          problems.add(Problems.of("", ProblemCode.EMPTY_DOCUMENT, Problems.article(document)));
          return null;
        }
        if (first != JsonToken.START_OBJECT) {
          problems.add(Problems.of("", ProblemCode.NOT_AN_OBJECT, Problems.article(document), found(first)));
          return null;
        }
        Object value = value(shape, Path.ROOT);
        if (p.nextToken() != null) {
          problems.add(Problems.of("", ProblemCode.TRAILING_CONTENT, at(p.currentTokenLocation())));
          return null;
        }
        return value;
      } catch (StreamConstraintsException e) {
        problems.add(limit(e));
      } catch (UnexpectedEndOfInputException e) {
        problems.add(Problems.of("", ProblemCode.MALFORMED, at(e.getLocation()), Problems.phrase("unexpected.end")));
      } catch (StreamReadException e) {
        problems.add(Problems.of("", ProblemCode.MALFORMED, at(e.getLocation()), unexpected(e.getLocation())));
      } catch (JacksonException e) {
        problems.add(Problems.variant("", ProblemCode.MALFORMED, "unreadable", at(e.getLocation())));
      }
      return null;
    }

    /** The value at the current token, checked against {@code shape}; null if it is null or refused. */
    private Object value(Shape shape, Path path) {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (shape instanceof Scalar scalar) {
        return scalar(scalar, path, token);
      }
      if (shape instanceof ListOf list) {
        return token == JsonToken.START_ARRAY ? list(list, path) : wrongType(shape, path, token);
      }
      if (token != JsonToken.START_OBJECT) {
        return wrongType(shape, path, token);
      }
      return shape instanceof Obj obj ? object(obj, path) : map((MapOf) shape, path);
    }

    private Object object(Obj shape, Path path) {
      Object[] values = shape.absentValues();
      // The keys seen so far: a field's by its index, an unknown key (rare) by its name.
      boolean[] given = new boolean[values.length];
      Set<String> unknown = null;
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        Path at = path.key(name);
        if (path == Path.ROOT) {
          keys.add(name);
        }
        parser.nextToken();
        Field field = shape.field(name);
        boolean first;
        if (field != null) {
          first = !given[field.index()];
          given[field.index()] = true;
        } else {
          unknown = unknown == null ? new HashSet<>() : unknown;
          first = unknown.add(name);
        }
        if (!first) {
          problems.add(Problems.of(at.render(), ProblemCode.DUPLICATE_KEY, Problem.quote(name)));
          parser.skipChildren();
          continue;
        }
        if (field == null) {
          problems.add(Problems.of(at.render(), ProblemCode.UNKNOWN_FIELD, Problem.quote(name)));
          parser.skipChildren();
          continue;
        }
        Object value = value(field.shape(), at);
        if (value != null) {
          values[field.index()] = value;
        }
      }
      return shape.make(values);
    }

    private List<Object> list(ListOf shape, Path path) {
      List<Object> list = new ArrayList<>();
      int index = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        Path at = path.index(index++);
        Object element = null;
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
          problems.add(Problems.of(at.render(), ProblemCode.WRONG_TYPE, shape.element().expected(), Problems.phrase("kind.null")));
        } else {
          element = value(shape.element(), at);
        }
        // A refused element stays as null, so that the elements after it keep their indices.
        list.add(element);
      }
      return list;
    }

    private Map<Object, Object> map(MapOf shape, Path path) {
      Map<Object, Object> map = new LinkedHashMap<>();
      Set<String> seen = new HashSet<>();
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        Path at = path.key(name);
        parser.nextToken();
        if (!seen.add(name)) {
          problems.add(Problems.of(at.render(), ProblemCode.DUPLICATE_KEY, Problem.quote(name)));
          parser.skipChildren();
        } else if (!shape.key().constants().containsKey(name)) {
          problems.add(Problems.of(at.render(), ProblemCode.NOT_ONE_OF, Problem.quote(name), shape.key().values()));
          parser.skipChildren();
        } else if (parser.currentToken() == JsonToken.VALUE_NULL) {
          problems.add(Problems.of(at.render(), ProblemCode.WRONG_TYPE, shape.value().expected(), Problems.phrase("kind.null")));
        } else {
          Object value = value(shape.value(), at);
          if (value != null) {
            map.put(shape.key().constants().get(name), value);
          }
        }
      }
      return map;
    }

    private Object scalar(Scalar shape, Path path, JsonToken token) {
      return switch (shape.kind()) {
        case STRING -> token == JsonToken.VALUE_STRING ? parser.getString() : wrongType(shape, path, token);
        case BOOLEAN -> token.isBoolean() ? (Object) (token == JsonToken.VALUE_TRUE)
            : token == JsonToken.VALUE_STRING && ("true".equals(parser.getString()) || "false".equals(parser.getString()))
                ? refuse(path, ProblemCode.WRONG_TYPE, "quoted-boolean", Problem.quote(parser.getString()))
                : wrongType(shape, path, token);
        case WHOLE -> whole(shape, path, token);
        case DATE -> date(shape, path, token);
        case DECIMAL -> decimal(shape, path, token);
        case ENUM -> {
          if (token != JsonToken.VALUE_STRING) {
            yield wrongType(shape, path, token);
          }
          String text = parser.getString();
          Object constant = shape.constants().get(text);
          yield constant != null ? constant : refuse(path, ProblemCode.NOT_ONE_OF, null, Problem.quote(text), shape.values());
        }
      };
    }

    private Object whole(Scalar shape, Path path, JsonToken token) {
      if (token == JsonToken.VALUE_NUMBER_INT) {
        if (parser.getNumberType() == JsonParser.NumberType.INT) {
          return parser.getIntValue();
        }
        return refuse(path, ProblemCode.NUMBER_OUT_OF_RANGE, "whole", Problem.shown(parser.getText()));
      }
      if (token == JsonToken.VALUE_NUMBER_FLOAT) {
        return refuse(path, ProblemCode.WRONG_TYPE, "fraction", Problem.shown(parser.getText()));
      }
      if (token == JsonToken.VALUE_STRING) {
        String text = parser.getString();
        return refuse(path, ProblemCode.WRONG_TYPE, text.matches("-?[0-9]{1,9}") ? "quoted-whole" : "not-whole",
            Problem.quote(text));
      }
      return wrongType(shape, path, token);
    }

    private Object date(Scalar shape, Path path, JsonToken token) {
      if (token != JsonToken.VALUE_STRING) {
        return wrongType(shape, path, token);
      }
      String text = parser.getString();
      LocalDate date = isoDate(text);
      return date != null ? date : refuse(path, ProblemCode.NOT_A_DATE, null, Problem.quote(text));
    }

    /**
     * The date {@code text} names in the form {@code YYYY-MM-DD} (ASCII digits), where that day
     * exists in the calendar; else null. As {@link LocalDate#parse} of exactly that form, without
     * its general parsing machinery.
     */
    private static LocalDate isoDate(String text) {
      if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
        return null;
      }
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year < 0 || month < 0 || day < 0) {
        return null;
      }
      try {
        return LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        return null;
      }
    }

    /** The number the ASCII digits from {@code start} to {@code end} write; -1 if any is not one. */
    private static int digits(String text, int start, int end) {
      int value = 0;
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }

    private Object decimal(Scalar shape, Path path, JsonToken token) {
      if (!token.isNumeric()) {
        return token == JsonToken.VALUE_STRING ? refuse(path, ProblemCode.WRONG_TYPE, "not-number", Problem.quote(parser.getString()))
            : wrongType(shape, path, token);
      }
      String text = parser.getText();
      try {
        BigDecimal value = new BigDecimal(text);
        if (value.signum() == 0) {
          return BigDecimal.ZERO;
        }
        long exponent = (long) value.precision() - value.scale() - 1;
        if (Math.abs(exponent) > MAX_DECIMAL_EXPONENT || value.scale() > MAX_DECIMAL_EXPONENT) {
          return refuse(path, ProblemCode.NUMBER_OUT_OF_RANGE, "decimal", Problem.shown(text));
        }
        return value;
      } catch (NumberFormatException | ArithmeticException e) {
        return refuse(path, ProblemCode.WRONG_TYPE, "unreadable-number", Problem.shown(text));
      }
    }

    private Object wrongType(Shape shape, Path path, JsonToken token) {
      parser.skipChildren();
      return refuse(path, ProblemCode.WRONG_TYPE, null, shape.expected(), found(token));
    }

    /** Records a problem of the value at {@code path}, worded by its code's text or one of its variants. */
    private Object refuse(Path path, ProblemCode code, String variant, Object... args) {
      problems.add(variant == null ? Problems.of(path.render(), code, args) : Problems.variant(path.render(), code, variant, args));
      return null;
    }



    private static Problems.Phrase found(JsonToken token) {
      return Problems.phrase(switch (token) {
        case START_OBJECT -> "kind.object";
        case START_ARRAY -> "kind.array";
        case VALUE_STRING -> "kind.string";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "kind.number";
        case VALUE_TRUE, VALUE_FALSE -> "kind.boolean";
        case VALUE_NULL -> "kind.null";
        default -> "kind.other";
      });
    }

    /** Where in the document, as a phrase that starts with a space; empty where the reader does not know. */
    private static Object at(TokenStreamLocation location) {
      if (location == null || location.getLineNr() < 1) {
        return "";
      }
      return Problems.phrase("at", location.getLineNr(), location.getColumnNr());
    }

    /** What stands at {@code location}, in words. */
    private Problems.Phrase unexpected(TokenStreamLocation location) {
      long offset = location == null ? -1 : location.getCharOffset();
      if (offset >= json.length()) {
        return Problems.phrase("unexpected.end");
      }
      if (offset < 0) {
        return Problems.phrase("unexpected.here");
      }
      char c = json.charAt((int) offset);
      if (Character.isISOControl(c)) {
        return Problems.phrase("unexpected.control", String.format("%04X", (int) c));
      }
      return Problems.phrase("unexpected.character", Problem.quote(String.valueOf(c)));
    }

    /** Which limit of the reader the document exceeds, in the project's words. */
    private static Problem limit(StreamConstraintsException e) {
      String m = String.valueOf(e.getMessage());
      Object at = at(e.getLocation());
      if (m.contains("nesting depth")) {
        return Problems.variant("", ProblemCode.READER_LIMIT, "depth", Json.MAX_NESTING_DEPTH, at);
      }
      if (m.contains("Number value length")) {
        return Problems.variant("", ProblemCode.READER_LIMIT, "number", at);
      }
      if (m.contains("Name length")) {
        return Problems.variant("", ProblemCode.READER_LIMIT, "key", at);
      }
      if (m.contains("String value length")) {
        return Problems.variant("", ProblemCode.READER_LIMIT, "string", at);
      }
      if (m.contains("Document length")) {
        return Problems.variant("", ProblemCode.READER_LIMIT, "document", Json.MAX_DOCUMENT_LENGTH, at);
      }
      return Problems.variant("", ProblemCode.READER_LIMIT, "other", at);
    }
  }
}
