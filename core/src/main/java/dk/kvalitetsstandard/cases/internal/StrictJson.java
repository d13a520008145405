package dk.kvalitetsstandard.cases.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.problem.ProblemCode;
import dk.kvalitetsstandard.problem.internal.Problems;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads JSON strictly into a mirror type whose fields are all nullable (a record of strings, whole
 * numbers, booleans, dates, amounts, enums, nested records, lists and enum-keyed maps), and records
 * every problem with its JSON path instead of stopping at the first. Used by the library's readers
 * of case files and questions.
 *
 * <p>Jackson's parser reads the document token by token; each value is checked against the shape
 * of the mirror type, and only values of the right shape are kept in a tree that Jackson then binds.
 * What the check refuses, and never reinterprets:
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

  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,59}");

  /** Amounts beyond ten to this power, in either direction, are refused before anything computes with them. */
  private static final int MAX_DECIMAL_EXPONENT = 100;

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
    JsonNode tree = walker.document(SHAPES.get(type), document);
    if (tree == null) {
      return new Reading<>(null, walker.keys);
    }
    try {
      return new Reading<>(Json.mapper().treeToValue(tree, type), walker.keys);
    } catch (JacksonException e) {
      // Every value was checked against the mirror's shape, so binding cannot fail on the input.
      throw new IllegalStateException("a checked document did not bind to its mirror type", e);
    }
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
        Map<String, Type> fields = new LinkedHashMap<>();
        for (RecordComponent component : c.getRecordComponents()) {
          JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
          fields.put(renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName(),
              component.getGenericType());
        }
        return new Obj(fields);
      }
      return Scalar.of(c);
    }
  }

  /** A record: its fields by JSON name. Field shapes are resolved when first needed. */
  private static final class Obj implements Shape {
    private final Map<String, Type> types;
    private final Map<String, Shape> fields = new java.util.concurrent.ConcurrentHashMap<>();

    Obj(Map<String, Type> types) {
      this.types = types;
    }

    Shape field(String name) {
      Type type = types.get(name);
      return type == null ? null : fields.computeIfAbsent(name, n -> Shape.of(type));
    }

    @Override
    public Problems.Phrase expected() {
      return Problems.phrase("kind.object");
    }
  }

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
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private JsonParser parser;

    Walker(String json, List<Problem> problems) {
      this.json = json;
      this.problems = problems;
    }

    JsonNode document(Shape shape, String document) {
      try (JsonParser p = Json.mapper().reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION).createParser(json)) {
        parser = p;
        JsonToken first = p.nextToken();
        if (first == null) {
          problems.add(Problems.of("", ProblemCode.EMPTY_DOCUMENT, a(document)));
          return null;
        }
        if (first != JsonToken.START_OBJECT) {
          problems.add(Problems.of("", ProblemCode.NOT_AN_OBJECT, a(document), found(first)));
          return null;
        }
        JsonNode tree = value(shape, Path.ROOT);
        if (p.nextToken() != null) {
          problems.add(Problems.of("", ProblemCode.TRAILING_CONTENT, at(p.currentTokenLocation())));
          return null;
        }
        return tree;
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
    private JsonNode value(Shape shape, Path path) {
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

    private ObjectNode object(Obj shape, Path path) {
      ObjectNode node = nodes.objectNode();
      Set<String> seen = new HashSet<>();
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        Path at = path.key(name);
        if (path == Path.ROOT) {
          keys.add(name);
        }
        parser.nextToken();
        if (!seen.add(name)) {
          problems.add(Problems.of(at.render(), ProblemCode.DUPLICATE_KEY, Problem.quote(name)));
          parser.skipChildren();
          continue;
        }
        Shape field = shape.field(name);
        if (field == null) {
          problems.add(Problems.of(at.render(), ProblemCode.UNKNOWN_FIELD, Problem.quote(name)));
          parser.skipChildren();
          continue;
        }
        JsonNode value = value(field, at);
        if (value != null) {
          node.set(name, value);
        }
      }
      return node;
    }

    private ArrayNode list(ListOf shape, Path path) {
      ArrayNode node = nodes.arrayNode();
      int index = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        Path at = path.index(index++);
        JsonNode element = null;
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
          problems.add(Problems.of(at.render(), ProblemCode.WRONG_TYPE, shape.element().expected(), Problems.phrase("kind.null")));
        } else {
          element = value(shape.element(), at);
        }
        // A refused element stays as null, so that the elements after it keep their indices.
        node.add(element == null ? nodes.nullNode() : element);
      }
      return node;
    }

    private ObjectNode map(MapOf shape, Path path) {
      ObjectNode node = nodes.objectNode();
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
          JsonNode value = value(shape.value(), at);
          if (value != null) {
            node.set(name, value);
          }
        }
      }
      return node;
    }

    private JsonNode scalar(Scalar shape, Path path, JsonToken token) {
      return switch (shape.kind()) {
        case STRING -> token == JsonToken.VALUE_STRING ? nodes.stringNode(parser.getString()) : wrongType(shape, path, token);
        case BOOLEAN -> token.isBoolean() ? nodes.booleanNode(token == JsonToken.VALUE_TRUE)
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
          yield shape.constants().containsKey(text) ? nodes.stringNode(text)
              : refuse(path, ProblemCode.NOT_ONE_OF, null, Problem.quote(text), shape.values());
        }
      };
    }

    private JsonNode whole(Scalar shape, Path path, JsonToken token) {
      if (token == JsonToken.VALUE_NUMBER_INT) {
        if (parser.getNumberType() == JsonParser.NumberType.INT) {
          return nodes.numberNode(parser.getIntValue());
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

    private JsonNode date(Scalar shape, Path path, JsonToken token) {
      if (token != JsonToken.VALUE_STRING) {
        return wrongType(shape, path, token);
      }
      String text = parser.getString();
      if (ISO_DATE.matcher(text).matches()) {
        try {
          LocalDate.parse(text);
          return nodes.stringNode(text);
        } catch (DateTimeParseException e) {
          // reported below
        }
      }
      return refuse(path, ProblemCode.NOT_A_DATE, null, Problem.quote(text));
    }

    private JsonNode decimal(Scalar shape, Path path, JsonToken token) {
      if (!token.isNumeric()) {
        return token == JsonToken.VALUE_STRING ? refuse(path, ProblemCode.WRONG_TYPE, "not-number", Problem.quote(parser.getString()))
            : wrongType(shape, path, token);
      }
      String text = parser.getText();
      try {
        BigDecimal value = new BigDecimal(text);
        if (value.signum() == 0) {
          return nodes.numberNode(BigDecimal.ZERO);
        }
        long exponent = (long) value.precision() - value.scale() - 1;
        if (Math.abs(exponent) > MAX_DECIMAL_EXPONENT || value.scale() > MAX_DECIMAL_EXPONENT) {
          return refuse(path, ProblemCode.NUMBER_OUT_OF_RANGE, "decimal", Problem.shown(text));
        }
        return nodes.numberNode(value);
      } catch (NumberFormatException | ArithmeticException e) {
        return refuse(path, ProblemCode.WRONG_TYPE, "unreadable-number", Problem.shown(text));
      }
    }

    private JsonNode wrongType(Shape shape, Path path, JsonToken token) {
      parser.skipChildren();
      return refuse(path, ProblemCode.WRONG_TYPE, null, shape.expected(), found(token));
    }

    /** Records a problem of the value at {@code path}, worded by its code's text or one of its variants. */
    private JsonNode refuse(Path path, ProblemCode code, String variant, Object... args) {
      problems.add(variant == null ? Problems.of(path.render(), code, args) : Problems.variant(path.render(), code, variant, args));
      return null;
    }

    /** The document with its indefinite article, as a phrase: "a case file". */
    private static Problems.Phrase a(String document) {
      return Problems.phrase("a." + document.replace(' ', '-'));
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
