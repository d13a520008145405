package dk.kvalitetsstandard.jammerbugt;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.conformance.StandardAssert.end;
import static dk.kvalitetsstandard.conformance.StandardAssert.event;
import static dk.kvalitetsstandard.conformance.StandardAssert.inPerson;
import static dk.kvalitetsstandard.conformance.StandardAssert.phone;
import static dk.kvalitetsstandard.conformance.StandardAssert.start;
import static dk.kvalitetsstandard.deadline.Status.BREACHED;
import static dk.kvalitetsstandard.deadline.Status.MET;
import static dk.kvalitetsstandard.deadline.Status.NOT_APPLICABLE;
import static dk.kvalitetsstandard.deadline.Status.PENDING;
import static dk.kvalitetsstandard.standard.DeadlineKind.FOLLOW_UP;
import static dk.kvalitetsstandard.standard.DeadlineKind.MEDICAL_EXAMINATION;
import static dk.kvalitetsstandard.standard.DeadlineKind.RELAPSE_PREVENTION;
import static dk.kvalitetsstandard.standard.DeadlineKind.TREATMENT_GUARANTEE;

import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Jammerbugt's deadlines: an offer within 14 days of the contact, a doctor within 14 days,"
    + " two relapse-prevention talks within 12 months of a completed course")
class JammerbugtGuaranteeAndDeadlinesTest {

  private static final StandardAssert JAMMERBUGT = assertFor("jammerbugt");

  @Test
  @Tag("JAM-G1")
  @DisplayName("Phoned 1 March 2023, started 15 March: day 14 itself is in time under the law's 14 days from the call")
  void startedOnDayFourteen() {
    JAMMERBUGT.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2023, 3, 1)), start(date(2023, 3, 15), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("JAM-G1").basedOn("SEL § 101, stk. 4")
        .startedBy(date(2023, 3, 1)).due(date(2023, 3, 15)).closedBy(date(2023, 3, 15)).is(MET);
  }

  @Test
  @Tag("JAM-G1")
  @DisplayName("Phoned 1 March, visited 6 March, started 17 March: the clock starts at the call, as the law's does,"
      + " so the start is late and the standard's clock gives no finding")
  void clockStartsAtTheCall() {
    JAMMERBUGT.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2023, 3, 1)), inPerson(date(2023, 3, 6)), start(date(2023, 3, 17), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("JAM-G1").startedBy(date(2023, 3, 1)).due(date(2023, 3, 15))
        .closedBy(date(2023, 3, 17)).is(BREACHED)
        .withoutFinding("JAM-G1");
  }

  @Test
  @Tag("JAM-G1")
  @Tag("JAM-D2")
  @DisplayName("Alcohol is covered: phoned 20 September 2023, started 5 October is a day late under SUL § 141;"
      + " no doctor's examination is promised for alcohol")
  void alcohol() {
    JAMMERBUGT.on(Track.ALCOHOL).age(50)
        .given(phone(date(2023, 9, 20)), start(date(2023, 10, 5), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("JAM-G1").basedOn("SUL § 141, stk. 2").due(date(2023, 10, 4)).is(BREACHED)
        .and().hasNo(MEDICAL_EXAMINATION);
  }

  @Test
  @Tag("JAM-G1")
  @Tag("JAM-D2")
  @Tag("JAM-O12")
  @DisplayName("Substitution: phoned 2 May 2023, examined by the doctor 12 May, started 16 May: both in time")
  void substitution() {
    JAMMERBUGT.on(Track.MEDICAL_DRUG).age(40)
        .given(phone(date(2023, 5, 2)), event(EventType.MEDICAL_EXAMINATION, date(2023, 5, 12)),
            start(date(2023, 5, 16), "substitution"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("JAM-G1").basedOn("SUL § 142, stk. 6").due(date(2023, 5, 16)).is(MET)
        .deadline(MEDICAL_EXAMINATION).decidedBy("JAM-D2").due(date(2023, 5, 16)).closedBy(date(2023, 5, 12)).is(MET);
  }

  @Test
  @Tag("JAM-G1")
  @Tag("JAM-M1")
  @DisplayName("The standard is silent on under-18s: a 16-year-old's guarantee runs, under SEL § 101 in 2023"
      + " and under Barnets lov from 2024, when the standard had expired")
  void under18() {
    JAMMERBUGT.on(Track.SOCIAL_DRUG).age(16)
        .given(phone(date(2023, 8, 1))).asOf(date(2023, 8, 10))
        .deadline(TREATMENT_GUARANTEE).decidedBy("JAM-G1").basedOn("SEL § 101, stk. 4").due(date(2023, 8, 15)).is(PENDING);
    JAMMERBUGT.on(Track.SOCIAL_DRUG).age(16)
        .given(phone(date(2024, 2, 1)), start(date(2024, 2, 12), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("JAM-G1").basedOn("Barnets lov § 33").due(date(2024, 2, 15)).is(MET)
        .withFinding("NAT-Q2");
  }

  @Test
  @Tag("JAM-D2")
  @DisplayName("Anonymous treatment is neither under the guarantee nor promised a doctor's examination")
  void anonymous() {
    JAMMERBUGT.on(Track.ANONYMOUS_DRUG)
        .given(phone(date(2023, 3, 1)), start(date(2023, 4, 20), "anonymous-outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("NAT-G3").is(NOT_APPLICABLE)
        .and().hasNo(MEDICAL_EXAMINATION);
  }

  @Test
  @Tag("JAM-D2")
  @DisplayName("Phoned 1 March 2023: the doctor's examination on 8 March, before the start on 20 March, is in time")
  void examinationInTime() {
    JAMMERBUGT.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2023, 3, 1)), event(EventType.MEDICAL_EXAMINATION, date(2023, 3, 8)),
            start(date(2023, 3, 20), "outpatient"))
        .deadline(MEDICAL_EXAMINATION).decidedBy("JAM-D2").basedOn("SUL § 142, stk. 2")
        .startedBy(date(2023, 3, 1)).due(date(2023, 3, 15)).closedBy(date(2023, 3, 8)).is(MET);
  }

  @Test
  @Tag("JAM-D2")
  @DisplayName("Treatment started on 9 March, before day 14: the examination was due by the start, so 10 March is late")
  void examinationDueByTheStart() {
    JAMMERBUGT.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2023, 3, 1)), start(date(2023, 3, 9), "outpatient"),
            event(EventType.MEDICAL_EXAMINATION, date(2023, 3, 10)))
        .deadline(MEDICAL_EXAMINATION).decidedBy("JAM-D2").due(date(2023, 3, 9)).closedBy(date(2023, 3, 10)).is(BREACHED);
  }

  @Test
  @Tag("JAM-D2")
  @DisplayName("A relapse is a new course: the second request, 1 May 2023, gets its own examination, due 15 May")
  void examinationPerCourse() {
    JAMMERBUGT.on(Track.SOCIAL_DRUG).age(31)
        .given(phone(date(2023, 1, 9)), event(EventType.MEDICAL_EXAMINATION, date(2023, 1, 12)),
            start(date(2023, 1, 16), "outpatient"), end(date(2023, 3, 31), EndStatus.COMPLETED),
            phone(date(2023, 5, 1)), start(date(2023, 5, 22), "outpatient"))
        .asOf(date(2023, 6, 1))
        .deadline(MEDICAL_EXAMINATION).inCourse(1).due(date(2023, 1, 16)).closedBy(date(2023, 1, 12)).is(MET)
        .inCourse(2).startedBy(date(2023, 5, 1)).due(date(2023, 5, 15)).is(BREACHED);
  }

  @Test
  @Tag("JAM-D1")
  @DisplayName("Completed 15 March 2023: two relapse-prevention talks due by 15 March 2024, one held;"
      + " the law's follow-ups after 1 and 6 months, which the standard does not name, are missed, with a finding")
  void completedCourse() {
    JAMMERBUGT.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2022, 9, 1)), start(date(2022, 9, 10), "outpatient"), end(date(2023, 3, 15), EndStatus.COMPLETED),
            event(EventType.RELAPSE_PREVENTION_TALK, date(2023, 6, 1)))
        .asOf(date(2024, 5, 1))
        .has(2, RELAPSE_PREVENTION).has(2, FOLLOW_UP).withFinding("JAM-D1")
        .deadline(RELAPSE_PREVENTION).decidedBy("JAM-D1").basedOn("SEL § 101").startedBy(date(2023, 3, 15))
        .due(date(2024, 3, 15)).closedBy(date(2023, 6, 1)).is(MET)
        .nth(2).due(date(2024, 3, 15)).is(BREACHED)
        .deadline(FOLLOW_UP).decidedBy("NAT-U1").due(date(2023, 4, 15)).is(BREACHED)
        .nth(2).due(date(2023, 9, 15)).is(BREACHED);
  }

  @Test
  @Tag("JAM-D1")
  @DisplayName("Transferred to another offer: no relapse-prevention talks (completed courses only),"
      + " but the law's follow-ups, with a finding")
  void transferred() {
    JAMMERBUGT.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2023, 1, 9)), start(date(2023, 1, 16), "outpatient"), end(date(2023, 4, 20), EndStatus.OTHER_OFFER))
        .asOf(date(2023, 6, 1))
        .hasNo(RELAPSE_PREVENTION).has(2, FOLLOW_UP).withFinding("JAM-D1")
        .deadline(FOLLOW_UP).decidedBy("NAT-U1").due(date(2023, 5, 20)).is(BREACHED);
  }

  @Test
  @Tag("JAM-D1")
  @Tag("JAM-O5")
  @DisplayName("Alcohol: a MOVE course completed 14 April 2023 earns two talks by 14 April 2024 under SUL § 141;"
      + " a second course dropped out of earns none, and no follow-up is owed on alcohol")
  void alcoholMoveCourse() {
    JAMMERBUGT.on(Track.ALCOHOL).age(20)
        .given(phone(date(2023, 1, 9)), start(date(2023, 1, 16), "move"), end(date(2023, 4, 14), EndStatus.COMPLETED),
            phone(date(2023, 9, 4)), start(date(2023, 9, 11), "outpatient"), end(date(2023, 10, 31), EndStatus.DROPPED_OUT))
        .asOf(date(2023, 12, 1))
        .has(2, RELAPSE_PREVENTION).hasNo(FOLLOW_UP).withoutFinding("JAM-D1")
        .deadline(RELAPSE_PREVENTION).inCourse(1).decidedBy("JAM-D1").basedOn("SUL § 141").due(date(2024, 4, 14))
        .is(PENDING);
  }
}
