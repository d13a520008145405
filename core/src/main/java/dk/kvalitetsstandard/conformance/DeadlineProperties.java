package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.CaseFileReader;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.conformance.property.Property;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.DeadlineKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The laws every standard's deadline reports obey, whatever the case, as properties of one case
 * history, each named by the rules it checks: the report does not depend on the order of the
 * events; a deadline decided by its dates is met exactly when its closing event is on or before its
 * due date (D0-1); a later {@code asOf} never reopens a deadline; no effective deadline is later
 * than the national floor allows (the guarantee, NAT-G1, NAT-G4, NAT-G5; the follow-ups, NAT-U1;
 * the reconsideration, NAT-C5) and no complaint limit earlier (NAT-C1, D0-5); a complaint limit ends
 * on a working day, a guarantee never moves (D0-3); an earlier start never turns a met guarantee
 * into a breached one; a death is never followed up (NAT-U1); reports and case files survive JSON;
 * every course with a request has one guarantee, no per-course deadline is left open past its
 * course's end, and a later course never changes an earlier one's deadlines (D0-7).
 *
 * <p>Used by {@link Laws}, {@link ConformanceKit} and the project's own tests. Thread-safe.
 */
public final class DeadlineProperties {

  /** The deadlines each course has anew (D0-7). */
  private static final Set<DeadlineKind> PER_COURSE = Set.of(DeadlineKind.TREATMENT_GUARANTEE,
      DeadlineKind.MEDICAL_EXAMINATION, DeadlineKind.PLAN_REVIEW, DeadlineKind.ACTION_PLAN_CLARIFICATION);
  private static final Set<Status> BY_DATES = Set.of(Status.MET, Status.BREACHED, Status.PENDING, Status.LAPSED);

  private final StandardRegistry registry;
  private final DeadlineEngine engine;
  private final PublicHolidays holidays;
  private final CaseFileReader reader;

  private DeadlineProperties(StandardRegistry registry, PublicHolidays holidays) {
    this.registry = registry;
    this.engine = DeadlineEngine.of(registry, holidays);
    this.holidays = holidays;
    this.reader = CaseFileReader.with(registry);
  }

  /**
   * The properties, evaluated with {@code registry}'s standards and {@code holidays}.
   *
   * @param registry the standards the cases are reported under
   * @param holidays the public holidays
   * @return the properties
   */
  public static DeadlineProperties of(StandardRegistry registry, PublicHolidays holidays) {
    return new DeadlineProperties(Objects.requireNonNull(registry, "registry"), Objects.requireNonNull(holidays, "holidays"));
  }

  /**
   * Every property by name, in a fixed order; each name starts with the rules it checks, where a
   * rule of the law or of the date arithmetic states it.
   *
   * @return the properties
   */
  public Map<String, Property<CaseFile>> all() {
    Map<String, Property<CaseFile>> all = new LinkedHashMap<>();
    all.put("the report does not depend on the order of the events", this::orderDoesNotMatter);
    all.put("D0-1 a deadline decided by its dates is MET exactly when closed on or before its due date", this::metExactlyWhenClosedInTime);
    all.put("a later asOf never turns BREACHED or MET back into PENDING", this::laterAsOfNeverReopens);
    all.putAll(floor());
    all.put("D0-3 NAT-G1 a guarantee never moves: it is due its number of calendar days after the contact, weekend or holiday",
        this::guaranteeNeverMoves);
    all.put("D0-1 NAT-G1 an earlier start never turns a MET guarantee into BREACHED", this::earlierStartKeepsMet);
    all.put("NAT-U1 a DECEASED ending is never followed up", this::deceasedNeverFollowedUp);
    all.put("reports and case files survive JSON", this::jsonRoundTrips);
    all.put("D0-7 every course with a request has exactly one guarantee", this::oneGuaranteePerCourse);
    all.put("D0-7 no per-course deadline is left open past its course's end", this::nothingOpenPastTheEnd);
    all.put("D0-7 a later course never changes an earlier course's deadlines", this::laterCoursesChangeNothingEarlier);
    return all;
  }

  /**
   * The properties of the national floor alone: no limit on the municipality later than the law's,
   * no limit of the citizen's earlier. These hold whatever a standard's text says.
   *
   * @return the properties by name
   */
  public Map<String, Property<CaseFile>> floor() {
    Map<String, Property<CaseFile>> floor = new LinkedHashMap<>();
    floor.put("NAT-G1 NAT-G4 NAT-G5 D0-6 the effective guarantee is never later than the national one", this::guaranteeWithinTheFloor);
    floor.put("NAT-U1 D0-2 every qualifying end of social drug treatment is followed up no later than 1 and 6 months after",
        this::followUpsWithinTheFloor);
    floor.put("NAT-C1 D0-5 a complaint limit ends on a working day, never before the law's", this::complaintLimit);
    floor.put("NAT-C5 D0-5 a reconsideration is never due later than the law's 4 weeks", this::reconsiderationWithinTheFloor);
    return floor;
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
        .filter(d -> !holidays.isWorkingDay(d.due().get()) || d.due().get().isBefore(lawLimit(term, d.startedBy().orElseThrow())))
        .findFirst().map(d -> "complaint limit " + d.due().get() + " for a decision received " + d.startedBy().orElse(null)
            + "; the law's ends " + lawLimit(term, d.startedBy().get()));
  }

  /** The last day of {@code term} from {@code from}, counted as D0-5 here, apart from the engine. */
  private LocalDate lawLimit(NationalFloor.LimitTerm term, LocalDate from) {
    LocalDate day = term.limit().unit().addTo(from, term.limit().exactly());
    while (!holidays.isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  private Optional<String> reconsiderationWithinTheFloor(CaseFile c) {
    NationalFloor.LimitTerm term = NationalFloor.RECONSIDERATION_LIMIT;
    return engine.report(c).deadlines().stream()
        .filter(d -> d.kind() == DeadlineKind.RECONSIDERATION && d.due().isPresent())
        .filter(d -> d.due().get().isAfter(lawLimit(term, d.startedBy().orElseThrow())))
        .findFirst().map(d -> "the reconsideration of the complaint of " + d.startedBy().get() + " is due " + d.due().get()
            + ", after the law's " + lawLimit(term, d.startedBy().get()));
  }

  private Optional<String> followUpsWithinTheFloor(CaseFile c) {
    NationalFloor.FollowUpTerm term = NationalFloor.FOLLOW_UP;
    if (!term.tracks().contains(c.track())) {
      return Optional.empty();
    }
    List<Deadline> followUps = engine.report(c).deadlines().stream().filter(d -> d.kind() == DeadlineKind.FOLLOW_UP).toList();
    for (CaseEvent end : c.chronological()) {
      if (end.type() != EventType.TREATMENT_END || !term.appliesTo(c.track(), end.status().orElseThrow())) {
        continue;
      }
      for (Span offset : term.after()) {
        LocalDate latest = offset.unit() == Unit.MONTHS ? end.date().plusMonths(offset.exactly())
            : offset.unit().addTo(end.date(), offset.exactly());
        boolean covered = followUps.stream().anyMatch(d -> d.startedBy().equals(Optional.of(end.date()))
            && d.due().filter(due -> !due.isAfter(latest)).isPresent());
        if (!covered) {
          return Optional.of("no follow-up after the " + end.status().get() + " ending on " + end.date() + " is due by "
              + latest + " (" + offset + ")");
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> guaranteeNeverMoves(CaseFile c) {
    Set<Long> lengths = new HashSet<>();
    lengths.add((long) NationalFloor.GUARANTEE_LENGTH.exactly());
    registry.find(c.municipality(), c.firstEventDate().orElse(c.asOf())).standard().guarantees().stream()
        .filter(g -> g.tracks().contains(c.track())).forEach(g -> lengths.add((long) g.days()));
    return engine.report(c).deadlines().stream()
        .filter(d -> d.kind() == DeadlineKind.TREATMENT_GUARANTEE && d.due().isPresent() && d.startedBy().isPresent())
        .filter(d -> !lengths.contains(ChronoUnit.DAYS.between(d.startedBy().get(), d.due().get())))
        .findFirst().map(d -> "course " + d.course() + "'s guarantee started " + d.startedBy().get() + " is due " + d.due().get()
            + ", not " + lengths + " days after");
  }

  private Optional<String> earlierStartKeepsMet(CaseFile c) {
    for (Deadline met : engine.report(c).deadlines()) {
      if (met.kind() != DeadlineKind.TREATMENT_GUARANTEE || met.status() != Status.MET || met.closedBy().isEmpty()
          || met.startedBy().isEmpty()) {
        continue;
      }
      LocalDate start = met.closedBy().get();
      LocalDate clock = met.startedBy().get();
      CaseEvent event = c.events().stream().filter(e -> e.type() == EventType.TREATMENT_START && e.date().equals(start))
          .findFirst().orElseThrow();
      for (LocalDate earlier : new TreeSet<>(List.of(clock, clock.plusDays(ChronoUnit.DAYS.between(clock, start) / 2),
          start.minusDays(1)))) {
        if (earlier.isBefore(clock) || !earlier.isBefore(start)) {
          continue;
        }
        List<CaseEvent> moved = new ArrayList<>(c.events());
        moved.set(c.events().indexOf(event), CaseEvent.builder().from(event).date(earlier).build());
        Optional<Deadline> after = engine.report(CaseFile.builder().from(c).events(moved).build()).deadlines().stream()
            .filter(d -> d.kind() == DeadlineKind.TREATMENT_GUARANTEE && d.course() == met.course()).findFirst();
        if (after.map(d -> d.status() != Status.MET).orElse(true)) {
          return Optional.of("course " + met.course() + "'s guarantee is MET with the start on " + start + " but "
              + after.map(d -> d.status().toString()).orElse("gone") + " with the start on " + earlier);
        }
      }
    }
    return Optional.empty();
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
