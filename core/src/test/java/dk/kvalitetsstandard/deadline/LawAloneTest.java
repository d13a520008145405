package dk.kvalitetsstandard.deadline;

import static dk.kvalitetsstandard.conformance.DeadlineExpectations.all;
import static dk.kvalitetsstandard.conformance.DeadlineExpectations.assertDeadline;
import static dk.kvalitetsstandard.conformance.DeadlineExpectations.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Citizen;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The national rules applied by the engine to a standard that says nothing of its own about
 * deadlines, so that the law alone decides (NAT-X1). Every expected date is written out by hand.
 */
class LawAloneTest {

  /** Testrup's standard with its guarantee, follow-ups, plan reviews and time limits removed, on all four tracks. */
  private static final QualityStandard SILENT = QualityStandard.builder().from(SampleStandards.complete())
      .guarantees(List.of()).followUps(List.of()).planReviews(List.of()).deadlines(List.of()).complaints(List.of())
      .tracks(List.of(Track.SOCIAL_DRUG, Track.ANONYMOUS_DRUG, Track.MEDICAL_DRUG, Track.ALCOHOL)).build();
  private static final DeadlineEngine ENGINE = DeadlineEngine.of(StandardRegistry.of(List.of(() -> SILENT)),
      PublicHolidays.denmark());

  private static DeadlineReport report(Track track, LocalDate asOf, CaseEvent... events) {
    return ENGINE.report(CaseFile.builder().municipality("testrup").asOf(asOf).track(track)
        .citizen(track == Track.ANONYMOUS_DRUG ? Citizen.unknown() : Citizen.builder().age(40).build())
        .addEvents(events).build());
  }

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static CaseEvent phone(LocalDate date) {
    return CaseEvent.contact(date, ContactChannel.PHONE);
  }

  private static CaseEvent start(LocalDate date) {
    return CaseEvent.treatmentStart(date, "OUTPATIENT");
  }

  @Test
  @DisplayName("NAT-G1 D0-1 social treatment: 14 calendar days from the phone call, breached by a start one day late")
  void socialGuarantee() {
    DeadlineReport r = report(Track.SOCIAL_DRUG, d(2026, 3, 1), phone(d(2026, 1, 5)), start(d(2026, 1, 20)));
    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "NAT-G1", "SEL § 101, stk. 4",
        d(2026, 1, 5), d(2026, 1, 19), d(2026, 1, 20), Status.BREACHED);
    assertEquals(List.of(), r.findings(), "no municipal text, so nothing for the law to override");
  }

  @Test
  @DisplayName("D0-3 the guarantee ends on Easter Sunday 2026 and does not move past the holiday")
  void guaranteeDoesNotMove() {
    DeadlineReport r = report(Track.SOCIAL_DRUG, d(2026, 4, 10), phone(d(2026, 3, 22)));
    assertEquals(d(2026, 4, 5), only(r, DeadlineKind.TREATMENT_GUARANTEE).due().orElseThrow());
  }

  @Test
  @DisplayName("D0-6 a contact via a provider does not start the law's clock; the citizen's own call does")
  void viaProvider() {
    DeadlineReport r = report(Track.SOCIAL_DRUG, d(2026, 3, 1), CaseEvent.contact(d(2026, 1, 2), ContactChannel.VIA_PROVIDER),
        phone(d(2026, 1, 9)));
    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "NAT-G1", "SEL § 101, stk. 4",
        d(2026, 1, 9), d(2026, 1, 23), null, Status.BREACHED);
  }

  @Test
  @DisplayName("NAT-G2 NAT-F4 a free choice before the due date waives the social guarantee")
  void socialWaiver() {
    DeadlineReport r = report(Track.SOCIAL_DRUG, d(2026, 3, 1), phone(d(2026, 1, 5)), CaseEvent.of(EventType.FREE_CHOICE, d(2026, 1, 10)));
    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "NAT-G2", "SEL § 101, stk. 6",
        d(2026, 1, 5), d(2026, 1, 19), null, Status.WAIVED);
  }

  @Test
  @DisplayName("NAT-G4 medical treatment: 14 days (SUL § 142, stk. 6), waived by a choice of institution (stk. 8)")
  void medicalWaiver() {
    DeadlineReport r = report(Track.MEDICAL_DRUG, d(2026, 3, 1), phone(d(2026, 1, 5)), CaseEvent.of(EventType.FREE_CHOICE, d(2026, 1, 10)));
    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "NAT-G4", "SUL § 142, stk. 8",
        d(2026, 1, 5), d(2026, 1, 19), null, Status.WAIVED);
  }

  @Test
  @DisplayName("NAT-G5 alcohol treatment: SUL § 141 has no exception for free choice, so the guarantee is breached, not waived")
  void alcoholNeverWaived() {
    DeadlineReport r = report(Track.ALCOHOL, d(2026, 3, 1), phone(d(2026, 1, 5)), CaseEvent.of(EventType.FREE_CHOICE, d(2026, 1, 10)));
    assertDeadline(only(r, DeadlineKind.TREATMENT_GUARANTEE), DeadlineKind.TREATMENT_GUARANTEE, "NAT-G5", "SUL § 141, stk. 2",
        d(2026, 1, 5), d(2026, 1, 19), null, Status.BREACHED);
  }

  @Test
  @DisplayName("NAT-G3 anonymous treatment is outside the guarantee")
  void anonymous() {
    DeadlineReport r = report(Track.ANONYMOUS_DRUG, d(2026, 3, 1), phone(d(2026, 1, 5)));
    Deadline g = only(r, DeadlineKind.TREATMENT_GUARANTEE);
    assertEquals(Status.NOT_APPLICABLE, g.status());
    assertEquals("NAT-G3", g.rule());
  }

  @Test
  @DisplayName("NAT-U1 D0-2 a completed social course is followed up 1 and 6 months after the end, 31 January to 28 February")
  void socialFollowUps() {
    DeadlineReport r = report(Track.SOCIAL_DRUG, d(2026, 3, 15), phone(d(2025, 9, 1)), start(d(2025, 9, 8)),
        CaseEvent.treatmentEnd(d(2026, 1, 31), EndStatus.COMPLETED), CaseEvent.of(EventType.FOLLOW_UP, d(2026, 2, 20)));
    List<Deadline> followUps = all(r, DeadlineKind.FOLLOW_UP);
    assertEquals(2, followUps.size());
    assertDeadline(followUps.get(0), DeadlineKind.FOLLOW_UP, "NAT-U1", "BEK nr. 1477 af 17/12/2019 § 4, stk. 2",
        d(2026, 1, 31), d(2026, 2, 28), d(2026, 2, 20), Status.MET);
    assertDeadline(followUps.get(1), DeadlineKind.FOLLOW_UP, "NAT-U1", "BEK nr. 1477 af 17/12/2019 § 4, stk. 2",
        d(2026, 1, 31), d(2026, 7, 31), null, Status.PENDING);
  }

  @Test
  @DisplayName("NAT-U1 scope: no follow-up after alcohol, medical or anonymous treatment, nor after a death or a drop-out")
  void followUpScope() {
    for (Track track : List.of(Track.ALCOHOL, Track.MEDICAL_DRUG, Track.ANONYMOUS_DRUG)) {
      DeadlineReport r = report(track, d(2026, 3, 15), phone(d(2025, 9, 1)), start(d(2025, 9, 8)),
          CaseEvent.treatmentEnd(d(2026, 1, 31), EndStatus.COMPLETED));
      assertEquals(List.of(), all(r, DeadlineKind.FOLLOW_UP), track.name());
      assertEquals(List.of(), r.findings(), track.name());
    }
    for (EndStatus status : List.of(EndStatus.DECEASED, EndStatus.DROPPED_OUT)) {
      DeadlineReport r = report(Track.SOCIAL_DRUG, d(2026, 3, 15), phone(d(2025, 9, 1)), start(d(2025, 9, 8)),
          CaseEvent.treatmentEnd(d(2026, 1, 31), status));
      assertEquals(List.of(), all(r, DeadlineKind.FOLLOW_UP), status.name());
    }
  }

  @Test
  @DisplayName("NAT-C1 D0-5 a refusal received 6 March 2026: 4 weeks end on Good Friday, moved past Easter Monday to 7 April")
  void complaintLimitPastEaster() {
    DeadlineReport r = report(Track.SOCIAL_DRUG, d(2026, 3, 20), phone(d(2026, 3, 1)),
        CaseEvent.decision(d(2026, 3, 6), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED));
    assertDeadline(only(r, DeadlineKind.COMPLAINT), DeadlineKind.COMPLAINT, "NAT-C1", "Retssikkerhedsloven § 67",
        d(2026, 3, 6), d(2026, 4, 7), null, Status.PENDING);
  }

  @Test
  @DisplayName("NAT-C5 a reconsideration survives a health decision received between the social decision and the complaint")
  void reconsiderationSurvivesOtherDecisions() {
    DeadlineReport r = report(Track.SOCIAL_DRUG, d(2026, 5, 1), phone(d(2026, 2, 2)),
        CaseEvent.decision(d(2026, 2, 9), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
        CaseEvent.decision(d(2026, 2, 12), ComplaintSubject.HEALTH_TREATMENT, Outcome.REFUSED),
        CaseEvent.of(EventType.COMPLAINT, d(2026, 2, 20)));
    assertDeadline(only(r, DeadlineKind.RECONSIDERATION), DeadlineKind.RECONSIDERATION, "NAT-C5", "Retssikkerhedsloven § 66",
        d(2026, 2, 20), d(2026, 3, 20), null, Status.BREACHED);
  }

  @Test
  @DisplayName("NAT-C5 a complaint with no adverse decision on social treatment before it gets no reconsideration")
  void noReconsiderationWithoutSocialDecision() {
    DeadlineReport r = report(Track.SOCIAL_DRUG, d(2026, 5, 1), phone(d(2026, 2, 2)),
        CaseEvent.decision(d(2026, 2, 12), ComplaintSubject.CASE_HANDLING, Outcome.REFUSED),
        CaseEvent.of(EventType.COMPLAINT, d(2026, 2, 20)));
    assertTrue(all(r, DeadlineKind.RECONSIDERATION).isEmpty());
  }
}
