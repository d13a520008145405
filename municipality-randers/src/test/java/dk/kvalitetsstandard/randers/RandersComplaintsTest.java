package dk.kvalitetsstandard.randers;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.conformance.StandardAssert.decision;
import static dk.kvalitetsstandard.conformance.StandardAssert.event;
import static dk.kvalitetsstandard.conformance.StandardAssert.phone;
import static dk.kvalitetsstandard.deadline.Status.LAPSED;
import static dk.kvalitetsstandard.deadline.Status.MET;
import static dk.kvalitetsstandard.deadline.Status.NOT_APPLICABLE;
import static dk.kvalitetsstandard.deadline.Status.PENDING;
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

@DisplayName("Randers' complaints: a decision within 4 weeks to Rusmiddelcenter Randers, case handling without a limit")
class RandersComplaintsTest {

  private static final StandardAssert RANDERS = assertFor("randers");

  @Test
  @Tag("RAN-C1")
  @DisplayName("A refusal received Thursday 15 January 2026: a complaint on Thursday 12 February is in time, and the "
      + "centre that reconsiders it has until 12 March")
  void complaintInTimeAndReconsidered() {
    RANDERS.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2026, 1, 5)), decision(date(2026, 1, 15), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
            event(EventType.COMPLAINT, date(2026, 2, 12)), event(EventType.RECONSIDERED, date(2026, 2, 20)))
        .deadline(COMPLAINT).decidedBy("RAN-C1").basedOn("Retssikkerhedsloven § 67")
        .startedBy(date(2026, 1, 15)).due(date(2026, 2, 12)).closedBy(date(2026, 2, 12)).is(MET)
        .deadline(RECONSIDERATION).startedBy(date(2026, 2, 12)).due(date(2026, 3, 12)).closedBy(date(2026, 2, 20)).is(MET)
        .and().withoutFindings();
  }

  @Test
  @Tag("RAN-C1")
  @DisplayName("No complaint about that refusal by 13 February: the right to complain has lapsed")
  void complaintLapsed() {
    RANDERS.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2026, 1, 5)), decision(date(2026, 1, 15), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED))
        .asOf(date(2026, 2, 13))
        .deadline(COMPLAINT).due(date(2026, 2, 12)).is(LAPSED)
        .and().hasNo(RECONSIDERATION);
  }

  @Test
  @Tag("RAN-C1")
  @DisplayName("The 4 weeks are a time limit: a partial grant received 5 March 2026 ends on Maundy Thursday and moves "
      + "past Easter to Tuesday 7 April")
  void limitMovesPastEaster() {
    RANDERS.on(Track.SOCIAL_DRUG).age(34)
        .given(decision(date(2026, 3, 5), ComplaintSubject.SOCIAL_TREATMENT, Outcome.PARTLY_GRANTED))
        .deadline(COMPLAINT).decidedBy("RAN-C1").due(date(2026, 4, 7)).is(PENDING);
  }

  @Test
  @Tag("RAN-C2")
  @DisplayName("A complaint about case handling goes to socialchefen with no time limit and nothing for Ankestyrelsen")
  void caseHandlingWithoutLimit() {
    RANDERS.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2026, 1, 5)), decision(date(2026, 1, 15), ComplaintSubject.CASE_HANDLING, Outcome.REFUSED),
            event(EventType.COMPLAINT, date(2026, 2, 25)))
        .asOf(date(2026, 3, 1))
        .deadline(COMPLAINT).decidedBy("RAN-C2").startedBy(date(2026, 1, 15)).undated().is(NOT_APPLICABLE)
        .and().hasNo(RECONSIDERATION);
  }
}
