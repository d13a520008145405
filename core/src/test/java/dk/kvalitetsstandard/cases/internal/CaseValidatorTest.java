package dk.kvalitetsstandard.cases.internal;

import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.problem.ProblemCode;
import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.CaseEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The case check as the Java API meets it: bounded dates, a bounded size, and time linear in the events. */
class CaseValidatorTest {

  private final StandardRegistry registry = StandardRegistry.of(List.of(dk.kvalitetsstandard.standard.SampleStandards::complete));
  private final CaseValidator validator = CaseValidator.with(registry);

  @Test
  @DisplayName("A case built in Java with a year like +999999999 gets a clean InvalidCaseException from the engine, not an overflow")
  void extremeYearsThroughTheJavaApi() {
    DeadlineEngine engine = DeadlineEngine.of(registry, PublicHolidays.denmark());
    CaseFile extreme = CaseFile.builder().municipality("testrup").asOf(LocalDate.MAX).track(Track.SOCIAL_DRUG)
        .addEvents(CaseEvent.contact(LocalDate.MAX, ContactChannel.PHONE),
            CaseEvent.treatmentStart(LocalDate.MAX, "OUTPATIENT"),
            CaseEvent.treatmentEnd(LocalDate.MAX, EndStatus.COMPLETED),
            CaseEvent.decision(LocalDate.MIN, ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED))
        .build();
    InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> engine.report(extreme));
    String outside = " is outside the dates the library handles, 1900-01-01 to 2199-12-31";
    assertEquals(List.of(
        "asOf: '+999999999-12-31'" + outside,
        "events[0].date: '+999999999-12-31'" + outside,
        "events[1].date: '+999999999-12-31'" + outside,
        "events[2].date: '+999999999-12-31'" + outside,
        "events[3].date: '-999999999-01-01'" + outside),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  @DisplayName("More events than the documented limit is one clear problem")
  void sizeLimit() {
    List<CaseEvent> events = new ArrayList<>();
    LocalDate day = LocalDate.of(2026, 1, 5);
    for (int i = 0; i <= CaseValidator.MAX_EVENTS; i++) {
      events.add(CaseEvent.contact(day, ContactChannel.PHONE));
    }
    CaseFile tooMany = CaseFile.builder().municipality("testrup").asOf(day).track(Track.SOCIAL_DRUG).events(events).build();
    List<Problem> problems = validator.problems(tooMany);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("events", problems.get(0).path());
    assertEquals(ProblemCode.TOO_MANY_ENTRIES, problems.get(0).code());
    assertEquals("a case may hold at most 100000 events; this one holds 100001", problems.get(0).message());
    assertEquals("en sag kan højst have 100000 hændelser; denne har 100001", problems.get(0).messageDa());
  }

  @Test
  @DisplayName("The order check is not quadratic: the events' fields are read a bounded number of times per event")
  void orderCheckIsLinear() {
    long small = readsPerEvent(2_000);
    long large = readsPerEvent(20_000);
    // A check that scans every event for each event reads about n fields per event (20,000 here);
    // one sort and one pass read a few dozen.
    assertTrue(large < 150, "fields read per event at 20,000 events: " + large);
    assertTrue(large < 2 * small + 10, "fields read per event grew from " + small + " to " + large);
  }

  /** How often the validator reads an event's type or date, per event, for a valid case of {@code n} events. */
  private long readsPerEvent(int n) {
    List<CountingEvent> events = new ArrayList<>();
    events.add(new CountingEvent(EventType.CONTACT, LocalDate.of(2026, 1, 5), Optional.of(ContactChannel.PHONE), Optional.empty()));
    events.add(new CountingEvent(EventType.TREATMENT_START, LocalDate.of(2026, 1, 6), Optional.empty(), Optional.of("OUTPATIENT")));
    for (int i = 2; i < n; i++) {
      events.add(new CountingEvent(EventType.PLAN_REVIEW, LocalDate.of(2026, 1, 7).plusDays(i % 300), Optional.empty(),
          Optional.empty()));
    }
    CaseFile caseFile = CaseFile.builder().municipality("testrup").asOf(LocalDate.of(2027, 1, 1)).track(Track.SOCIAL_DRUG)
        .addAllEvents(events).build();
    events.forEach(e -> e.reads = 0);
    assertEquals(List.of(), validator.problems(caseFile));
    return events.stream().mapToLong(e -> e.reads).sum() / n;
  }

  /** An event that counts how often its type and date are read. */
  private static final class CountingEvent extends CaseEvent {
    private final EventType type;
    private final LocalDate date;
    private final Optional<ContactChannel> channel;
    private final Optional<String> offer;
    long reads;

    CountingEvent(EventType type, LocalDate date, Optional<ContactChannel> channel, Optional<String> offer) {
      this.type = type;
      this.date = date;
      this.channel = channel;
      this.offer = offer;
    }

    @Override
    public EventType type() {
      reads++;
      return type;
    }

    @Override
    public LocalDate date() {
      reads++;
      return date;
    }

    @Override
    public Optional<ContactChannel> channel() {
      return channel;
    }

    @Override
    public Optional<String> offer() {
      return offer;
    }

    @Override
    public Optional<EndStatus> status() {
      return Optional.empty();
    }

    @Override
    public Optional<Boolean> granted() {
      return Optional.empty();
    }

    @Override
    public Optional<ComplaintSubject> subject() {
      return Optional.empty();
    }

    @Override
    public Optional<Outcome> outcome() {
      return Optional.empty();
    }
  }
}
