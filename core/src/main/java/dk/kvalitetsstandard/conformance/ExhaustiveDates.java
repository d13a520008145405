package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Citizen;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.ComplaintRoute;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.DeadlineRule;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The date arithmetic checked for every day, not a sample: for every date from {@link #FIRST} to
 * {@link #LAST} and every track of a standard that has a guarantee (the anonymous track has none,
 * NAT-G3), one report of a small case: a phone contact on that date and a start 0 to 20 days later
 * (the guarantee is due 14 calendar days after the contact, or the standard's own number of days
 * where its clock starts at a phone call and that is earlier, never moved past a weekend or
 * holiday, and met exactly when the start is on or before it: D0-1, D0-3, NAT-G1, NAT-G4, NAT-G5),
 * a decision on social treatment partly granted on that date and a complaint the day after (the
 * complaint limit ends 4 weeks after receipt, moved to the next working day, or later where the
 * standard gives more: D0-5, NAT-C1; the reconsideration 4 weeks after the complaint, moved
 * likewise, or earlier where the standard says so: NAT-C5); and on the social drug track a
 * completed course before it, ending the day before (follow-ups 1 and 6 calendar months after that
 * end, 31 January giving the end of February: D0-2, NAT-U1; the new request opens a course of its
 * own, D0-7). The expected dates are worked out here from the law's terms with plain
 * {@code java.time} and the holiday calendar, apart from the engine.
 *
 * <p>Thread-safe.
 */
public final class ExhaustiveDates {

  /** The first date checked. */
  public static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

  /** The last date checked. */
  public static final LocalDate LAST = LocalDate.of(2030, 12, 31);

  private static final int MAX_REPORTED = 5;

  private final DeadlineEngine engine;
  private final PublicHolidays holidays;

  /**
   * What one run found.
   *
   * @param dates the dates checked
   * @param reports the reports made
   * @param violations the first few violations, each with its case as JSON
   * @param violationCount how many violations there were in all
   */
  public record Result(int dates, int reports, List<String> violations, int violationCount) {

    /**
     * Throws if anything was wrong.
     *
     * @throws AssertionError naming the number of violations and the first few
     */
    public void assertNone() {
      if (violationCount > 0) {
        throw new AssertionError(violationCount + " of " + reports + " reports over " + dates + " dates are wrong; the first:\n"
            + String.join("\n", violations));
      }
    }
  }

  private ExhaustiveDates(StandardRegistry registry, PublicHolidays engineHolidays, PublicHolidays expectedHolidays) {
    this.engine = DeadlineEngine.of(registry, engineHolidays);
    this.holidays = expectedHolidays;
  }

  /**
   * The check, with {@code registry}'s standards and {@code holidays}.
   *
   * @param registry the standards
   * @param holidays the public holidays
   * @return the check
   */
  public static ExhaustiveDates of(StandardRegistry registry, PublicHolidays holidays) {
    return new ExhaustiveDates(Objects.requireNonNull(registry, "registry"), Objects.requireNonNull(holidays, "holidays"), holidays);
  }

  /** The check of an engine counting with {@code engineHolidays} against expectations from {@code expectedHolidays} (for tests). */
  static ExhaustiveDates comparing(StandardRegistry registry, PublicHolidays engineHolidays, PublicHolidays expectedHolidays) {
    return new ExhaustiveDates(registry, engineHolidays, expectedHolidays);
  }

  /**
   * Checks every date from {@link #FIRST} to {@link #LAST} for {@code standard}.
   *
   * @param standard a standard of the registry
   * @return what was found
   */
  public Result check(QualityStandard standard) {
    String slug = standard.municipality().slug();
    List<Track> tracks = standard.tracks().stream().filter(t -> NationalFloor.guarantee(t).isPresent()).sorted().toList();
    int days = (int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 1;
    // The dates are independent and the engine is thread-safe: check them in parallel, report them in order.
    List<Tally> tallies = IntStream.range(0, days).parallel().mapToObj(i -> {
      LocalDate day = FIRST.plusDays(i);
      Tally tally = new Tally();
      for (Track track : tracks) {
        check(standard, slug, track, day, tally);
      }
      return tally;
    }).toList();
    List<String> violations = tallies.stream().flatMap(t -> t.shown.stream()).limit(MAX_REPORTED).toList();
    return new Result(days, tallies.stream().mapToInt(t -> t.reports).sum(), violations,
        tallies.stream().mapToInt(t -> t.violations).sum());
  }

  /** What the checks of one date found. */
  private static final class Tally {
    private int reports;
    private int violations;
    private final List<String> shown = new ArrayList<>();
  }

  private DeadlineReport report(CaseFile c, Tally tally) {
    tally.reports++;
    return engine.report(c);
  }

  private static void wrong(Tally tally, CaseFile c, String what) {
    tally.violations++;
    if (tally.shown.size() < MAX_REPORTED) {
      tally.shown.add(what + "\n" + Json.mapper().writeValueAsString(c));
    }
  }

  private static CaseFile.Builder caseOn(String slug, Track track, LocalDate asOf) {
    return CaseFile.builder().municipality(slug).asOf(asOf).track(track).citizen(Citizen.builder().age(30).build());
  }

  /**
   * One report for {@code day} on {@code track}: a phone contact on {@code day}, a start 0 to 20
   * days later, a decision on social treatment partly granted on {@code day} and a complaint the
   * day after; on the social drug track a completed course before it, ending the day before. The
   * guarantee, the complaint limit, the reconsideration and the follow-ups come from that one
   * report.
   */
  private void check(QualityStandard standard, String slug, Track track, LocalDate day, Tally tally) {
    LocalDate start = day.plusDays(day.toEpochDay() % 21);
    LocalDate complained = day.plusDays(1);
    LocalDate ended = day.minusDays(1);
    boolean followedUp = NationalFloor.FOLLOW_UP.tracks().contains(track);
    CaseFile.Builder builder = caseOn(slug, track, day.plusDays(90)).addEvents(CaseEvent.contact(day, ContactChannel.PHONE),
        CaseEvent.treatmentStart(start, OfferKind.OUTPATIENT.name()),
        CaseEvent.decision(day, ComplaintSubject.SOCIAL_TREATMENT, Outcome.PARTLY_GRANTED),
        CaseEvent.of(EventType.COMPLAINT, complained));
    if (followedUp) {
      builder.addEvents(CaseEvent.contact(day.minusDays(46), ContactChannel.PHONE),
          CaseEvent.treatmentStart(day.minusDays(36), OfferKind.OUTPATIENT.name()), CaseEvent.treatmentEnd(ended, EndStatus.COMPLETED));
    }
    CaseFile c = builder.build();
    DeadlineReport report = report(c, tally);
    guarantee(standard, track, day, start, followedUp ? 2 : 1, report, c, tally);
    LocalDate limit = workingDayFrom(NationalFloor.COMPLAINT_LIMIT.limit(), day);
    Optional<Span> own = standard.complaints().stream().filter(r -> r.subject() == ComplaintSubject.SOCIAL_TREATMENT)
        .findFirst().flatMap(ComplaintRoute::limit);
    if (own.isPresent() && workingDayFrom(own.get(), day).isAfter(limit)) {
      limit = workingDayFrom(own.get(), day);
    }
    expectDue(report, DeadlineKind.COMPLAINT, limit, c, tally);
    LocalDate reconsider = workingDayFrom(NationalFloor.RECONSIDERATION_LIMIT.limit(), complained);
    Optional<Span> ownReconsideration = standard.deadlines().stream().filter(r -> r.kind() == DeadlineKind.RECONSIDERATION)
        .findFirst().map(DeadlineRule::limit);
    if (ownReconsideration.isPresent() && workingDayFrom(ownReconsideration.get(), complained).isBefore(reconsider)) {
      reconsider = workingDayFrom(ownReconsideration.get(), complained);
    }
    expectDue(report, DeadlineKind.RECONSIDERATION, reconsider, c, tally);
    if (followedUp) {
      followUps(ended, report, c, tally);
    }
  }

  private void guarantee(QualityStandard standard, Track track, LocalDate day, LocalDate start, int course,
      DeadlineReport report, CaseFile c, Tally tally) {
    List<Deadline> found = report.deadlines().stream()
        .filter(d -> d.kind() == DeadlineKind.TREATMENT_GUARANTEE && d.course() == course).toList();
    if (found.size() != 1) {
      wrong(tally, c, found.size() + " guarantees in course " + course + ", not 1");
      return;
    }
    Deadline g = found.get(0);
    LocalDate due = day.plusDays(NationalFloor.GUARANTEE_LENGTH.exactly());
    Optional<GuaranteeRule> text = standard.guarantees().stream().filter(r -> r.tracks().contains(track))
        .filter(r -> !r.notCovering().contains(OfferKind.OUTPATIENT)).findFirst();
    if (text.isPresent() && text.get().clockStart().startsOn(ContactChannel.PHONE)) {
      LocalDate own = day.plusDays(text.get().days());
      if (own.isBefore(due)) {
        due = own;
      }
    }
    Status status = start.isAfter(due) ? Status.BREACHED : Status.MET;
    if (!g.due().equals(Optional.of(due)) || g.status() != status) {
      wrong(tally, c, "the guarantee is due " + g.due().orElse(null) + " and " + g.status() + "; expected due "
          + due + " and " + status);
    }
  }

  private void expectDue(DeadlineReport report, DeadlineKind kind, LocalDate due, CaseFile c, Tally tally) {
    List<Optional<LocalDate>> dues = report.deadlines().stream().filter(d -> d.kind() == kind).map(Deadline::due).toList();
    if (!dues.equals(List.of(Optional.of(due)))) {
      wrong(tally, c, kind + " due " + dues + "; expected " + due + " (" + due.getDayOfWeek() + ")");
    }
  }

  /** The last day of a limit of {@code span} from {@code from}: the day it ends, or the next working day (D0-5). */
  private LocalDate workingDayFrom(Span span, LocalDate from) {
    LocalDate day = switch (span.unit()) {
      case DAYS -> from.plusDays(span.exactly());
      case WEEKS -> from.plusDays(7L * span.exactly());
      case MONTHS -> from.plusMonths(span.exactly());
      case YEARS -> from.plusYears(span.exactly());
      default -> throw new IllegalArgumentException("not a time limit: " + span);
    };
    while (!holidays.isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  private void followUps(LocalDate ended, DeadlineReport report, CaseFile c, Tally tally) {
    List<LocalDate> dues = report.deadlines().stream().filter(d -> d.kind() == DeadlineKind.FOLLOW_UP)
        .map(d -> d.due().orElseThrow()).toList();
    for (Span after : NationalFloor.FOLLOW_UP.after()) {
      LocalDate due = after.unit() == Unit.MONTHS ? ended.plusMonths(after.exactly()) : after.unit().addTo(ended, after.exactly());
      if (!dues.contains(due)) {
        wrong(tally, c, "no follow-up due " + due + " (" + after + " after the end on " + ended + "); follow-ups due " + dues);
      }
    }
  }
}
