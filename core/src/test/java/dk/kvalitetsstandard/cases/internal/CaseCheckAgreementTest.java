package dk.kvalitetsstandard.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Citizen;
import dk.kvalitetsstandard.cases.Cpr;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.conformance.property.CaseFiles;
import dk.kvalitetsstandard.conformance.property.ForAll;
import dk.kvalitetsstandard.conformance.property.Generator;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.problem.ProblemCode;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The case check has two forms: one pass that only says whether a case is valid, which the engine
 * runs on every case, and the full check that names every problem, run where the pass fails. They
 * must agree on every case, valid or not; and what the pass found is kept with the case instance
 * only for the registry it was checked against.
 */
class CaseCheckAgreementTest {

  private static final QualityStandard STANDARD = SampleStandards.complete();
  private static final StandardRegistry REGISTRY = StandardRegistry.of(List.of(() -> STANDARD));
  private static final CaseValidator VALIDATOR = CaseValidator.with(REGISTRY);
  private static final CaseFiles VALID = CaseFiles.of(STANDARD);

  @Test
  @DisplayName("The one-pass check and the full check agree on generated cases with up to three faults each")
  void quickAndFullAgree() {
    Generator<CaseFile> damaged = Generator.of(random -> damage(VALID.generate(random.nextLong()), random));
    ForAll.settings().tries(3000).assertHolds("one-pass and full check agree", damaged, c -> {
      boolean passes = VALIDATOR.lookupIfValid(c) != null;
      boolean noProblems = VALIDATOR.allProblems(c).isEmpty();
      return passes == noProblems ? Optional.empty()
          : Optional.of("one-pass check says " + (passes ? "valid" : "invalid") + ", full check finds "
              + VALIDATOR.allProblems(c));
    });
  }

  @Test
  @DisplayName("Both checks pass every generated case, which is valid by construction")
  void validCasesPass() {
    ForAll.settings().tries(500).assertHolds("a generated case passes both checks", VALID,
        c -> VALIDATOR.lookupIfValid(c) != null && VALIDATOR.allProblems(c).isEmpty() ? Optional.empty()
            : Optional.of("rejected: " + VALIDATOR.allProblems(c)));
  }

  @Test
  @DisplayName("A case found valid against one registry is checked again against another that does not know its municipality")
  void memoIsPerRegistry() {
    CaseFile c = VALID.generate(11);
    DeadlineEngine.of(REGISTRY, PublicHolidays.denmark()).report(c);
    StandardRegistry elsewhere = StandardRegistry.of(List.of(() -> SampleStandards.complete("Andeby", "andeby", "0999",
        STANDARD.validity().from().orElseThrow(), STANDARD.validity().to().orElseThrow())));
    InvalidCaseException e = assertThrows(InvalidCaseException.class,
        () -> DeadlineEngine.of(elsewhere, PublicHolidays.denmark()).report(c));
    assertEquals(ProblemCode.UNKNOWN_MUNICIPALITY, e.problems().get(0).code());
  }

  @Test
  @DisplayName("A valid case built anew with a change is a new instance and is checked anew")
  void changedCopyIsCheckedAnew() {
    CaseFile c = VALID.generate(12);
    assertNotNull(VALIDATOR.requireValidLookup(c));
    LocalDate first = c.chronological().get(0).date();
    CaseFile earlier = changed(c, b -> b.asOf(first.minusDays(1)));
    InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> VALIDATOR.requireValidLookup(earlier));
    assertEquals(ProblemCode.AFTER_AS_OF, e.problems().get(0).code());
    assertSame(VALIDATOR.requireValidLookup(c), VALIDATOR.requireValidLookup(c), "the first check's look-up, kept with the case");
  }

  @Test
  @DisplayName("No one can put another access in place of the case's own: the case installs it first, even asked first")
  void accessInstalledOnce() {
    CaseMemo.Access forged = new CaseMemo.Access() {
      @Override
      public Object get(CaseFile caseFile) {
        return null;
      }

      @Override
      public void set(CaseFile caseFile, Object memo) {}
    };
    assertThrows(IllegalStateException.class, () -> CaseMemo.install(forged));
  }

  @Test
  @DisplayName("A case without events on a covered track passes both checks; the same case in an unknown municipality does not")
  void emptyCasePasses() {
    CaseFile empty = CaseFile.builder().municipality(STANDARD.municipality().slug())
        .asOf(STANDARD.validity().from().orElseThrow().plusDays(3)).track(Track.SOCIAL_DRUG).build();
    assertNotNull(VALIDATOR.lookupIfValid(empty));
    assertEquals(List.of(), VALIDATOR.allProblems(empty));
    assertNull(VALIDATOR.lookupIfValid(changed(empty, b -> b.municipality("nowhere"))));
  }

  /** {@code c} with one to three faults of the kinds the check looks for, or none where a change happens to keep it valid. */
  private static CaseFile damage(CaseFile c, SplittableRandom random) {
    CaseFile damaged = c;
    int faults = 1 + random.nextInt(3);
    for (int i = 0; i < faults; i++) {
      CaseFile before = damaged;
      damaged = changed(before, switch (random.nextInt(9)) {
        case 0 -> b -> b.asOf(shifted(before.asOf(), random));
        case 1 -> b -> b.municipality(random.nextBoolean() ? "nowhere" : STANDARD.municipality().code());
        case 2 -> b -> b.track(Track.values()[random.nextInt(Track.values().length)]);
        case 3 -> b -> b.citizen(citizen(random));
        default -> b -> b.events(events(before.events(), random));
      });
    }
    return damaged;
  }

  /** A new case: {@code c} with {@code change} made. */
  private static CaseFile changed(CaseFile c, UnaryOperator<CaseFile.Builder> change) {
    CaseFile.Builder builder = CaseFile.builder();
    builder.from(c);
    return change.apply(builder).build();
  }

  private static LocalDate shifted(LocalDate date, SplittableRandom random) {
    return switch (random.nextInt(4)) {
      case 0 -> LocalDate.of(1899, 12, 31);
      case 1 -> LocalDate.of(2200, 1, 1);
      default -> date.plusDays(random.nextInt(-400, 400));
    };
  }

  private static Citizen citizen(SplittableRandom random) {
    Citizen.Builder citizen = Citizen.builder();
    int[] ages = {-1, 0, 17, 18, 40, 130, 131};
    if (random.nextBoolean()) {
      citizen.age(ages[random.nextInt(ages.length)]);
    }
    if (random.nextInt(3) == 0) {
      citizen.cpr(Cpr.of("0101801234"));
    }
    if (random.nextInt(3) == 0) {
      citizen.name("Ane Jensen");
    }
    return citizen.build();
  }

  /** The events with one changed: its date, its type, or its fields, or one more added. */
  private static List<CaseEvent> events(List<CaseEvent> events, SplittableRandom random) {
    List<CaseEvent> changed = new ArrayList<>(events);
    if (changed.isEmpty() || random.nextInt(5) == 0) {
      changed.add(random.nextInt(changed.size() + 1), event(EventType.values()[random.nextInt(EventType.values().length)],
          LocalDate.of(2026, 1, 1).plusDays(random.nextInt(-800, 800)), random));
      return changed;
    }
    int i = random.nextInt(changed.size());
    CaseEvent e = changed.get(i);
    changed.set(i, switch (random.nextInt(3)) {
      case 0 -> CaseEvent.builder().from(e).date(shifted(e.date(), random)).build();
      case 1 -> CaseEvent.builder().from(e).type(EventType.values()[random.nextInt(EventType.values().length)]).build();
      default -> event(e.type(), e.date(), random);
    });
    return changed;
  }

  /** An event of {@code type} with each field given or not at random, an offer known or not. */
  private static CaseEvent event(EventType type, LocalDate date, SplittableRandom random) {
    CaseEvent.Builder event = CaseEvent.builder().type(type).date(date);
    boolean right = random.nextBoolean();
    boolean channel = right ? type == EventType.CONTACT : random.nextBoolean();
    boolean offer = right ? type == EventType.TREATMENT_START : random.nextBoolean();
    boolean status = right ? type == EventType.TREATMENT_END : random.nextBoolean();
    boolean granted = right ? type == EventType.UNDER18_GUARANTEE_DECISION : random.nextBoolean();
    boolean decided = right ? type == EventType.DECISION_RECEIVED : random.nextBoolean();
    if (channel) {
      event.channel(ContactChannel.values()[random.nextInt(ContactChannel.values().length)]);
    }
    if (offer) {
      event.offer(random.nextBoolean() ? "OUTPATIENT" : random.nextBoolean() ? STANDARD.offers().get(0).id() : "no-such-offer");
    }
    if (status) {
      event.status(EndStatus.values()[random.nextInt(EndStatus.values().length)]);
    }
    if (granted) {
      event.granted(random.nextBoolean());
    }
    if (decided || random.nextInt(4) == 0) {
      event.subject(ComplaintSubject.values()[random.nextInt(ComplaintSubject.values().length)]);
    }
    if (decided || random.nextInt(4) == 0) {
      event.outcome(Outcome.values()[random.nextInt(Outcome.values().length)]);
    }
    return event.build();
  }
}
