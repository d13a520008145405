package dk.kvalitetsstandard.standardfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.kvalitetsstandard.standard.QualityStandard;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema of a standard file, shipped in the jar, is the model's: this test derives the schema
 * from the value types (their properties as Jackson reads them, which of them are required, their
 * types, enums and constraints) and requires the shipped file to be exactly that.
 *
 * <p>After a change to the model, write the file anew with {@code mvn -B test -pl core -am
 * -Dtest=StandardSchemaTest -Dschema.write=true} and review the difference.
 */
class StandardSchemaTest {

  private static final String ID = "https://kvalitetsstandard.example.org/schema/standard.schema.json";
  private static final Path SHIPPED = Path.of("src/main/resources/dk/kvalitetsstandard/schema/standard.schema.json");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void theShippedSchemaIsTheModels() throws IOException {
    String derived = JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(derive())
        + "\n";
    if (Boolean.getBoolean("schema.write")) {
      Files.writeString(SHIPPED, derived, StandardCharsets.UTF_8);
    }
    String shipped;
    try (InputStream in = StandardFile.class.getResourceAsStream(StandardFile.SCHEMA_RESOURCE)) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(derived, shipped.replace("\r\n", "\n"),
        "the shipped standard.schema.json differs from the model; write it anew with -Dschema.write=true");
  }

  @Test
  void everyValueTypeOfAStandardHasADefinition() {
    JsonNode defs = derive().get("$defs");
    for (String name : new String[] {"QualityStandard", "Offer", "Source", "Span", "LegalReference", "GuaranteeRule"}) {
      assertTrue(defs.has(name), name);
    }
    // Required is what Immutables requires: an offer needs its ID, name, type and source.
    assertEquals("[\"id\",\"name\",\"type\",\"source\"]", defs.get("Offer").get("required").toString());
  }

  /** The schema of a standard file, derived from {@link QualityStandard} and every type it reaches. */
  static ObjectNode derive() {
    Map<String, ObjectNode> definitions = new LinkedHashMap<>();
    Deque<Class<?>> pending = new ArrayDeque<>();
    pending.add(QualityStandard.class);
    while (!pending.isEmpty()) {
      Class<?> type = pending.poll();
      if (!definitions.containsKey(type.getSimpleName())) {
        definitions.put(type.getSimpleName(), objectSchema(type, pending));
      }
    }
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", ID);
    schema.put("title", "Standard file");
    schema.put("description", "A municipality's quality standard for drug and alcohol treatment as a data file (YAML, or"
        + " the same as JSON), read by StandardFile and checked by `standards-cli check --standard`: its metadata,"
        + " offers, deadlines, follow-ups, free choice, fees, gift cards, complaint routes, key figures and coverage"
        + " of the required contents, each element with the rule ID it encodes and a verbatim quote of the"
        + " published text. Derived from the library's value types. See core/FORMATS.md.");
    schema.put("$ref", "#/$defs/QualityStandard");
    ObjectNode defs = schema.putObject("$defs");
    definitions.keySet().stream().sorted().forEach(name -> defs.set(name, definitions.get(name)));
    return schema;
  }

  private static ObjectNode objectSchema(Class<?> type, Deque<Class<?>> pending) {
    ObjectNode schema = NODES.objectNode();
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    for (Method setter : jsonSetters(type)) {
      JsonProperty property = setter.getAnnotation(JsonProperty.class);
      Optional<Method> accessor = accessor(type, property.value());
      properties.set(property.value(), valueSchema(setter.getGenericParameterTypes()[0],
          accessor.map(Method::getAnnotatedReturnType).orElse(null),
          accessor.map(Method::getAnnotations).orElse(new Annotation[0]), pending));
      if (property.required()) {
        required.add(property.value());
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  /** The setters Jackson reads {@code type} through: those of its generated {@code Json} class, in declaration order. */
  private static Method[] jsonSetters(Class<?> type) {
    try {
      Class<?> json = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName() + "$Json");
      Method[] setters = Arrays.stream(json.getDeclaredMethods())
          .filter(m -> m.isAnnotationPresent(JsonProperty.class) && m.getParameterCount() == 1)
          .toArray(Method[]::new);
      // Reflection promises no order of methods: order them as the generated class declares its fields.
      return Arrays.stream(setters)
          .sorted(Comparator.comparingInt((Method m) -> sourceOrder(json, m)))
          .toArray(Method[]::new);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(type + " is not an Immutables value type read by Jackson", e);
    }
  }

  /** The position of {@code setter}'s property among the generated class's instance fields. */
  private static int sourceOrder(Class<?> json, Method setter) {
    Class<?> immutable = json.getEnclosingClass();
    String name = setter.getAnnotation(JsonProperty.class).value();
    String[] fields = Arrays.stream(immutable.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()))
        .map(java.lang.reflect.Field::getName)
        .toArray(String[]::new);
    int index = Arrays.asList(fields).indexOf(name);
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  private static Optional<Method> accessor(Class<?> type, String name) {
    try {
      return Optional.of(type.getMethod(name));
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private static ObjectNode valueSchema(Type type, AnnotatedType annotated, Annotation[] annotations,
      Deque<Class<?>> pending) {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type argument = parameterized.getActualTypeArguments()[0];
      AnnotatedType annotatedArgument = annotated instanceof AnnotatedParameterizedType p
          ? p.getAnnotatedActualTypeArguments()[0] : null;
      Annotation[] argumentAnnotations = annotatedArgument == null ? new Annotation[0] : annotatedArgument.getAnnotations();
      if (raw == Optional.class) {
        return valueSchema(argument, annotatedArgument, argumentAnnotations, pending);
      }
      if (Collection.class.isAssignableFrom(raw)) {
        ObjectNode array = NODES.objectNode();
        array.put("type", "array");
        array.set("items", valueSchema(argument, annotatedArgument, argumentAnnotations, pending));
        if (Set.class.isAssignableFrom(raw)) {
          array.put("uniqueItems", true);
        }
        if (has(annotations, NotEmpty.class)) {
          array.put("minItems", 1);
        }
        return array;
      }
      throw new AssertionError("no schema for " + type);
    }
    Class<?> raw = (Class<?>) type;
    ObjectNode schema = NODES.objectNode();
    if (raw == String.class) {
      schema.put("type", "string");
      if (has(annotations, NotBlank.class) || has(annotations, NotEmpty.class)) {
        schema.put("minLength", 1);
        schema.put("pattern", "\\S");
      }
      for (Annotation a : annotations) {
        if (a instanceof Pattern p) {
          schema.put("pattern", "^(?:" + p.regexp() + ")$");
        }
      }
    } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
      schema.put("type", "integer");
      if (has(annotations, Positive.class)) {
        schema.put("minimum", 1);
      } else if (has(annotations, PositiveOrZero.class)) {
        schema.put("minimum", 0);
      }
    } else if (raw == boolean.class || raw == Boolean.class) {
      schema.put("type", "boolean");
    } else if (raw == LocalDate.class) {
      schema.put("type", "string");
      schema.put("format", "date");
    } else if (raw.isEnum()) {
      schema.put("type", "string");
      ArrayNode values = schema.putArray("enum");
      for (Object constant : raw.getEnumConstants()) {
        values.add(((Enum<?>) constant).name());
      }
    } else {
      pending.add(raw);
      schema.put("$ref", "#/$defs/" + raw.getSimpleName());
    }
    return schema;
  }

  private static boolean has(Annotation[] annotations, Class<? extends Annotation> type) {
    return Arrays.stream(annotations).anyMatch(type::isInstance);
  }
}
