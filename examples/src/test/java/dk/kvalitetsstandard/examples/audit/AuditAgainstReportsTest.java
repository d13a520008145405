package dk.kvalitetsstandard.examples.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.audit.AuditSummary;
import dk.kvalitetsstandard.audit.CaseStreamAudit;
import dk.kvalitetsstandard.audit.Counting;
import dk.kvalitetsstandard.audit.GroupFigures;
import dk.kvalitetsstandard.audit.LineProblem;
import dk.kvalitetsstandard.audit.SyntheticHistories;
import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.CaseFileReader;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The test of done, on a smaller file: the figures of a streamed audit of a generated file
 * equal the figures computed here, one case at a time, from the per-case reports of the same
 * histories, and every bad line is listed with its number. The expected figures are computed
 * without {@code AuditFigures}: courses, years, the register's merging, medians and percentiles are
 * worked out again below from their definitions (D0-7, D0-8).
 */
class AuditAgainstReportsTest {

  private static final long SEED = 20261201L;
  private static final int LINES = 2500;
  private static final StandardRegistry REGISTRY = StandardRegistry.defaultRegistry();
  private static final DeadlineEngine ENGINE = DeadlineEngine.of(REGISTRY, PublicHolidays.denmark());
  private static final SyntheticHistories HISTORIES = SyntheticHistories.of(REGISTRY).withBadShare(0.02);

  @TempDir
  static Path dir;
  private static Path file;

  @BeforeAll
  static void writeFile() throws IOException {
    file = dir.resolve("synthetic.ndjson");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      HISTORIES.write(out, LINES, SEED);
    }
  }

  private record Key(String municipality, int year, Track track) {}

  /** The figures of one group as this test computes them. */
  private static final class Expected {
    final Map<Status, Long> byStatus = new EnumMap<>(Status.class);
    final List<Integer> days = new ArrayList<>();
  }

  @ParameterizedTest(name = "{0} counting")
  @EnumSource(Counting.class)
  @DisplayName("D0-7, D0-8: the streamed audit's figures equal those computed from the per-case reports; every bad line is "
      + "listed, and no CPR number")
  void figuresEqualThePerCaseReports(Counting counting) throws IOException {
    List<LineProblem> problems = new ArrayList<>();
    AuditSummary audited;
    try (InputStream in = Files.newInputStream(file)) {
      audited = CaseStreamAudit.of(REGISTRY, PublicHolidays.denmark(), counting).run(in, problems::add,
          CaseStreamAudit.Progress.NONE).summary();
    }

    CaseFileReader reader = CaseFileReader.with(REGISTRY);
    Map<Key, Expected> expected = new TreeMap<>(java.util.Comparator.comparing(Key::municipality)
        .thenComparingInt(Key::year).thenComparing(Key::track));
    Set<Long> badLines = new TreeSet<>();
    long valid = 0;
    for (long n = 1; n <= LINES; n++) {
      SyntheticHistories.Line line = HISTORIES.line(SEED, n);
      if (line.defect().isPresent()) {
        badLines.add(n);
        continue;
      }
      CaseFile caseFile = reader.read(line.json());
      DeadlineReport report = ENGINE.report(caseFile);
      valid++;
      List<Course> courses = courses(caseFile);
      assertSameCourses(courses, report, n);
      for (Deadline d : report.deadlines()) {
        if (d.kind() != DeadlineKind.TREATMENT_GUARANTEE) {
          continue;
        }
        if (counting == Counting.REGISTRY && (caseFile.track() == Track.ANONYMOUS_DRUG || merged(courses, d.course()))) {
          continue;
        }
        LocalDate filed = d.startedBy().orElseGet(() -> courses.get(d.course() - 1).firstRequest());
        Expected group = expected.computeIfAbsent(new Key(report.municipality(), filed.getYear(), caseFile.track()),
            k -> new Expected());
        group.byStatus.merge(d.status(), 1L, Long::sum);
        if (d.startedBy().isPresent() && d.closedBy().isPresent()) {
          group.days.add((int) ChronoUnit.DAYS.between(d.startedBy().get(), d.closedBy().get()));
        }
      }
    }

    assertEquals(LINES, audited.cases());
    assertEquals(valid, audited.valid());
    assertEquals(badLines.size(), audited.invalid());
    assertTrue(badLines.size() >= 20, "the file should hold bad lines of several kinds: " + badLines.size());
    assertEquals(badLines, new TreeSet<>(problems.stream().map(LineProblem::line).toList()),
        "every bad line is listed with its number, and no good one");
    assertTrue(problems.stream().anyMatch(p -> p.path().equals("citizen.cpr")), "an identified anonymous case is among them");
    Set<String> cprs = new TreeSet<>();
    Matcher m = Pattern.compile("\"cpr\":\"(\\d{10})\"").matcher(Files.readString(file));
    while (m.find()) {
      cprs.add(m.group(1));
    }
    assertTrue(cprs.size() > 100, "the file carries CPR numbers: " + cprs.size());
    String all = problems.toString();
    assertFalse(cprs.stream().anyMatch(all::contains), "a CPR number in the problems");

    List<String> actual = audited.groups().stream().map(AuditAgainstReportsTest::describe).toList();
    List<String> computed = expected.entrySet().stream().map(e -> describe(e.getKey(), e.getValue())).toList();
    assertEquals(computed, actual);
    // Five years of the five municipalities' tracks: 15 pairs, 10 once anonymous treatment is left out.
    assertEquals(counting == Counting.LAW ? 15 * 5 : 10 * 5, actual.size(), String.join("\n", actual));
  }

  private static String describe(GroupFigures g) {
    Map<Status, Long> nonZero = new EnumMap<>(Status.class);
    g.byStatus().forEach((s, n) -> {
      if (n > 0) {
        nonZero.put(s, n);
      }
    });
    return g.municipality() + " " + g.year() + " " + g.track() + " " + g.guarantees() + " " + nonZero + " started "
        + g.daysToStart().started() + " median " + g.daysToStart().median().orElse(null) + " p90 "
        + g.daysToStart().p90().orElse(null);
  }

  private static String describe(Key key, Expected e) {
    List<Integer> days = e.days.stream().sorted().toList();
    long guarantees = e.byStatus.values().stream().mapToLong(Long::longValue).sum();
    return key.municipality() + " " + key.year() + " " + key.track() + " " + guarantees + " " + e.byStatus + " started "
        + days.size() + " median " + rank(days, 50) + " p90 " + rank(days, 90);
  }

  /** The nearest-rank percentile: the value at rank ⌈p·n/100⌉ of the sorted values. */
  private static Integer rank(List<Integer> sorted, int percent) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(sorted.size() * percent / 100.0);
    return sorted.get(rank - 1);
  }

  /** A course as D0-7 states it: its first request (null for one opened by a start) and the end that closed it. */
  private record Course(LocalDate opened, LocalDate firstRequest, Optional<LocalDate> treatmentEnd) {}

  /**
   * The courses of a case, from the rule: a request opens a course when none is open; an end closes
   * it; a refusal of the track's treatment closes it before treatment has started; a start with no
   * course open opens one.
   */
  private static List<Course> courses(CaseFile caseFile) {
    ComplaintSubject refusalOf = Map.of(Track.SOCIAL_DRUG, ComplaintSubject.SOCIAL_TREATMENT, Track.ANONYMOUS_DRUG,
        ComplaintSubject.ANONYMOUS_TREATMENT, Track.MEDICAL_DRUG, ComplaintSubject.HEALTH_TREATMENT, Track.ALCOHOL,
        ComplaintSubject.HEALTH_TREATMENT).get(caseFile.track());
    List<Course> courses = new ArrayList<>();
    LocalDate opened = null;
    LocalDate request = null;
    boolean started = false;
    for (CaseEvent e : caseFile.chronological()) {
      boolean opens = e.type() == EventType.CONTACT || e.type() == EventType.TREATMENT_START;
      if (opens && opened == null) {
        opened = e.date();
        request = null;
        started = false;
      }
      if (e.type() == EventType.CONTACT && request == null) {
        request = e.date();
      }
      started |= e.type() == EventType.TREATMENT_START;
      boolean ends = e.type() == EventType.TREATMENT_END;
      boolean refused = e.type() == EventType.DECISION_RECEIVED && !started && e.subject().orElse(null) == refusalOf
          && e.outcome().orElse(null) == Outcome.REFUSED;
      if (opened != null && (ends || refused)) {
        courses.add(new Course(opened, request, ends ? Optional.of(e.date()) : Optional.empty()));
        opened = null;
      }
    }
    if (opened != null) {
      courses.add(new Course(opened, request, Optional.empty()));
    }
    return courses;
  }

  /**
   * The courses worked out here are the engine's: one guarantee per course with a request, each
   * numbered as here and started within its course (so the year and the merging above are those of
   * the engine's courses, not only of this test's reading of the rule).
   */
  private static void assertSameCourses(List<Course> courses, DeadlineReport report, long line) {
    List<Deadline> guarantees = report.deadlines().stream().filter(d -> d.kind() == DeadlineKind.TREATMENT_GUARANTEE)
        .sorted(java.util.Comparator.comparingInt(Deadline::course)).toList();
    List<Integer> withRequest = new ArrayList<>();
    for (int i = 0; i < courses.size(); i++) {
      if (courses.get(i).firstRequest() != null) {
        withRequest.add(i + 1);
      }
    }
    // A history with no request at all still gets one guarantee, not started, in course 1.
    assertEquals(withRequest.isEmpty() ? List.of(1) : withRequest, guarantees.stream().map(Deadline::course).toList(),
        "line " + line);
    for (Deadline d : guarantees) {
      Course course = courses.get(d.course() - 1);
      d.startedBy().ifPresent(started -> assertTrue(!started.isBefore(course.firstRequest())
          && course.treatmentEnd().map(end -> !started.isAfter(end)).orElse(true), "line " + line + ": " + d));
    }
  }

  /** D0-8: the course's request came 10 days or less after the previous course ended, and that course had a request. */
  private static boolean merged(List<Course> courses, int number) {
    if (number < 2) {
      return false;
    }
    Course course = courses.get(number - 1);
    Course before = courses.get(number - 2);
    return course.firstRequest() != null && before.firstRequest() != null && before.treatmentEnd().isPresent()
        && !course.firstRequest().isAfter(before.treatmentEnd().get().plusDays(10));
  }
}
