package dk.kvalitetsstandard.gentofte;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.conformance.StandardAssert.decision;
import static dk.kvalitetsstandard.conformance.StandardAssert.end;
import static dk.kvalitetsstandard.conformance.StandardAssert.event;
import static dk.kvalitetsstandard.conformance.StandardAssert.phone;
import static dk.kvalitetsstandard.conformance.StandardAssert.start;
import static dk.kvalitetsstandard.deadline.Status.BREACHED;
import static dk.kvalitetsstandard.deadline.Status.LAPSED;
import static dk.kvalitetsstandard.deadline.Status.MET;
import static dk.kvalitetsstandard.deadline.Status.PENDING;
import static dk.kvalitetsstandard.standard.DeadlineKind.COMPLAINT;
import static dk.kvalitetsstandard.standard.DeadlineKind.FOLLOW_UP;

import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.ComplaintSubject;
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
    GENTOFTE.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2026, 1, 5)), start(date(2026, 1, 12), "outpatient"),
            end(date(2026, 1, 31), EndStatus.COMPLETED), event(EventType.FOLLOW_UP, date(2026, 2, 20)))
        .asOf(date(2026, 8, 1))
        .has(2, FOLLOW_UP)
        .deadline(FOLLOW_UP).inCourse(1).decidedBy("GEN-U1").basedOn("BEK nr. 1477 af 17/12/2019 § 4, stk. 2")
        .startedBy(date(2026, 1, 31)).due(date(2026, 2, 28)).closedBy(date(2026, 2, 20)).is(MET)
        .nth(2).due(date(2026, 7, 31)).is(BREACHED);
  }

  @Test
  @Tag("GEN-U1")
  @DisplayName("No discharge status is named, so a drop-out on 31 August 2025 is followed up too: 30 September "
      + "(held late, 2 October) and 28 February; no finding, since that is more than the law asks")
  void afterDroppingOut() {
    GENTOFTE.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2025, 8, 1)), start(date(2025, 8, 8), "outpatient"),
            end(date(2025, 8, 31), EndStatus.DROPPED_OUT), event(EventType.FOLLOW_UP, date(2025, 10, 2)))
        .asOf(date(2026, 1, 1))
        .has(2, FOLLOW_UP).withoutFindings()
        .deadline(FOLLOW_UP).inCourse(1).due(date(2025, 9, 30)).is(BREACHED)
        .nth(2).due(date(2026, 2, 28)).is(PENDING);
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
    GENTOFTE.on(Track.MEDICAL_DRUG).age(34)
        .given(phone(date(2026, 1, 5)), start(date(2026, 1, 12), "substitution"),
            end(date(2026, 3, 31), EndStatus.COMPLETED), event(EventType.FOLLOW_UP, date(2026, 4, 30)))
        .asOf(date(2026, 11, 1))
        .has(2, FOLLOW_UP)
        .deadline(FOLLOW_UP).inCourse(1).due(date(2026, 4, 30)).is(MET)
        .nth(2).due(date(2026, 9, 30)).is(BREACHED);
  }

  @Test
  @Tag("GEN-U1")
  @DisplayName("A relapse: each course is followed up from its own ending, the drop-out of 30 April and the "
      + "completion of 30 September")
  void perCourse() {
    GENTOFTE.on(Track.SOCIAL_DRUG).age(38)
        .given(phone(date(2026, 1, 5)), start(date(2026, 1, 14), "outpatient"),
            end(date(2026, 4, 30), EndStatus.DROPPED_OUT),
            phone(date(2026, 6, 1)), start(date(2026, 6, 22), "residential"),
            end(date(2026, 9, 30), EndStatus.COMPLETED))
        .asOf(date(2027, 6, 1))
        .has(4, FOLLOW_UP)
        .deadline(FOLLOW_UP).inCourse(1).due(date(2026, 5, 30)).is(BREACHED)
        .nth(2).due(date(2026, 10, 30)).is(BREACHED)
        .inCourse(2).due(date(2026, 10, 30)).is(BREACHED)
        .nth(2).due(date(2027, 3, 30)).is(BREACHED);
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
