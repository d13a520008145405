package dk.kvalitetsstandard.examples.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import dk.kvalitetsstandard.cases.CaseFileReader;
import dk.kvalitetsstandard.cases.Cpr;
import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.questions.QuestionReader;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.schema.FormatSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas against the documents the project itself shows and writes: every schema is a
 * valid draft 2020-12 schema with the {@code $id} it is published under; every case file in
 * {@code examples/cases} and question in {@code examples/questions}, and every JSON example in
 * README.md and core/FORMATS.md, is valid against its schema; so is what {@code report},
 * {@code assess} and {@code audit --format json} write on them (in English and in Danish). And the
 * output schemas refuse an output with a field missing, a field added, a value not in its list or
 * a rule that is not a rule ID, so their passing means something.
 */
class FormatSchemaExamplesTest {

  private static final StandardRegistry REGISTRY = StandardRegistry.defaultRegistry();
  private static final Path CASES = Path.of("cases");
  private static final Path QUESTIONS = Path.of("questions");
  private static final Path README = Path.of("..", "README.md");
  private static final Path FORMATS = Path.of("..", "core", "FORMATS.md");

  @TempDir
  Path dir;

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ToolProvider.findFirst("standards-cli").orElseThrow().run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  private static Stream<Path> files(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> json = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      assertFalse(json.isEmpty(), "no examples in " + directory);
      return json.stream();
    }
  }

  static Stream<Path> caseFiles() throws IOException {
    return files(CASES);
  }

  static Stream<Path> questions() throws IOException {
    return files(QUESTIONS);
  }

  private static void assertValid(Schema schema, String json, String what) {
    List<String> problems = SchemaCheck.problems(schema, json);
    assertTrue(problems.isEmpty(), what + " is not valid against " + schema.getSchemaLocation() + ":\n  "
        + String.join("\n  ", problems) + "\n" + Cpr.mask(json));
  }

  private static void assertValid(FormatSchema schema, String json, String what) {
    assertValid(SchemaCheck.schema(schema), json, what);
  }

  private static void assertInvalid(FormatSchema schema, JsonNode json, String what) {
    assertFalse(SchemaCheck.problems(SchemaCheck.schema(schema), json).isEmpty(),
        what + " should be invalid against " + schema.fileName() + ":\n" + Cpr.mask(json.toString()));
  }

  // ------------------------------------------------------------------ the schemas themselves

  @ParameterizedTest(name = "{0}")
  @EnumSource(FormatSchema.class)
  @DisplayName("Each schema is valid against the draft 2020-12 meta-schema and has the $id it is published under")
  void schemaIsValid(FormatSchema schema) {
    assertValid(SchemaCheck.schema(SchemaCheck.META_SCHEMA), schema.text(), schema.fileName());
    JsonNode node = SchemaCheck.PLAIN.readTree(schema.text());
    assertEquals(SchemaCheck.META_SCHEMA, node.get("$schema").asString());
    assertEquals(schema.id().toString(), node.get("$id").asString());
    assertEquals(FormatSchema.ID_PREFIX + schema.fileName(), node.get("$id").asString());
    assertEquals(schema.id().toString(), SchemaCheck.schema(schema).getId(), "the validator resolves the $id");
  }

  // ------------------------------------------------------------------ the examples

  @ParameterizedTest(name = "{0}")
  @MethodSource("caseFiles")
  @DisplayName("Every case file in examples/cases is valid, and report's JSON on it too, in English and Danish")
  void exampleCaseFile(Path file) throws IOException {
    String json = Files.readString(file);
    CaseFileReader.with(REGISTRY).read(json);
    assertValid(FormatSchema.CASE_FILE, json, file.toString());
    for (String lang : List.of("en", "da")) {
      Result report = run("report", file.toString(), "--lang", lang);
      assertEquals(0, report.code(), report.err());
      assertValid(FormatSchema.REPORT, report.out(), "report " + file + " --lang " + lang);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  @DisplayName("Every question in examples/questions is valid, and assess's answer to it too, as its kind's answer")
  void exampleQuestion(Path file) throws IOException {
    String json = Files.readString(file);
    QuestionReader.with(REGISTRY).read(json);
    assertValid(FormatSchema.QUESTION, json, file.toString());
    String kind = SchemaCheck.PLAIN.readTree(json).get("question").asString();
    for (String lang : List.of("en", "da")) {
      Result answer = run("assess", file.toString(), "--lang", lang);
      assertEquals(0, answer.code(), answer.err());
      assertValid(FormatSchema.ANSWER, answer.out(), "assess " + file + " --lang " + lang);
      assertValid(SchemaCheck.schema(Answers.of(kind)), answer.out(), "assess " + file + " as " + kind);
    }
  }

  @Test
  @DisplayName("README.md: its JSON examples (the report and the audit) are valid")
  void readmeExamples() throws IOException {
    Set<FormatSchema> seen = validateBlocks(README);
    assertTrue(seen.containsAll(EnumSet.of(FormatSchema.REPORT, FormatSchema.AUDIT)), "README examples checked: " + seen);
  }

  @Test
  @DisplayName("core/FORMATS.md: its JSON examples are valid, and it shows every JSON format")
  void formatsExamples() throws IOException {
    Set<FormatSchema> seen = validateBlocks(FORMATS);
    assertEquals(EnumSet.complementOf(EnumSet.of(FormatSchema.STANDARD)), seen, "FORMATS.md examples checked");
  }

  @Test
  @DisplayName("The five standard files and the template, read as YAML, are valid against the standard file's schema")
  void standardFiles() throws IOException {
    tools.jackson.dataformat.yaml.YAMLMapper yaml = new tools.jackson.dataformat.yaml.YAMLMapper();
    List<Path> files = new java.util.ArrayList<>();
    for (String slug : List.of("randers", "gentofte", "odsherred", "ringsted", "jammerbugt")) {
      files.add(Path.of("..", "municipality-" + slug, "src/main/resources/dk/kvalitetsstandard", slug, slug + ".yaml"));
    }
    files.add(Path.of("src/test/resources/dk/kvalitetsstandard/examples/template/eksempelby.yaml"));
    for (Path file : files) {
      JsonNode tree = yaml.readTree(Files.readString(file));
      List<String> problems = SchemaCheck.problems(SchemaCheck.schema(FormatSchema.STANDARD), tree);
      assertTrue(problems.isEmpty(), file + ":\n  " + String.join("\n  ", problems));
    }
    // and a changed copy is not: an unknown key in the first offer
    JsonNode broken = yaml.readTree(Files.readString(files.get(2)));
    ((tools.jackson.databind.node.ObjectNode) broken.get("offers").get(0)).put("colour", "blue");
    assertInvalid(FormatSchema.STANDARD, broken, "odsherred.yaml with an unknown key");
  }

  /** Validates each JSON block of {@code markdown} against the schema of its kind; the kinds found. */
  private static Set<FormatSchema> validateBlocks(Path markdown) throws IOException {
    Set<FormatSchema> seen = EnumSet.noneOf(FormatSchema.class);
    for (JsonBlocks.Block block : JsonBlocks.of(Files.readString(markdown))) {
      String where = markdown + ", the JSON block on line " + block.line();
      JsonNode node = SchemaCheck.PLAIN.readTree(block.json());
      Optional<FormatSchema> kind = kindOf(node);
      assertTrue(kind.isPresent(), where + " is of no known format:\n" + block.json());
      assertValid(kind.get(), block.json(), where);
      seen.add(kind.get());
    }
    return seen;
  }

  /** Which format a document is in, by the fields that only that format has. */
  static Optional<FormatSchema> kindOf(JsonNode node) {
    if (node.has("question")) {
      return Optional.of(FormatSchema.QUESTION);
    }
    if (node.has("deadlines")) {
      return Optional.of(FormatSchema.REPORT);
    }
    if (node.has("groups") && node.has("counting")) {
      return Optional.of(FormatSchema.AUDIT);
    }
    if (node.has("events") || node.has("track") && node.has("asOf")) {
      return Optional.of(FormatSchema.CASE_FILE);
    }
    if (node.has("outcome") || node.has("offers") || node.has("components") || node.has("deductibleFromBenefits")) {
      return Optional.of(FormatSchema.ANSWER);
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ where the reader is stricter than a schema can be

  @Test
  @DisplayName("The reader refuses, and the schema cannot see: 34.0 for 34, a key twice, an unknown municipality, an event after asOf")
  void readerIsStricterThanTheSchema() throws IOException {
    String valid = Files.readString(CASES.resolve("odsherred-guarantee.json"));
    CaseFileReader reader = CaseFileReader.with(REGISTRY);
    for (String[] change : new String[][] {
        {"\"age\": 34", "\"age\": 34.0"},
        {"\"age\": 34", "\"age\": 3.4e1"},
        {"\"track\": \"SOCIAL_DRUG\"", "\"track\": \"SOCIAL_DRUG\", \"track\": \"ALCOHOL\""},
        {"\"municipality\": \"odsherred\"", "\"municipality\": \"atlantis\""},
        {"\"asOf\": \"2026-03-01\"", "\"asOf\": \"2026-01-10\""},
        {"\"offer\": \"OUTPATIENT\"", "\"offer\": \"no-such-offer\""}}) {
      assertTrue(valid.contains(change[0]), change[0]);
      String json = valid.replace(change[0], change[1]);
      assertTrue(SchemaCheck.problems(FormatSchema.CASE_FILE, json).isEmpty(), "the schema accepts " + change[1]);
      assertThrows(InvalidCaseException.class, () -> reader.read(json), "the reader refuses " + change[1]);
    }
    String fraction = valid.replace("\"age\": 34", "\"age\": 34.5");
    assertFalse(SchemaCheck.problems(FormatSchema.CASE_FILE, fraction).isEmpty(), "34.5 is no whole number to the schema either");
  }

  // ------------------------------------------------------------------ the audit

  @Test
  @DisplayName("audit --format json on a generated sample with bad lines is valid, counted by the law and by the register")
  void auditOfASample() {
    Path sample = dir.resolve("sample.ndjson");
    Result written = run("audit-sample", "--cases", "400", "--seed", "11", "--bad-share", "0.05", "--out", sample.toString());
    assertEquals(0, written.code(), written.err());
    for (String counting : List.of("law", "registry")) {
      Result audit = run("audit", sample.toString(), "--format", "json", "--counting", counting);
      assertEquals(0, audit.code(), audit.err());
      assertValid(FormatSchema.AUDIT, audit.out(), "audit --counting " + counting);
      JsonNode figures = SchemaCheck.PLAIN.readTree(audit.out());
      assertFalse(figures.get("groups").isEmpty(), "the sample has groups");
      assertFalse(figures.get("problems").isEmpty(), "the sample has bad lines, so the problems are checked too");
      assertEquals(counting, figures.get("counting").asString());
    }
  }

  @Test
  @DisplayName("audit --format json on an empty file is valid: no groups, no dates")
  void auditOfNothing() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.ndjson"), "");
    Result audit = run("audit", empty.toString(), "--format", "json");
    assertEquals(0, audit.code(), audit.err());
    assertValid(FormatSchema.AUDIT, audit.out(), "audit of an empty file");
    assertTrue(SchemaCheck.PLAIN.readTree(audit.out()).get("firstRequest").isNull(), audit.out());
  }

  // ------------------------------------------------------------------ the output schemas refuse what the writers never write

  @Test
  @DisplayName("The report schema refuses a report with a field missing or added, an unknown status or kind, or a bad rule")
  void reportSchemaRefuses() {
    Result result = run("report", CASES.resolve("odsherred-guarantee.json").toString());
    ObjectNode report = (ObjectNode) SchemaCheck.PLAIN.readTree(result.out());
    assertValid(FormatSchema.REPORT, report.toString(), "the report");
    for (Edit edit : List.of(
        new Edit("no findings", r -> r.remove("findings")),
        new Edit("an added field", r -> r.put("score", 1)),
        new Edit("no status", r -> deadline(r).remove("status")),
        new Edit("a status not in the list", r -> deadline(r).put("status", "DONE")),
        new Edit("a kind not in the list", r -> deadline(r).put("kind", "GUARANTEE")),
        new Edit("a rule that is not a rule ID", r -> deadline(r).put("rule", "G1")),
        new Edit("course 0", r -> deadline(r).put("course", 0)),
        new Edit("a due date that is no date", r -> deadline(r).put("due", "2026-01-32")),
        new Edit("a standard without its title", r -> ((ObjectNode) r.get("standard")).remove("title")))) {
      assertInvalid(FormatSchema.REPORT, edit.applyTo(report), "a report with " + edit.name());
    }
  }

  @Test
  @DisplayName("The answer schema refuses an answer of no kind, an outcome not in the list, fee components out of order")
  void answerSchemaRefuses() {
    ObjectNode choice = (ObjectNode) SchemaCheck.PLAIN.readTree(run("assess", QUESTIONS.resolve("randers-free-choice.json").toString()).out());
    ObjectNode fees = (ObjectNode) SchemaCheck.PLAIN.readTree(run("assess", QUESTIONS.resolve("ringsted-fees.json").toString()).out());
    ObjectNode cards = (ObjectNode) SchemaCheck.PLAIN.readTree(run("assess", QUESTIONS.resolve("randers-gift-cards.json").toString()).out());
    for (ObjectNode answer : List.of(choice, fees, cards)) {
      assertValid(FormatSchema.ANSWER, answer.toString(), "the answer");
    }
    assertInvalid(FormatSchema.ANSWER, new Edit("", a -> a.put("outcome", "MAYBE")).applyTo(choice), "an unknown outcome");
    assertInvalid(FormatSchema.ANSWER, new Edit("", a -> a.remove("guaranteeWaived")).applyTo(choice), "no guaranteeWaived");
    assertInvalid(FormatSchema.ANSWER, new Edit("", a -> a.set("components", reversed((ArrayNode) a.get("components"))))
        .applyTo(fees), "the fee components in reverse order");
    assertInvalid(FormatSchema.ANSWER, new Edit("", a -> ((ArrayNode) a.get("components")).remove(4)).applyTo(fees),
        "four fee components");
    assertInvalid(FormatSchema.ANSWER, new Edit("", a -> a.put("deductibleFromBenefits", true)).applyTo(cards),
        "gift cards deducted from benefits");
    assertInvalid(FormatSchema.ANSWER, new Edit("", a -> a.put("outcome", "ALLOWED")).applyTo(cards),
        "a gift-card answer with an outcome");
  }

  @Test
  @DisplayName("The audit schema refuses figures without a status, with a negative count, or a problem on line 0")
  void auditSchemaRefuses() {
    Path sample = dir.resolve("refuse.ndjson");
    assertEquals(0, run("audit-sample", "--cases", "200", "--seed", "3", "--bad-share", "0.1", "--out", sample.toString()).code());
    ObjectNode audit = (ObjectNode) SchemaCheck.PLAIN.readTree(run("audit", sample.toString(), "--format", "json").out());
    assertValid(FormatSchema.AUDIT, audit.toString(), "the audit");
    assertFalse(audit.get("groups").isEmpty() || audit.get("problems").isEmpty(), "groups and problems to change");
    for (Edit edit : List.of(
        new Edit("no problems", a -> a.remove("problems")),
        new Edit("a counting not in the list", a -> a.put("counting", "LAW")),
        new Edit("a negative count", a -> a.put("invalid", -1)),
        new Edit("a status missing", a -> ((ObjectNode) a.get("groups").get(0).get("byStatus")).remove("LAPSED")),
        new Edit("a status not in the list", a -> ((ObjectNode) a.get("groups").get(0).get("byStatus")).put("DONE", 1)),
        new Edit("a problem on line 0", a -> ((ObjectNode) a.get("problems").get(0)).put("line", 0)))) {
      assertInvalid(FormatSchema.AUDIT, edit.applyTo(audit), "an audit with " + edit.name());
    }
  }

  /** A change to a copy of a document. */
  private record Edit(String name, java.util.function.Consumer<ObjectNode> change) {
    ObjectNode applyTo(ObjectNode document) {
      ObjectNode copy = document.deepCopy();
      change.accept(copy);
      return copy;
    }
  }

  private static ObjectNode deadline(ObjectNode report) {
    return (ObjectNode) report.get("deadlines").get(0);
  }

  private static ArrayNode reversed(ArrayNode array) {
    List<JsonNode> elements = new ArrayList<>();
    array.forEach(elements::add);
    ArrayNode out = array.arrayNode();
    for (int i = elements.size() - 1; i >= 0; i--) {
      out.add(elements.get(i));
    }
    return out;
  }
}
