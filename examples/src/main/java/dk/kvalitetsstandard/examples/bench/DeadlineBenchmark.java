package dk.kvalitetsstandard.examples.bench;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.CaseFileReader;
import dk.kvalitetsstandard.cases.Citizen;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import java.time.DayOfWeek;
import java.time.LocalDate;
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

/**
 * Reports per second for a typical case of eight events (Randers: contact, start, plan review,
 * end, follow-up, a refusal, a complaint, a reconsideration): through the Java API, through JSON
 * in and out, and the same deadlines written by hand with plain {@link LocalDate} arithmetic as the
 * floor. Run with the command the README gives.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DeadlineBenchmark {

  private DeadlineEngine engine;
  private CaseFileReader reader;
  private CaseFile typical;
  private String typicalJson;

  @Setup
  public void setUp() {
    StandardRegistry registry = StandardRegistry.defaultRegistry();
    engine = DeadlineEngine.of(registry, PublicHolidays.denmark());
    reader = CaseFileReader.with(registry);
    typical = typicalCase();
    typicalJson = Json.mapper().writeValueAsString(typical);
  }

  static CaseFile typicalCase() {
    return CaseFile.builder().municipality("randers").asOf(LocalDate.of(2026, 11, 1)).track(Track.SOCIAL_DRUG)
        .citizen(Citizen.builder().age(34).build())
        .addEvents(CaseEvent.contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
            CaseEvent.treatmentStart(LocalDate.of(2026, 1, 16), "OUTPATIENT"),
            CaseEvent.decision(LocalDate.of(2026, 2, 2), ComplaintSubject.SOCIAL_TREATMENT, Outcome.PARTLY_GRANTED),
            CaseEvent.of(EventType.COMPLAINT, LocalDate.of(2026, 2, 20)),
            CaseEvent.of(EventType.RECONSIDERED, LocalDate.of(2026, 3, 10)),
            CaseEvent.of(EventType.PLAN_REVIEW, LocalDate.of(2026, 6, 30)),
            CaseEvent.treatmentEnd(LocalDate.of(2026, 8, 31), EndStatus.COMPLETED),
            CaseEvent.of(EventType.FOLLOW_UP, LocalDate.of(2026, 9, 28)))
        .build();
  }

  @Benchmark
  public DeadlineReport javaApi() {
    return engine.report(typical);
  }

  @Benchmark
  public String jsonInAndOut() {
    return Json.mapper().writeValueAsString(engine.report(reader.read(typicalJson)));
  }

  // The law's terms, read once from where they are declared, as plain ints for the hand-written floor.
  private static final int GUARANTEE_DAYS = NationalFloor.GUARANTEE_LENGTH.exactly();
  private static final int FIRST_FOLLOW_UP_MONTHS = NationalFloor.FOLLOW_UP.after().get(0).exactly();
  private static final int SECOND_FOLLOW_UP_MONTHS = NationalFloor.FOLLOW_UP.after().get(1).exactly();
  private static final int COMPLAINT_WEEKS = NationalFloor.COMPLAINT_LIMIT.limit().exactly();
  private static final int RECONSIDERATION_WEEKS = NationalFloor.RECONSIDERATION_LIMIT.limit().exactly();

  /**
   * The floor: the same nine due dates and statuses computed by hand for this one case, with no
   * standard, no composition, no validation and no explanation.
   */
  @Benchmark
  public Object handWritten() {
    LocalDate asOf = LocalDate.of(2026, 11, 1);
    LocalDate guaranteeDue = LocalDate.of(2026, 1, 5).plusDays(GUARANTEE_DAYS);
    boolean guaranteeMet = !LocalDate.of(2026, 1, 16).isAfter(guaranteeDue);
    LocalDate reviewDue = LocalDate.of(2026, 1, 16).plusMonths(6);
    boolean reviewMet = !LocalDate.of(2026, 6, 30).isAfter(reviewDue);
    LocalDate nextReviewDue = LocalDate.of(2026, 6, 30).plusMonths(6);
    LocalDate end = LocalDate.of(2026, 8, 31);
    LocalDate firstFollowUp = end.plusMonths(FIRST_FOLLOW_UP_MONTHS);
    LocalDate secondFollowUp = end.plusMonths(SECOND_FOLLOW_UP_MONTHS);
    boolean secondPending = !asOf.isAfter(secondFollowUp);
    LocalDate complaintDue = nextWorkingDay(LocalDate.of(2026, 2, 2).plusWeeks(COMPLAINT_WEEKS));
    LocalDate reconsiderationDue = nextWorkingDay(LocalDate.of(2026, 2, 20).plusWeeks(RECONSIDERATION_WEEKS));
    return new Object[] {guaranteeDue, guaranteeMet, reviewDue, reviewMet, nextReviewDue, firstFollowUp,
        secondFollowUp, secondPending, complaintDue, reconsiderationDue};
  }

  private static LocalDate nextWorkingDay(LocalDate date) {
    LocalDate day = date;
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
        || day.equals(LocalDate.of(2026, 4, 2)) || day.equals(LocalDate.of(2026, 4, 3)) || day.equals(LocalDate.of(2026, 4, 6))) {
      day = day.plusDays(1);
    }
    return day;
  }
}
