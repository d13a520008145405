package dk.kvalitetsstandard.examples.deadline;

import static org.junit.jupiter.api.Assertions.fail;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.CaseFileReader;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.conformance.PropertyCheck;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.ContactChannel;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.EndStatus;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the deadline engine over generated case histories, for each of the five standards. */
class DeadlinePropertiesTest {

  private static final StandardRegistry REGISTRY = StandardRegistry.defaultRegistry();
  private static final PublicHolidays HOLIDAYS = PublicHolidays.denmark();
  private static final DeadlineEngine ENGINE = DeadlineEngine.of(REGISTRY, HOLIDAYS);
  private static final int CASES = 300;

  static Stream<QualityStandard> standards() {
    return REGISTRY.all().stream();
  }

  private static void holds(QualityStandard standard, String name, PropertyCheck.Property property) {
    PropertyCheck.over(REGISTRY, standard).cases(CASES).check(name, property).ifPresent(failure -> fail(failure));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  @DisplayName("The report does not depend on the order of the events")
  void orderDoesNotMatter(QualityStandard standard) {
    holds(standard, "order of events", c -> {
      List<CaseEvent> reversed = new ArrayList<>(c.events());
      Collections.reverse(reversed);
      List<CaseEvent> shuffled = new ArrayList<>(c.events());
      Collections.shuffle(shuffled, new Random(c.hashCode()));
      DeadlineReport report = ENGINE.report(c);
      for (List<CaseEvent> order : List.of(reversed, shuffled)) {
        if (!ENGINE.report(CaseFile.builder().from(c).events(order).build()).equals(report)) {
          return Optional.of("reordering the events changes the report");
        }
      }
      return Optional.empty();
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  @DisplayName("A deadline decided by its dates is MET exactly when its closing event is on or before its due date")
  void metExactlyWhenClosedInTime(QualityStandard standard) {
    Set<Status> byDates = Set.of(Status.MET, Status.BREACHED, Status.PENDING, Status.LAPSED);
    holds(standard, "MET iff closed by due", c -> ENGINE.report(c).deadlines().stream()
        .filter(d -> byDates.contains(d.status()))
        .filter(d -> (d.status() == Status.MET)
            != (d.closedBy().isPresent() && !d.closedBy().get().isAfter(d.due().orElseThrow())))
        .findFirst().map(d -> d.kind() + " is " + d.status() + " with due " + d.due() + " and closedBy " + d.closedBy()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  @DisplayName("Moving asOf later never turns BREACHED or MET back into PENDING")
  void laterAsOfNeverReopens(QualityStandard standard) {
    holds(standard, "monotone in asOf", c -> {
      List<Deadline> before = ENGINE.report(c).deadlines();
      for (int days : new int[] {1, 30, 400}) {
        List<Deadline> after = ENGINE.report(CaseFile.builder().from(c).asOf(c.asOf().plusDays(days)).build()).deadlines();
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
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  @DisplayName("NAT-G1 the effective guarantee is never later than the national one: first contact + 14 days")
  void guaranteeNeverLaterThanTheLaw(QualityStandard standard) {
    Set<ContactChannel> national = Set.of(ContactChannel.IN_PERSON, ContactChannel.PHONE, ContactChannel.DIGITAL);
    holds(standard, "guarantee within the national floor", c -> {
      Optional<LocalDate> contact = c.chronological().stream()
          .filter(e -> e.type() == EventType.CONTACT && national.contains(e.channel().orElseThrow()))
          .map(CaseEvent::date).findFirst();
      return ENGINE.report(c).deadlines().stream()
          .filter(d -> d.kind() == DeadlineKind.TREATMENT_GUARANTEE && d.due().isPresent() && contact.isPresent())
          .filter(d -> d.due().get().isAfter(contact.get().plusDays(14)))
          .findFirst().map(d -> "guarantee due " + d.due().get() + " after the national " + contact.get().plusDays(14));
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  @DisplayName("NAT-C1, D0-5 a complaint limit never ends on a weekend or public holiday, and never before receipt + 28 days")
  void complaintLimitOnAWorkingDay(QualityStandard standard) {
    holds(standard, "complaint limit on a working day", c -> ENGINE.report(c).deadlines().stream()
        .filter(d -> d.kind() == DeadlineKind.COMPLAINT && d.due().isPresent())
        .filter(d -> !HOLIDAYS.isWorkingDay(d.due().get()) || d.due().get().isBefore(d.startedBy().orElseThrow().plusDays(28)))
        .findFirst().map(d -> "complaint limit " + d.due().get() + " for a decision received " + d.startedBy().get()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  @DisplayName("NAT-U1 a DECEASED ending never gets a follow-up")
  void deceasedNeverFollowedUp(QualityStandard standard) {
    holds(standard, "no follow-up after death", c -> {
      Set<LocalDate> deaths = new java.util.HashSet<>();
      Set<LocalDate> otherEnds = new java.util.HashSet<>();
      c.events().stream().filter(e -> e.type() == EventType.TREATMENT_END)
          .forEach(e -> (e.status().orElseThrow() == EndStatus.DECEASED ? deaths : otherEnds).add(e.date()));
      return ENGINE.report(c).deadlines().stream()
          .filter(d -> d.kind() == DeadlineKind.FOLLOW_UP || d.kind() == DeadlineKind.RELAPSE_PREVENTION)
          .filter(d -> deaths.contains(d.startedBy().orElseThrow()) && !otherEnds.contains(d.startedBy().get()))
          .findFirst().map(d -> d.kind() + " after a DECEASED ending on " + d.startedBy().get());
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standards")
  @DisplayName("Reports and case files round-trip through JSON")
  void jsonRoundTrips(QualityStandard standard) {
    CaseFileReader reader = CaseFileReader.with(REGISTRY);
    holds(standard, "JSON round trip", c -> {
      DeadlineReport report = ENGINE.report(c);
      if (!Json.mapper().readValue(Json.mapper().writeValueAsString(report), DeadlineReport.class).equals(report)) {
        return Optional.of("the report does not survive JSON");
      }
      if (!reader.read(Json.mapper().writeValueAsString(c)).equals(c)) {
        return Optional.of("the case file does not survive JSON");
      }
      return Optional.empty();
    });
  }
}
