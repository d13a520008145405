package dk.kvalitetsstandard.gentofte;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.conformance.StandardAssert.decision;
import static dk.kvalitetsstandard.conformance.StandardAssert.end;
import static dk.kvalitetsstandard.conformance.StandardAssert.event;
import static dk.kvalitetsstandard.conformance.StandardAssert.phone;
import static dk.kvalitetsstandard.conformance.StandardAssert.start;
import static dk.kvalitetsstandard.deadline.Status.LAPSED;
import static dk.kvalitetsstandard.deadline.Status.MET;
import static dk.kvalitetsstandard.deadline.Status.PENDING;
import static dk.kvalitetsstandard.standard.DeadlineKind.COMPLAINT;
import static dk.kvalitetsstandard.standard.DeadlineKind.FOLLOW_UP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Gentofte after treatment: the consultant follows up every ended course after one and six months; "
    + "a decision not fully granted can be appealed within 4 weeks")
class GentofteFollowUpAndComplaintsTest {

  private static final StandardAssert GENTOFTE = assertFor("gentofte");

  @Test
  @Tag("GEN-U1")
  @DisplayName("Completed on 31 January 2026: follow-ups due 28 February (held 20 February) and 31 July (missed)")
  void afterCompletion() {
    StandardAssert.Case c = GENTOFTE.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2026, 1, 5)), start(date(2026, 1, 12), "outpatient"),
            end(date(2026, 1, 31), EndStatus.COMPLETED), event(EventType.FOLLOW_UP, date(2026, 2, 20)))
        .asOf(date(2026, 8, 1));
    c.deadline(FOLLOW_UP).decidedBy("GEN-U1").basedOn("BEK nr. 1477 af 17/12/2019 § 4, stk. 2")
        .startedBy(date(2026, 1, 31)).due(date(2026, 2, 28)).closedBy(date(2026, 2, 20)).is(MET);
    assertEquals(List.of("course 1 due 2026-02-28 MET", "course 1 due 2026-07-31 BREACHED"),
        Deadlines.all(c, FOLLOW_UP));
  }

  @Test
  @Tag("GEN-U1")
  @DisplayName("No discharge status is named, so a drop-out on 31 August 2025 is followed up too: 30 September "
      + "(held late, 2 October) and 28 February; no finding, since that is more than the law asks")
  void afterDroppingOut() {
    StandardAssert.Case c = GENTOFTE.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2025, 8, 1)), start(date(2025, 8, 8), "outpatient"),
            end(date(2025, 8, 31), EndStatus.DROPPED_OUT), event(EventType.FOLLOW_UP, date(2025, 10, 2)))
        .asOf(date(2026, 1, 1));
    assertEquals(List.of("course 1 due 2025-09-30 BREACHED", "course 1 due 2026-02-28 PENDING"),
        Deadlines.all(c, FOLLOW_UP));
    c.withoutFindings();
  }

  @Test
  @Tag("GEN-U1")
  @DisplayName("A citizen who has died is not followed up")
  void notAfterDeath() {
    GENTOFTE.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2026, 1, 5)), start(date(2026, 1, 12), "outpatient"),
            end(date(2026, 1, 31), EndStatus.DECEASED))
        .asOf(date(2026, 8, 1))
        .hasNo(FOLLOW_UP);
  }

  @Test
  @Tag("GEN-U1")
  @Tag("GEN-O6")
  @DisplayName("Substitution treatment completed on 31 March 2026 is followed up as well: 30 April and 30 September")
  void afterSubstitution() {
    StandardAssert.Case c = GENTOFTE.on(Track.MEDICAL_DRUG).age(34)
        .given(phone(date(2026, 1, 5)), start(date(2026, 1, 12), "substitution"),
            end(date(2026, 3, 31), EndStatus.COMPLETED), event(EventType.FOLLOW_UP, date(2026, 4, 30)))
        .asOf(date(2026, 11, 1));
    assertEquals(List.of("course 1 due 2026-04-30 MET", "course 1 due 2026-09-30 BREACHED"),
        Deadlines.all(c, FOLLOW_UP));
  }

  @Test
  @Tag("GEN-U1")
  @DisplayName("A relapse: each course is followed up from its own ending, the drop-out of 30 April and the "
      + "completion of 30 September")
  void perCourse() {
    StandardAssert.Case c = GENTOFTE.on(Track.SOCIAL_DRUG).age(38)
        .given(phone(date(2026, 1, 5)), start(date(2026, 1, 14), "outpatient"),
            end(date(2026, 4, 30), EndStatus.DROPPED_OUT),
            phone(date(2026, 6, 1)), start(date(2026, 6, 22), "residential"),
            end(date(2026, 9, 30), EndStatus.COMPLETED))
        .asOf(date(2027, 6, 1));
    assertEquals(List.of("course 1 due 2026-05-30 BREACHED", "course 1 due 2026-10-30 BREACHED",
        "course 2 due 2026-10-30 BREACHED", "course 2 due 2027-03-30 BREACHED"), Deadlines.all(c, FOLLOW_UP));
  }

  @Test
  @Tag("GEN-C1")
  @DisplayName("Partly granted, received 7 January 2026: the 4 weeks run to 4 February, and a complaint on "
      + "20 January is in time")
  void complaintInTime() {
    GENTOFTE.on(Track.SOCIAL_DRUG).age(34)
        .given(decision(date(2026, 1, 7), ComplaintSubject.SOCIAL_TREATMENT, Outcome.PARTLY_GRANTED),
            event(EventType.COMPLAINT, date(2026, 1, 20)))
        .deadline(COMPLAINT).decidedBy("GEN-C1").basedOn("Retssikkerhedsloven § 67")
        .startedBy(date(2026, 1, 7)).due(date(2026, 2, 4)).closedBy(date(2026, 1, 20)).is(MET);
  }

  @Test
  @Tag("GEN-C1")
  @DisplayName("Refused and no complaint: open on 4 February, lapsed on the 5th")
  void complaintLapses() {
    GENTOFTE.on(Track.SOCIAL_DRUG).age(34)
        .given(decision(date(2026, 1, 7), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED)).asOf(date(2026, 2, 4))
        .deadline(COMPLAINT).due(date(2026, 2, 4)).is(PENDING);
    GENTOFTE.on(Track.SOCIAL_DRUG).age(34)
        .given(decision(date(2026, 1, 7), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED)).asOf(date(2026, 2, 5))
        .deadline(COMPLAINT).due(date(2026, 2, 4)).is(LAPSED);
  }

  @Test
  @Tag("GEN-C1")
  @DisplayName("Granted in full, the citizen has nothing to complain of: no complaint limit runs")
  void grantedInFull() {
    GENTOFTE.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2026, 1, 5)), decision(date(2026, 1, 7), ComplaintSubject.SOCIAL_TREATMENT, Outcome.GRANTED))
        .asOf(date(2026, 3, 1))
        .hasNo(COMPLAINT);
  }
}
