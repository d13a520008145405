package dk.kvalitetsstandard.jammerbugt;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.conformance.StandardAssert.decision;
import static dk.kvalitetsstandard.conformance.StandardAssert.event;
import static dk.kvalitetsstandard.conformance.StandardAssert.phone;
import static dk.kvalitetsstandard.conformance.StandardAssert.start;
import static dk.kvalitetsstandard.deadline.Status.BREACHED;
import static dk.kvalitetsstandard.deadline.Status.MET;
import static dk.kvalitetsstandard.deadline.Status.NOT_APPLICABLE;
import static dk.kvalitetsstandard.standard.DeadlineKind.COMPLAINT;
import static dk.kvalitetsstandard.standard.DeadlineKind.RECONSIDERATION;

import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Complaints: social treatment to the centre and on to Ankestyrelsen, case handling without a limit,"
    + " health complaints to the body that took over Patientombuddet's tasks")
class JammerbugtComplaintsTest {

  private static final StandardAssert JAMMERBUGT = assertFor("jammerbugt");

  @Test
  @Tag("JAM-C1")
  @DisplayName("The standard names no limit, so the law's 4 weeks apply: a refusal received 7 April 2023 may be appealed"
      + " until Monday 8 May, Store Bededag (5 May) being a holiday then")
  void socialTreatmentLimit() {
    JAMMERBUGT.on(Track.SOCIAL_DRUG).age(34)
        .given(decision(date(2023, 4, 7), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
            event(EventType.COMPLAINT, date(2023, 5, 8)))
        .deadline(COMPLAINT).decidedBy("NAT-C1").basedOn("Retssikkerhedsloven § 67")
        .startedBy(date(2023, 4, 7)).due(date(2023, 5, 8)).closedBy(date(2023, 5, 8)).is(MET);
  }

  @Test
  @Tag("JAM-C1")
  @DisplayName("A complaint made 7 April 2023 had to be reconsidered by 8 May before it went on to Ankestyrelsen;"
      + " reconsidered 10 May is late")
  void reconsiderationBeforeAnkestyrelsen() {
    JAMMERBUGT.on(Track.SOCIAL_DRUG).age(34)
        .given(decision(date(2023, 4, 3), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
            event(EventType.COMPLAINT, date(2023, 4, 7)), event(EventType.RECONSIDERED, date(2023, 5, 10)))
        .deadline(COMPLAINT).due(date(2023, 5, 1)).is(MET)
        .deadline(RECONSIDERATION).decidedBy("NAT-C5").startedBy(date(2023, 4, 7)).due(date(2023, 5, 8))
        .closedBy(date(2023, 5, 10)).is(BREACHED);
  }

  @Test
  @Tag("JAM-C2")
  @DisplayName("A complaint about case handling has no limit, goes to Job og Tværgående indsats, not Ankestyrelsen,"
      + " and is not reconsidered")
  void caseHandling() {
    JAMMERBUGT.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2023, 3, 1)), start(date(2023, 3, 10), "outpatient"),
            decision(date(2023, 4, 3), ComplaintSubject.CASE_HANDLING, Outcome.REFUSED),
            event(EventType.COMPLAINT, date(2023, 4, 20)))
        .hasNo(RECONSIDERATION)
        .deadline(COMPLAINT).decidedBy("JAM-C2").startedBy(date(2023, 4, 3)).undated().is(NOT_APPLICABLE)
        .explains("Job og Tværgående indsats");
  }

  @Test
  @Tag("JAM-C3")
  @DisplayName("A complaint about substitution treatment has no limit here and goes to Styrelsen for Patientsikkerhed,"
      + " which took over the tasks of the Patientombuddet the standard names")
  void healthTreatment() {
    JAMMERBUGT.on(Track.MEDICAL_DRUG).age(40)
        .given(phone(date(2023, 5, 2)), start(date(2023, 5, 12), "substitution"),
            decision(date(2023, 6, 1), ComplaintSubject.HEALTH_TREATMENT, Outcome.PARTLY_GRANTED))
        .deadline(COMPLAINT).decidedBy("NAT-C3").undated().is(NOT_APPLICABLE)
        .explains("Styrelsen for Patientsikkerhed").explains("Patientombuddet");
  }
}
