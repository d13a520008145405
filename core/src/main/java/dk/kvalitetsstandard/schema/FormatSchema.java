package dk.kvalitetsstandard.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the library's JSON formats, shipped in this package of the
 * core jar: the case file and the question that go in, the deadline report, the answer and the
 * audit that come out, and a municipality's standard as a data file. Each schema's {@code $id} is {@link #ID_PREFIX} followed by its
 * {@link #fileName()}; a validator that resolves references by {@code $id} can map that prefix to
 * {@link #RESOURCE_DIRECTORY} on the class path. The fields are described for people in
 * {@code core/FORMATS.md} in the source repository.
 *
 * <p>The schemas hold the structural rules of each format (fields, types, values, required fields,
 * patterns and ranges). The readers ({@link dk.kvalitetsstandard.cases.CaseFileReader},
 * {@link dk.kvalitetsstandard.questions.QuestionReader}) check the same and more: what only the
 * registry of standards can decide, the order of events, and what a JSON Schema cannot see (a key
 * given twice, a whole number written {@code 17.0}). So every document the reader accepts is valid
 * against its schema, and the reader refuses every document the schema refuses; a document valid
 * against the schema may still be refused by the reader for those further reasons.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FormatSchema {

  /** A case file: the input of {@code report} and of the audit, one per line. */
  CASE_FILE("case-file.schema.json"),
  /** One of the four questions: the input of {@code assess}. */
  QUESTION("question.schema.json"),
  /** The deadline report of a case: the output of {@code report}. */
  REPORT("report.schema.json"),
  /** The answer to a question: the output of {@code assess}. */
  ANSWER("answer.schema.json"),
  /** The figures of an audit: the output of {@code audit --format json}. */
  AUDIT("audit.schema.json"),
  /**
   * A municipality's standard as a data file (YAML, or the same as JSON): the input of {@code check
   * --standard}; derived from the value types of {@link dk.kvalitetsstandard.standard}.
   */
  STANDARD("standard.schema.json");

  /** What every schema's {@code $id} begins with; the file name follows. */
  public static final String ID_PREFIX = "https://kvalitetsstandard.example.org/schema/";

  /** Where the schemas lie on the class path (and in the core jar), ending in a slash. */
  public static final String RESOURCE_DIRECTORY = "dk/kvalitetsstandard/schema/";

  private final String fileName;

  FormatSchema(String fileName) {
    this.fileName = fileName;
  }

  /**
   * The schema's file name, for example {@code case-file.schema.json}.
   *
   * @return the file name, never null
   */
  public String fileName() {
    return fileName;
  }

  /**
   * The schema's {@code $id}: {@link #ID_PREFIX} and the file name.
   *
   * @return the identifier, never null
   */
  public URI id() {
    return URI.create(ID_PREFIX + fileName);
  }

  /**
   * The schema's path on the class path: {@link #RESOURCE_DIRECTORY} and the file name.
   *
   * @return the resource path, never null
   */
  public String resource() {
    return RESOURCE_DIRECTORY + fileName;
  }

  /**
   * Opens the schema. Works on the class path and on the module path alike.
   *
   * @return a new stream of the schema's UTF-8 text; the caller closes it
   * @throws IllegalStateException if the schema is missing from the jar
   */
  public InputStream open() {
    InputStream in = FormatSchema.class.getResourceAsStream(fileName);
    if (in == null) {
      throw new IllegalStateException("the schema " + resource() + " is missing from the core jar");
    }
    return in;
  }

  /**
   * The schema's text.
   *
   * @return the JSON text of the schema, never null
   * @throws IllegalStateException if the schema is missing from the jar
   * @throws UncheckedIOException if it cannot be read
   */
  public String text() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the schema " + resource(), e);
    }
  }
}
