package dk.kvalitetsstandard.examples.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.CaseFileReader;
import dk.kvalitetsstandard.cases.Cpr;
import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.conformance.property.CaseFiles;
import dk.kvalitetsstandard.conformance.property.ForAll;
import dk.kvalitetsstandard.conformance.property.Generator;
import dk.kvalitetsstandard.conformance.property.Mutations;
import dk.kvalitetsstandard.conformance.property.Property;
import dk.kvalitetsstandard.conformance.property.Questions;
import dk.kvalitetsstandard.conformance.property.StandardMutation;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.examples.schema.DocumentMutation.Change;
import dk.kvalitetsstandard.examples.schema.DocumentMutation.Format;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.questions.Question;
import dk.kvalitetsstandard.questions.QuestionReader;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.schema.FormatSchema;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas and the strict readers agree, over documents the conformance kit generates for each
 * of the five standards: every generated case file ({@link CaseFiles}) and question
 * ({@link Questions}) that the reader accepts is valid against its schema, and so are the report
 * and the answer the library writes for it. Each generated document is then changed once
 * ({@link DocumentMutation}): whatever the reader still accepts stays valid, and every change that
 * breaks the structure (an unknown key, a wrong type, a required field missing, a value not in its
 * list, a bad date, null in a list, a field the event or question does not take, an identifier on
 * an anonymous case) is refused by the reader and by the schema alike. Reports of cases under the
 * standards {@link Mutations} changes are valid too. A failure names its seed and shows the
 * document, any CPR number masked.
 */
class FormatSchemaPropertiesTest {

  private static final StandardRegistry REGISTRY = StandardRegistry.defaultRegistry();
  private static final CaseFileReader CASE_READER = CaseFileReader.with(REGISTRY);
  private static final QuestionReader QUESTION_READER = QuestionReader.with(REGISTRY);
  private static final DeadlineEngine ENGINE = DeadlineEngine.of(REGISTRY, PublicHolidays.denmark());
  private static final Assessor ASSESSOR = Assessor.of(REGISTRY);
  private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("da"));
  private static final int TRIES = 120;

  static Stream<QualityStandard> standards() {
    return REGISTRY.all().stream();
  }

  private static String json(Object value) {
    return Json.mapper().writeValueAsString(value);
  }

  /** What is wrong with {@code json} against {@code schema}, if anything. */
  private static Optional<String> invalid(Schema schema, String json, String what) {
    List<String> problems = SchemaCheck.problems(schema, json);
    return problems.isEmpty() ? Optional.empty()
        : Optional.of(what + " is not valid against " + schema.getSchemaLocation() + ": " + String.join("; ", problems));
  }

  private static Optional<String> invalid(FormatSchema schema, String json, String what) {
    return invalid(SchemaCheck.schema(schema), json, what);
  }

  @SafeVarargs
  private static Optional<String> first(Optional<String>... checks) {
    return Stream.of(checks).flatMap(Optional::stream).findFirst();
  }

  // ------------------------------------------------------------------ generated documents are valid

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  @DisplayName("Every generated case file is read, is valid, and its report (English or Danish) is valid")
  void generatedCaseFiles(QualityStandard standard) {
    ForAll.settings().tries(TRIES).assertHolds("generated case files and their reports are valid",
        CaseFiles.of(standard), caseFile -> {
          String json = json(caseFile);
          CaseFile read = CASE_READER.read(json);
          Locale locale = LOCALES.get(Math.floorMod(json.hashCode(), LOCALES.size()));
          return first(invalid(FormatSchema.CASE_FILE, json, "the case file"),
              invalid(FormatSchema.REPORT, json(ENGINE.report(read, locale)), "its report"));
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  @DisplayName("Every generated question is read, is valid, and its answer is valid as the answer to its kind")
  void generatedQuestions(QualityStandard standard) {
    Generator<Question> questions = Questions.any(standard);
    ForAll.settings().tries(TRIES).assertHolds("generated questions and their answers are valid", questions, question -> {
      String json = questions.show(question);
      Question read = QUESTION_READER.read(json);
      String kind = SchemaCheck.PLAIN.readTree(json).get("question").asString();
      String answer = json(ASSESSOR.answer(read, LOCALES.get(Math.floorMod(json.hashCode(), LOCALES.size()))));
      return first(invalid(FormatSchema.QUESTION, json, "the question"), invalid(FormatSchema.ANSWER, answer, "its answer"),
          invalid(SchemaCheck.schema(Answers.of(kind)), answer, "its answer as a " + kind + " answer"));
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  @DisplayName("Reports of generated cases under every changed standard of the conformance kit are valid")
  void reportsUnderChangedStandards(QualityStandard standard) {
    List<StandardMutation> mutations = Mutations.all(standard);
    assertTrue(mutations.size() > 3, "mutations of " + standard.municipality() + ": " + mutations.size());
    for (StandardMutation mutation : mutations) {
      StandardRegistry registry = mutation.registry();
      CaseFileReader reader = CaseFileReader.with(registry);
      DeadlineEngine engine = DeadlineEngine.of(registry, PublicHolidays.denmark());
      ForAll.settings().tries(10).assertHolds("reports under " + mutation.name() + " are valid",
          CaseFiles.of(mutation.standard()), caseFile -> {
            String json = json(caseFile);
            return first(invalid(FormatSchema.CASE_FILE, json, "the case file"),
                invalid(FormatSchema.REPORT, json(engine.report(reader.read(json), Locale.ENGLISH)), "its report"));
          });
    }
  }

  // ------------------------------------------------------------------ changed documents: the schema agrees with the reader

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  @DisplayName("Changed case files: what the reader accepts is valid; what breaks the structure both refuse")
  void changedCaseFiles(QualityStandard standard) {
    CaseFiles cases = CaseFiles.of(standard);
    agree(Format.CASE_FILE, seed -> (ObjectNode) SchemaCheck.PLAIN.readTree(json(cases.generate(seed))),
        FormatSchema.CASE_FILE, json -> CASE_READER.read(json));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  @DisplayName("Changed questions: what the reader accepts is valid; what breaks the structure both refuse")
  void changedQuestions(QualityStandard standard) {
    Generator<Question> questions = Questions.any(standard);
    agree(Format.QUESTION, seed -> (ObjectNode) SchemaCheck.PLAIN.readTree(questions.show(questions.generate(seed))),
        FormatSchema.QUESTION, json -> QUESTION_READER.read(json));
  }

  /**
   * Checks that reader and schema agree on changed documents, and that every structural change was
   * made at least once (so that the agreement is not had by changing nothing).
   */
  private static void agree(Format format, Function<Long, ObjectNode> valid, FormatSchema schema,
      java.util.function.Consumer<String> reader) {
    Map<Change, Integer> made = new EnumMap<>(Change.class);
    Generator<DocumentMutation> changed = new Generator<>() {
      @Override
      public DocumentMutation generate(long seed) {
        ObjectNode document = valid.apply(seed);
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        Change[] changes = Change.values();
        int from = random.nextInt(changes.length);
        for (int i = 0; i < changes.length; i++) {
          Optional<DocumentMutation> mutation = DocumentMutation.of(format, document, changes[(from + i) % changes.length], random);
          if (mutation.isPresent()) {
            return mutation.get();
          }
        }
        throw new IllegalStateException("no change applies to the document of seed " + seed);
      }

      @Override
      public String show(DocumentMutation value) {
        return value.change() + " at " + value.where() + ":\n" + Cpr.mask(value.document().toString());
      }

      @Override
      public String shows() {
        return "the change and the changed document";
      }
    };
    Property<DocumentMutation> agreement = mutation -> {
      synchronized (made) {
        made.merge(mutation.change(), 1, Integer::sum);
      }
      String json = mutation.document().toString();
      boolean accepted;
      String refusal = "";
      try {
        reader.accept(json);
        accepted = true;
      } catch (InvalidCaseException e) {
        accepted = false;
        refusal = e.getMessage();
      }
      List<String> problems = SchemaCheck.problems(SchemaCheck.schema(schema), json);
      if (accepted && !problems.isEmpty()) {
        return Optional.of("the reader accepts it, the schema refuses it: " + String.join("; ", problems));
      }
      if (mutation.change().structural() && accepted) {
        return Optional.of("the reader accepts a document changed by " + mutation.change());
      }
      if (mutation.change().structural() && problems.isEmpty()) {
        return Optional.of("the reader refuses it (" + Cpr.mask(refusal) + "), the schema accepts it");
      }
      return Optional.empty();
    };
    ForAll.settings().tries(TRIES).assertHolds(format + ": the schema agrees with the reader on changed documents", changed,
        agreement);
    List<Change> missing = new ArrayList<>();
    for (Change change : Change.values()) {
      boolean possible = change != Change.IDENTIFIED_ANONYMOUS || format == Format.CASE_FILE;
      if (possible && made.getOrDefault(change, 0) == 0) {
        missing.add(change);
      }
    }
    assertTrue(missing.isEmpty(), "changes never made: " + missing + "; made: " + made);
  }
}
