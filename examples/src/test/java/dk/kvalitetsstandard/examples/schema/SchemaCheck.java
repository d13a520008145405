package dk.kvalitetsstandard.examples.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dk.kvalitetsstandard.cases.Cpr;
import dk.kvalitetsstandard.schema.FormatSchema;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's JSON Schemas, loaded from the core jar through {@link FormatSchema} and checked
 * with a JSON Schema validator of draft 2020-12 that asserts {@code format} (so that
 * {@code 2026-02-30} is not a date). References between and within the schemas resolve by their
 * {@code $id}, never over the network. Messages never show a CPR-like value. Thread-safe.
 */
final class SchemaCheck {

  /** The draft 2020-12 meta-schema, which the validator carries itself. */
  static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

  /** Reads instances as they are written: numbers with a fraction as exact decimals. */
  static final JsonMapper PLAIN = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static final Map<String, String> BY_ID = Arrays.stream(FormatSchema.values())
      .collect(Collectors.toMap(s -> s.id().toString(), FormatSchema::text));

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemas(BY_ID::get)
          .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

  private SchemaCheck() {}

  /** The schema at {@code location}: an {@code $id}, with a fragment for a part of it. */
  static Schema schema(String location) {
    return LOADED.computeIfAbsent(location, l -> REGISTRY.getSchema(SchemaLocation.of(l)));
  }

  static Schema schema(FormatSchema schema) {
    return schema(schema.id().toString());
  }

  /** The problems of {@code json} against {@code schema}, one line each, CPR-like values masked; empty when valid. */
  static List<String> problems(Schema schema, String json) {
    return problems(schema, PLAIN.readTree(json));
  }

  static List<String> problems(Schema schema, JsonNode json) {
    return schema.validate(json).stream().map(SchemaCheck::line).toList();
  }

  static List<String> problems(FormatSchema schema, String json) {
    return problems(schema(schema), json);
  }

  private static String line(Error error) {
    return Cpr.mask(error.getInstanceLocation() + ": " + error.getMessage() + " (" + error.getSchemaLocation() + ")");
  }
}
