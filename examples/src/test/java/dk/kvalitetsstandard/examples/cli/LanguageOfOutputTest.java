package dk.kvalitetsstandard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.conformance.FloorFinding;
import dk.kvalitetsstandard.conformance.property.CaseFiles;
import dk.kvalitetsstandard.conformance.property.Generator;
import dk.kvalitetsstandard.conformance.property.Questions;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.RequiredContent;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Attendance;
import dk.kvalitetsstandard.questions.ChoiceOutcome;
import dk.kvalitetsstandard.questions.Eligibility;
import dk.kvalitetsstandard.questions.Question;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.AdoptionStatus;
import dk.kvalitetsstandard.standard.AmountFactor;
import dk.kvalitetsstandard.standard.ClockStart;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.FeeItem;
import dk.kvalitetsstandard.standard.Intensity;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Danish output reads as Danish: every explanation, finding, answer and complaint guidance of
 * {@code report}, {@code assess} and {@code check} with {@code --lang da}, as JSON (the prose fields)
 * and as text (all of it), writes dates as Danish prose does ({@code 5. januar 2026}, never
 * {@code 2026-01-05}) and uses no English words and no code names of the library's enums; the text
 * fits in 100 columns. English output names no codes and no ISO dates in its prose either. Run over
 * the examples in {@code cases/} and {@code questions/} and over case histories and questions the
 * conformance kit generates for every standard.
 */
class LanguageOfOutputTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
  private static final int GENERATED = 20;

  /** The JSON fields written for a person; the others are codes and ISO dates for machines. */
  private static final Set<String> PROSE_FIELDS = Set.of("explanation", "message", "text", "criterion", "difference");

  private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

  /**
   * English words that Danish prose never uses (words that are Danish too, such as "status",
   * "standard", "offer", "to" or "by", are left out).
   */
  private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(the|and|of|is|must|within|treatment|deadline|citizen|"
      + "complaint|decision|breached|pending|waived|lapsed|due|as of|finding|findings|guarantee|municipality|which|with|"
      + "has|was|this|that|may|needs|allowed|refused|eligible|yes|unknown|charge|card|cards|attendance|example|course|"
      + "rule|done|met|not|none|from|reason|criterion|payable|answer|free of charge)\\b");

  /** The code names of the enums whose values a person reads as words ({@code MOVE} is also the offer's Danish name). */
  private static final Pattern CODES = codes();

  private static Pattern codes() {
    Set<String> names = new LinkedHashSet<>();
    for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(Status.class, DeadlineKind.class,
        OfferKind.class, Intensity.class, FeeItem.class, Eligibility.class, ChoiceOutcome.class, Track.class,
        ComplaintSubject.class, dk.kvalitetsstandard.cases.Outcome.class, FloorFinding.Kind.class, AmountFactor.class,
        EndStatus.class, ContactChannel.class, ClockStart.class, AdoptionStatus.class, EventType.class, Attendance.class,
        RequiredContent.class)) {
      Arrays.stream(type.getEnumConstants()).map(Enum::name).forEach(names::add);
    }
    names.remove("MOVE");
    return Pattern.compile("\\b(" + String.join("|", names) + ")\\b");
  }

  private static CliRun run(String stdin, String... args) {
    return CliRun.of(TODAY, stdin, args);
  }

  /** What a person reads of a JSON document: the values of its prose fields, one a line. */
  private static String prose(String json) {
    List<String> texts = new ArrayList<>();
    collect(Json.mapper().readTree(json), texts);
    return String.join("\n", texts);
  }

  private static void collect(JsonNode node, List<String> texts) {
    if (node.isObject()) {
      for (var field : node.properties()) {
        if (PROSE_FIELDS.contains(field.getKey()) && field.getValue().isString()) {
          texts.add(field.getValue().asString());
        } else {
          collect(field.getValue(), texts);
        }
      }
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, texts));
    }
  }

  /** The problems of Danish prose: ISO dates, English words, code names. */
  private static List<String> notDanish(String text) {
    List<String> problems = new ArrayList<>();
    find(ISO_DATE, text, "an ISO date", problems);
    find(ENGLISH, text, "an English word", problems);
    find(CODES, text, "a code name", problems);
    return problems;
  }

  /** The problems of English prose: ISO dates and code names. */
  private static List<String> notReadable(String text) {
    List<String> problems = new ArrayList<>();
    find(ISO_DATE, text, "an ISO date", problems);
    find(CODES, text, "a code name", problems);
    return problems;
  }

  private static void find(Pattern pattern, String text, String what, List<String> problems) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      int from = Math.max(0, m.start() - 40);
      int to = Math.min(text.length(), m.end() + 40);
      problems.add(what + " '" + m.group() + "' in: …" + text.substring(from, to).replace('\n', ' ') + "…");
    }
  }

  private static List<String> tooWide(String text) {
    return text.lines().filter(l -> l.length() > TextTable.WIDTH).toList();
  }

  /** Runs {@code command} on {@code input} in Danish and English, as JSON and as text, and collects every problem. */
  private static void assertReadable(String what, String input, String command, List<String> problems) {
    for (String lang : List.of("da", "en")) {
      CliRun json = run(input, command, "-", "--lang", lang);
      CliRun text = run(input, command, "-", "--lang", lang, "--format", "text");
      assertEquals(0, json.code(), what + ": " + json.err());
      assertEquals(0, text.code(), what + ": " + text.err());
      boolean danish = lang.equals("da");
      (danish ? notDanish(prose(json.out())) : notReadable(prose(json.out())))
          .forEach(p -> problems.add(what + " (" + lang + ", JSON): " + p));
      (danish ? notDanish(text.out()) : notReadable(text.out())).forEach(p -> problems.add(what + " (" + lang + ", text): " + p));
      tooWide(text.out()).forEach(l -> problems.add(what + " (" + lang + ", text): wider than 100: " + l));
    }
  }

  private static void assertNone(List<String> problems) {
    assertTrue(problems.isEmpty(), problems.size() + " problems, the first: " + String.join("\n", problems.stream()
        .limit(20).toList()));
  }

  private static List<Path> examples(String folder) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  @DisplayName("report and assess on every example of cases/ and questions/: Danish dates and words in Danish, no codes, 100 columns")
  void examples() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> cases = examples("cases");
    List<Path> questions = examples("questions");
    assertTrue(cases.size() >= 2 && questions.size() >= 4, "the examples are found");
    for (Path file : cases) {
      assertReadable(file.toString(), Files.readString(file), "report", problems);
    }
    for (Path file : questions) {
      assertReadable(file.toString(), Files.readString(file), "assess", problems);
    }
    assertNone(problems);
  }

  @Test
  @DisplayName("report on case histories generated for every standard: complaint guidance, findings and explanations in Danish")
  void generatedCases() {
    List<String> problems = new ArrayList<>();
    int decisions = 0;
    for (QualityStandard standard : StandardRegistry.defaultRegistry().all()) {
      CaseFiles generator = CaseFiles.of(standard);
      for (long seed = 1; seed <= GENERATED; seed++) {
        CaseFile caseFile = generator.generate(seed);
        decisions += (int) caseFile.events().stream().filter(e -> e.type() == EventType.DECISION_RECEIVED).count();
        assertReadable(standard.municipality().slug() + " case of seed " + seed, Json.mapper().writeValueAsString(caseFile),
            "report", problems);
      }
    }
    assertTrue(decisions > 50, "the generated cases carry decisions, so their complaint guidance is read: " + decisions);
    assertNone(problems);
  }

  @Test
  @DisplayName("assess on questions generated for every standard: criteria, open questions and offer kinds in Danish")
  void generatedQuestions() {
    List<String> problems = new ArrayList<>();
    for (QualityStandard standard : StandardRegistry.defaultRegistry().all()) {
      Generator<Question> generator = Questions.any(standard);
      for (long seed = 1; seed <= 2L * GENERATED; seed++) {
        assertReadable(standard.municipality().slug() + " question of seed " + seed, generator.show(generator.generate(seed)),
            "assess", problems);
      }
    }
    assertNone(problems);
  }

  @Test
  @DisplayName("check of every standard, on dates when each is in force and when it has expired: findings and examples in Danish")
  void check() {
    List<String> problems = new ArrayList<>();
    for (String date : List.of("2023-06-01", "2026-11-23")) {
      for (String lang : List.of("da", "en")) {
        CliRun text = run("", "check", "--date", date, "--lang", lang);
        CliRun json = run("", "check", "--date", date, "--lang", lang, "--json");
        assertEquals(0, text.code(), text.err());
        assertEquals(0, json.code(), json.err());
        boolean danish = lang.equals("da");
        String where = "check --date " + date + " --lang " + lang;
        (danish ? notDanish(text.out()) : notReadable(text.out())).forEach(p -> problems.add(where + " (text): " + p));
        (danish ? notDanish(prose(json.out())) : notReadable(prose(json.out())))
            .forEach(p -> problems.add(where + " (JSON): " + p));
        tooWide(text.out()).forEach(l -> problems.add(where + ": wider than 100: " + l));
      }
    }
    assertNone(problems);
  }

  @Test
  @DisplayName("The checks themselves: an ISO date, an English word and a code name in Danish prose are each found")
  void theChecksFindWhatTheyLookFor() {
    assertEquals(3, notDanish("Fristen udløb 2026-01-19; the status var NOT_APPLICABLE.").size());
    assertEquals(List.of(), notDanish("Fristen udløb den 19. januar 2026 (NAT-G1, SEL § 101, stk. 4); status: overskredet."));
    assertEquals(1, notReadable("Breached: nothing is recorded by 2026-01-19.").size());
  }
}
