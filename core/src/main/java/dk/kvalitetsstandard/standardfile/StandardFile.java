package dk.kvalitetsstandard.standardfile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.problem.ProblemCode;
import dk.kvalitetsstandard.problem.internal.Problems;
import dk.kvalitetsstandard.schema.FormatSchema;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.internal.StandardValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * A standard as a data file: the YAML form of {@link QualityStandard}, one file per standard, read
 * by Jackson into the same value types the rest of the library uses, and described by the JSON
 * Schema {@code standard.schema.json} shipped in this jar ({@link #SCHEMA_RESOURCE}), which an
 * editor can use to check a file while it is typed.
 *
 * <p>Two ways in. {@link #read} is for packaged standards, whose files were checked when their module
 * was built: it binds the file strictly (an unknown key, a wrong type or a missing element is an
 * error) and only when that fails looks further, so that the error names every problem. {@link
 * #check} is for an author's draft: the schema, the binding and every constraint of the model, each
 * problem with its path in the file ({@code offers[3].frequency.perMonth}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StandardFile {

  /** Where the schema of a standard file is in this jar. */
  public static final String SCHEMA_RESOURCE = "/" + FormatSchema.STANDARD.resource();

  /** The largest standard file read: 2 MB (the five packaged files are under 100 KB each). */
  public static final int MAX_LENGTH = 2_000_000;

  private static final YAMLMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(MAX_LENGTH).maxNestingDepth(32)
              .build())
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .disable(YAMLWriteFeature.SPLIT_LINES)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
          .build())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_EMPTY))
      .build();

  private StandardFile() {}

  /**
   * Reads a standard file whose module was built with it (the file was checked then).
   *
   * @param in the file, UTF-8 YAML; read to its end, not closed
   * @param name the file's name, for messages
   * @return the standard the file holds, bound without checking the model's constraints again
   * @throws InvalidStandardFileException naming every problem of the file, if it cannot be read into a standard
   * @throws UncheckedIOException if reading fails
   */
  public static QualityStandard read(InputStream in, String name) {
    byte[] bytes = bytes(in, name);
    try {
      return MAPPER.readValue(bytes, QualityStandard.class);
    } catch (JacksonException e) {
      List<Problem> problems = structuralProblems(bytes);
      throw new InvalidStandardFileException(name, problems.isEmpty() ? List.of(problem(e)) : problems);
    }
  }

  /**
   * Checks a standard file as its author writes it: against the schema, then bound to the model, then
   * against every constraint of the model.
   *
   * @param in the file, UTF-8 YAML; read to its end, not closed
   * @param name the file's name, for messages
   * @return the standard, when the file has no problem
   * @throws InvalidStandardFileException naming every problem of the file with its path
   * @throws UncheckedIOException if reading fails
   */
  public static QualityStandard check(InputStream in, String name) {
    byte[] bytes = bytes(in, name);
    List<Problem> problems = structuralProblems(bytes);
    if (!problems.isEmpty()) {
      throw new InvalidStandardFileException(name, problems);
    }
    QualityStandard standard;
    try {
      standard = MAPPER.readValue(bytes, QualityStandard.class);
    } catch (JacksonException e) {
      throw new InvalidStandardFileException(name, List.of(problem(e)));
    }
    List<Problem> violations = StandardValidator.violations(standard);
    if (!violations.isEmpty()) {
      throw new InvalidStandardFileException(name, violations);
    }
    return standard;
  }

  /**
   * Writes a standard as a standard file: YAML, elements in the model's order, empty and absent
   * elements left out.
   *
   * @param standard the standard to write, not null
   * @return the file's text, which {@link #read} reads back into an equal standard
   */
  public static String write(QualityStandard standard) {
    return MAPPER.writeValueAsString(Objects.requireNonNull(standard, "standard"));
  }

  /** {@return the standard as Jackson writes it: what {@link #write} writes, as a tree} */
  static JsonNode tree(QualityStandard standard) {
    return MAPPER.valueToTree(standard);
  }

  private static byte[] bytes(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    try {
      byte[] bytes = in.readNBytes(MAX_LENGTH + 1);
      if (bytes.length > MAX_LENGTH) {
        throw new InvalidStandardFileException(name,
            List.of(Problems.variant("", ProblemCode.DOCUMENT_TOO_LONG, "file", MAX_LENGTH)));
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** Every problem the schema finds, or the one problem of a file that is not YAML. */
  private static List<Problem> structuralProblems(byte[] bytes) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(bytes);
    } catch (JacksonException e) {
      return List.of(problem(e));
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      return List.of(Problems.variant("", ProblemCode.EMPTY_DOCUMENT, "file"));
    }
    List<Problem> problems = new ArrayList<>();
    for (Error error : SchemaHolder.SCHEMA.validate(tree)) {
      problems.add(problem(error));
    }
    return problems.stream().distinct().sorted().toList();
  }

  private static Problem problem(Error error) {
    StringBuilder path = new StringBuilder();
    NodePath location = error.getInstanceLocation();
    for (int i = 0; i < location.getNameCount(); i++) {
      appendElement(path, location.getElement(i));
    }
    String property = error.getProperty();
    switch (error.getKeyword()) {
      case "required":
        appendElement(path, property);
        return Problems.variant(path.toString(), ProblemCode.REQUIRED, "file");
      case "additionalProperties":
        appendElement(path, property);
        return Problems.variant(path.toString(), ProblemCode.UNKNOWN_FIELD, "file");
      case "type":
        return Problems.variant(path.toString(), ProblemCode.WRONG_TYPE, "file", kind(String.valueOf(error.getSchemaNode().asString())));
      case "enum":
        return Problems.variant(path.toString(), ProblemCode.NOT_ONE_OF, "file",
            String.join(", ", error.getSchemaNode().valueStream().map(JsonNode::asString).toList()));
      default:
        String message = error.getMessage();
        int colon = message.indexOf(": ");
        return Problems.of(path.toString(), ProblemCode.SCHEMA_VIOLATION,
            colon >= 0 && message.startsWith("$") ? message.substring(colon + 2) : message);
    }
  }

  private static void appendElement(StringBuilder path, Object element) {
    if (element instanceof Integer index) {
      path.append('[').append(index).append(']');
    } else if (element != null) {
      if (path.length() > 0) {
        path.append('.');
      }
      path.append(element);
    }
  }

  /** A type of the schema in words. */
  private static Problems.Phrase kind(String type) {
    return switch (type) {
      case "object" -> Problems.phrase("kind.mapping");
      case "array" -> Problems.phrase("kind.list");
      case "integer" -> Problems.phrase("kind.whole");
      case "string" -> Problems.phrase("kind.string");
      case "number" -> Problems.phrase("kind.number");
      case "boolean" -> Problems.phrase("kind.boolean");
      default -> Problems.phrase("kind.named", type);
    };
  }

  private static Problem problem(JacksonException e) {
    StringBuilder path = new StringBuilder();
    if (e instanceof DatabindException) {
      for (JacksonException.Reference reference : e.getPath()) {
        appendElement(path, reference.getPropertyName() != null ? reference.getPropertyName()
            : reference.getIndex() >= 0 ? Integer.valueOf(reference.getIndex()) : null);
      }
    }
    String message = e.getOriginalMessage();
    int newline = message.indexOf('\n');
    message = newline >= 0 ? message.substring(0, newline) : message;
    if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      message += " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
    return Problems.variant(path.toString(), ProblemCode.MALFORMED, "file", message);
  }

  /** The schema, loaded on the first check. */
  private static final class SchemaHolder {
    static final Schema SCHEMA = load();

    private static Schema load() {
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
      try (InputStream in = StandardFile.class.getResourceAsStream(SCHEMA_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the schema " + SCHEMA_RESOURCE + " is missing from the jar");
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return registry.getSchema(SchemaLocation.of(FormatSchema.STANDARD.id().toString()),
            text, InputFormat.JSON);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
