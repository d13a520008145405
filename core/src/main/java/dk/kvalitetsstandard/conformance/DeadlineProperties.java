package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.CaseFileReader;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.DeadlineKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The properties every standard's deadline reports must have, whatever the case: the report does
 * not depend on the order of the events; a deadline decided by its dates is met exactly when its
 * closing event is on or before its due date; a later {@code asOf} never reopens a deadline; the
 * effective guarantee is never later than the national one; a complaint limit ends on a working
 * day and never before receipt + 28 days; a death is never followed up; reports and case files
 * survive JSON; every course with a request has one guarantee, no per-course deadline is left
 * open past its course's end, and a later course never changes an earlier one's deadlines. Used by {@link ConformanceKit} and by the project's own tests. Thread-safe.
 */
public final class DeadlineProperties {

  /** The deadlines each course has anew (D0-7). */
  private static final Set<DeadlineKind> PER_COURSE = Set.of(DeadlineKind.TREATMENT_GUARANTEE,
      DeadlineKind.MEDICAL_EXAMINATION, DeadlineKind.PLAN_REVIEW, DeadlineKind.ACTION_PLAN_CLARIFICATION);
  private static final Set<Status> BY_DATES = Set.of(Status.MET, Status.BREACHED, Status.PENDING, Status.LAPSED);

  private final DeadlineEngine engine;
  private final PublicHolidays holidays;
  private final CaseFileReader reader;

  private DeadlineProperties(StandardRegistry registry, PublicHolidays holidays) {
    this.engine = DeadlineEngine.of(registry, holidays);
    this.holidays = holidays;
    this.reader = CaseFileReader.with(registry);
  }

  /** The properties, evaluated with {@code registry}'s standards and {@code holidays}. */
  public static DeadlineProperties of(StandardRegistry registry, PublicHolidays holidays) {
    return new DeadlineProperties(registry, holidays);
  }

  /** Every property by name, in a fixed order. */
  public Map<String, PropertyCheck.Property> all() {
    Map<String, PropertyCheck.Property> all = new LinkedHashMap<>();
    all.put("the report does not depend on the order of the events", this::orderDoesNotMatter);
    all.put("a deadline decided by its dates is MET exactly when closed on or before its due date", this::metExactlyWhenClosedInTime);
    all.put("a later asOf never turns BREACHED or MET back into PENDING", this::laterAsOfNeverReopens);
    all.put("the effective guarantee is never later than the national one (NAT-G1)", this::guaranteeWithinTheFloor);
    all.put("a complaint limit ends on a working day, never before receipt + 28 days (NAT-C1, D0-5)", this::complaintLimit);
    all.put("a DECEASED ending is never followed up (NAT-U1)", this::deceasedNeverFollowedUp);
    all.put("reports and case files survive JSON", this::jsonRoundTrips);
    all.put("every course with a request has exactly one guarantee (D0-7)", this::oneGuaranteePerCourse);
    all.put("no per-course deadline is left open past its course's end (D0-7)", this::nothingOpenPastTheEnd);
    all.put("a later course never changes an earlier course's deadlines (D0-7)", this::laterCoursesChangeNothingEarlier);
    return all;
  }

  private Optional<String> orderDoesNotMatter(CaseFile c) {
    DeadlineReport report = engine.report(c);
    List<CaseEvent> reversed = new ArrayList<>(c.events());
    Collections.reverse(reversed);
    List<CaseEvent> shuffled = new ArrayList<>(c.events());
    Collections.shuffle(shuffled, new Random(c.events().size()));
    for (List<CaseEvent> order : List.of(reversed, shuffled)) {
      if (!engine.report(CaseFile.builder().from(c).events(order).build()).equals(report)) {
        return Optional.of("reordering the events changes the report");
      }
    }
    return Optional.empty();
  }

  private Optional<String> metExactlyWhenClosedInTime(CaseFile c) {
    return engine.report(c).deadlines().stream()
        .filter(d -> BY_DATES.contains(d.status()))
        .filter(d -> (d.status() == Status.MET)
            != (d.closedBy().isPresent() && !d.closedBy().get().isAfter(d.due().orElseThrow())))
        .findFirst().map(d -> d.kind() + " is " + d.status() + " with due " + d.due().orElse(null)
            + " and closedBy " + d.closedBy().orElse(null));
  }

  private Optional<String> laterAsOfNeverReopens(CaseFile c) {
    List<Deadline> before = engine.report(c).deadlines();
    for (int days : new int[] {1, 30, 400}) {
      List<Deadline> after = engine.report(CaseFile.builder().from(c).asOf(c.asOf().plusDays(days)).build()).deadlines();
      if (after.size() != before.size()) {
        return Optional.of("asOf + " + days + " changes the number of deadlines");
      }
      for (int i = 0; i < before.size(); i++) {
        Status was = before.get(i).status();
        if ((was == Status.BREACHED || was == Status.MET) && after.get(i).status() == Status.PENDING) {
          return Optional.of(before.get(i).kind() + " was " + was + " and is PENDING at asOf + " + days);
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> guaranteeWithinTheFloor(CaseFile c) {
    CourseModel model = CourseModel.of(c);
    return engine.report(c).deadlines().stream()
        .filter(d -> d.kind() == DeadlineKind.TREATMENT_GUARANTEE && d.due().isPresent())
        .flatMap(d -> model.course(d.course()).nationalContact().map(NationalFloor.guarantee(c.track()).orElseThrow()::dueFrom)
            .filter(floor -> d.due().get().isAfter(floor)).map(floor -> "course " + d.course() + "'s guarantee is due "
                + d.due().get() + ", after the national " + floor).stream())
        .findFirst();
  }

  private Optional<String> complaintLimit(CaseFile c) {
    NationalFloor.LimitTerm term = NationalFloor.COMPLAINT_LIMIT;
    return engine.report(c).deadlines().stream()
        .filter(d -> d.kind() == DeadlineKind.COMPLAINT && d.due().isPresent())
        .filter(d -> !holidays.isWorkingDay(d.due().get())
            || d.due().get().isBefore(term.limit().unit().addTo(d.startedBy().orElseThrow(), term.limit().exactly())))
        .findFirst().map(d -> "complaint limit " + d.due().get() + " for a decision received " + d.startedBy().orElse(null));
  }

  private Optional<String> deceasedNeverFollowedUp(CaseFile c) {
    Set<LocalDate> deaths = new HashSet<>();
    Set<LocalDate> otherEnds = new HashSet<>();
    c.events().stream().filter(e -> e.type() == EventType.TREATMENT_END)
        .forEach(e -> (e.status().orElseThrow() == EndStatus.DECEASED ? deaths : otherEnds).add(e.date()));
    return engine.report(c).deadlines().stream()
        .filter(d -> d.kind() == DeadlineKind.FOLLOW_UP || d.kind() == DeadlineKind.RELAPSE_PREVENTION)
        .filter(d -> deaths.contains(d.startedBy().orElseThrow()) && !otherEnds.contains(d.startedBy().get()))
        .findFirst().map(d -> d.kind() + " after a DECEASED ending on " + d.startedBy().get());
  }

  private Optional<String> oneGuaranteePerCourse(CaseFile c) {
    List<CourseModel.Course> requested = CourseModel.of(c).courses().stream().filter(CourseModel.Course::hasContact).toList();
    List<Integer> guarantees = engine.report(c).deadlines().stream()
        .filter(d -> d.kind() == DeadlineKind.TREATMENT_GUARANTEE).map(Deadline::course).sorted().toList();
    List<Integer> expected = requested.isEmpty() ? List.of(1) : requested.stream().map(CourseModel.Course::number).toList();
    return guarantees.equals(expected) ? Optional.empty()
        : Optional.of("guarantees for courses " + guarantees + ", expected one each for " + expected);
  }

  private Optional<String> nothingOpenPastTheEnd(CaseFile c) {
    CourseModel model = CourseModel.of(c);
    return engine.report(c).deadlines().stream()
        .filter(d -> PER_COURSE.contains(d.kind()) && d.due().isPresent() && d.course() <= model.courses().size())
        .filter(d -> model.course(d.course()).closed().filter(end -> d.due().get().isAfter(end)).isPresent())
        .filter(d -> d.kind() != DeadlineKind.TREATMENT_GUARANTEE || d.status() == Status.PENDING
            || d.status() == Status.BREACHED && d.closedBy().isEmpty())
        .findFirst().map(d -> d.kind() + " of course " + d.course() + " is due " + d.due().get() + ", after the course closed on "
            + model.course(d.course()).closed().get());
  }

  private Optional<String> laterCoursesChangeNothingEarlier(CaseFile c) {
    List<CourseModel.Course> courses = CourseModel.of(c).courses();
    DeadlineReport whole = engine.report(c);
    for (int k = 2; k <= courses.size(); k++) {
      LocalDate opened = courses.get(k - 1).opened();
      CaseFile before = CaseFile.builder().from(c).events(c.events().stream().filter(e -> e.date().isBefore(opened)).toList())
          .build();
      int last = k - 1;
      List<Deadline> earlier = perCourse(whole, last);
      List<Deadline> alone = perCourse(engine.report(before), last);
      if (!earlier.equals(alone)) {
        return Optional.of("the courses from " + opened + " on change the deadlines of courses 1-" + last + ": " + alone
            + " became " + earlier);
      }
    }
    return Optional.empty();
  }

  private static List<Deadline> perCourse(DeadlineReport report, int upTo) {
    return report.deadlines().stream().filter(d -> PER_COURSE.contains(d.kind()) && d.course() <= upTo).toList();
  }

  private Optional<String> jsonRoundTrips(CaseFile c) {
    DeadlineReport report = engine.report(c);
    if (!Json.mapper().readValue(Json.mapper().writeValueAsString(report), DeadlineReport.class).equals(report)) {
      return Optional.of("the report does not survive JSON");
    }
    if (!reader.read(Json.mapper().writeValueAsString(c)).equals(c)) {
      return Optional.of("the case file does not survive JSON");
    }
    return Optional.empty();
  }
}
