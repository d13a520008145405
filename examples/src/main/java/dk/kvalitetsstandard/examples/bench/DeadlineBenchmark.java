package dk.kvalitetsstandard.examples.bench;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.CaseFileReader;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.conformance.property.CaseFiles;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Reports per second over a varied set of cases: 60 histories generated from fixed seeds, twelve
 * per standard, on every track each standard covers, with one to five courses, taken in turn so
 * that no single case is repeated into a constant. Measures of the same cases: through the Java
 * API, for a case reported before ({@code javaApi}) and for one built anew
 * ({@code javaApiNewCase}); through JSON in and out (read, validate, compute, write) beside what
 * Jackson alone takes for the same documents ({@code jacksonAlone}); and {@code floor}: the
 * guarantee, plan-review, follow-up, complaint and reconsideration dates and statuses of the same
 * cases computed by hand with plain {@code java.time} and the real holiday calendar, reading the
 * case's events once, with no standard, no validation and no explanation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DeadlineBenchmark {

  /** How many generated histories of each standard the benchmark cycles through. */
  static final int PER_STANDARD = 12;

  private DeadlineEngine engine;
  private CaseFileReader reader;
  private PublicHolidays holidays;
  private CaseFile[] cases;
  private String[] json;
  private JsonNode[] reportTrees;
  private int next;

  // The law's terms, read once from where they are declared, as plain ints for the hand-written floor.
  private static final int GUARANTEE_DAYS = NationalFloor.GUARANTEE_LENGTH.exactly();
  private static final int FIRST_FOLLOW_UP_MONTHS = NationalFloor.FOLLOW_UP.after().get(0).exactly();
  private static final int SECOND_FOLLOW_UP_MONTHS = NationalFloor.FOLLOW_UP.after().get(1).exactly();
  private static final int LIMIT_WEEKS = NationalFloor.COMPLAINT_LIMIT.limit().exactly();

  @Setup
  public void setUp() {
    StandardRegistry registry = StandardRegistry.defaultRegistry();
    holidays = PublicHolidays.denmark();
    engine = DeadlineEngine.of(registry, holidays);
    reader = CaseFileReader.with(registry);
    List<CaseFile> generated = varied(registry);
    cases = generated.toArray(CaseFile[]::new);
    json = generated.stream().map(c -> Json.mapper().writeValueAsString(c)).toArray(String[]::new);
    reportTrees = generated.stream().map(c -> Json.mapper().valueToTree(engine.report(c))).toArray(JsonNode[]::new);
  }

  /** The benchmark's cases: {@link #PER_STANDARD} generated histories of each standard, from fixed seeds. */
  static List<CaseFile> varied(StandardRegistry registry) {
    List<CaseFile> all = new ArrayList<>();
    for (QualityStandard standard : registry.all()) {
      CaseFiles generator = CaseFiles.of(standard);
      for (int seed = 1; seed <= PER_STANDARD; seed++) {
        all.add(generator.generate(seed * 7919L));
      }
    }
    return all;
  }

  private int nextIndex() {
    int i = next;
    next = i + 1 == cases.length ? 0 : i + 1;
    return i;
  }

  /**
   * A report of a case the engine has seen before: the case instance was checked on its first
   * report and keeps what the check found, as a case a tool holds and reports again does.
   */
  @Benchmark
  public DeadlineReport javaApi() {
    return engine.report(cases[nextIndex()]);
  }

  /**
   * A report of a case built anew from its parts, as a case tool that makes its case for each
   * request does: the builder, the events put in date order, the check and the report.
   */
  @Benchmark
  public DeadlineReport javaApiNewCase() {
    CaseFile c = cases[nextIndex()];
    return engine.report(CaseFile.builder().municipality(c.municipality()).asOf(c.asOf()).track(c.track())
        .citizen(c.citizen()).events(c.events()).build());
  }

  @Benchmark
  public String jsonInAndOut() {
    return Json.mapper().writeValueAsString(engine.report(reader.read(json[nextIndex()])));
  }

  /**
   * What Jackson alone takes for the JSON path's documents: every token of the same case file read
   * with the streaming parser, and the same report, computed beforehand and held as a tree, written
   * with the same mapper. No binding, no checking, no engine and no explanation written: about the
   * least the JSON path could cost here.
   */
  @Benchmark
  public String jacksonAlone(Blackhole out) {
    int i = nextIndex();
    try (JsonParser parser = Json.mapper().createParser(json[i])) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        out.consume(token);
      }
    }
    return Json.mapper().writeValueAsString(reportTrees[i]);
  }

  @Benchmark
  public void floor(Blackhole out) {
    floor(cases[nextIndex()], holidays, out);
  }

  /**
   * The floor for one case: one pass over its events in date order, opening a course at a request
   * when none is open and closing it at an end; per course the guarantee's due date and status; per
   * start the first plan review; per qualifying end on the social track the two follow-ups; per
   * adverse decision the complaint limit and per complaint the reconsideration, both counted in
   * weeks and moved past weekends and public holidays.
   */
  static void floor(CaseFile c, PublicHolidays holidays, Blackhole out) {
    LocalDate asOf = c.asOf();
    boolean guarantee = c.track() != Track.ANONYMOUS_DRUG;
    boolean open = false;
    LocalDate clock = null;
    LocalDate started = null;
    for (CaseEvent e : c.chronological()) {
      EventType type = e.type();
      if (type == EventType.CONTACT && !open) {
        open = true;
        clock = e.date();
        started = null;
      } else if (type == EventType.TREATMENT_START && started == null) {
        started = e.date();
        if (guarantee && clock != null) {
          LocalDate due = clock.plusDays(GUARANTEE_DAYS);
          out.consume(due);
          out.consume(started.isAfter(due));
        }
        out.consume(started.plusMonths(6));
      } else if (type == EventType.TREATMENT_END) {
        open = false;
        EndStatus status = e.status().orElseThrow();
        if (c.track() == Track.SOCIAL_DRUG && status != EndStatus.DROPPED_OUT && status != EndStatus.DECEASED) {
          LocalDate second = e.date().plusMonths(SECOND_FOLLOW_UP_MONTHS);
          out.consume(e.date().plusMonths(FIRST_FOLLOW_UP_MONTHS));
          out.consume(asOf.isAfter(second));
        }
      } else if (type == EventType.DECISION_RECEIVED && e.outcome().orElseThrow() != Outcome.GRANTED
          && e.subject().orElseThrow() == ComplaintSubject.SOCIAL_TREATMENT) {
        out.consume(holidays.thisOrNextWorkingDay(e.date().plusWeeks(LIMIT_WEEKS)));
      } else if (type == EventType.COMPLAINT) {
        out.consume(holidays.thisOrNextWorkingDay(e.date().plusWeeks(LIMIT_WEEKS)));
      }
    }
    if (open && started == null && guarantee && clock != null) {
      out.consume(asOf.isAfter(clock.plusDays(GUARANTEE_DAYS)));
    }
  }
}
