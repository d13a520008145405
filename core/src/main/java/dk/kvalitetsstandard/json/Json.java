package dk.kvalitetsstandard.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's one JSON mapper (Jackson 3), built once and shared: unknown properties are
 * rejected, so a misspelt field is an error rather than silently ignored; a key given twice in one
 * object is an error rather than the last one winning; only annotated
 * properties are written, never helper methods; null is not accepted for
 * primitives or enums; properties are written in declaration order; documents are limited in size
 * and nesting. The readers of case files and questions check a document more strictly still and
 * name every problem ({@link dk.kvalitetsstandard.cases.CaseFileReader}, {@link
 * dk.kvalitetsstandard.questions.QuestionReader}). {@link JsonMapper} is
 * immutable and thread-safe.
 */
public final class Json {

  /** The largest document read: 10 MB. */
  public static final long MAX_DOCUMENT_LENGTH = 10_000_000L;

  /** The deepest nesting read. */
  public static final int MAX_NESTING_DEPTH = 64;

  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxDocumentLength(MAX_DOCUMENT_LENGTH)
              .maxNestingDepth(MAX_NESTING_DEPTH)
              .build())
          .build())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      // Only annotated properties are written: the value types' helper methods (isMinor(),
      // isExact(), …) are not data, and Immutables marks every attribute with @JsonProperty.
      .changeDefaultVisibility(v -> v.withVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
          .withVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE))
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private Json() {}

  /** {@return the shared mapper, configured as described above} */
  public static JsonMapper mapper() {
    return MAPPER;
  }
}
