package dk.kvalitetsstandard.randers;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.conformance.StandardAssert.digital;
import static dk.kvalitetsstandard.conformance.StandardAssert.end;
import static dk.kvalitetsstandard.conformance.StandardAssert.event;
import static dk.kvalitetsstandard.conformance.StandardAssert.inPerson;
import static dk.kvalitetsstandard.conformance.StandardAssert.phone;
import static dk.kvalitetsstandard.conformance.StandardAssert.start;
import static dk.kvalitetsstandard.deadline.Status.BREACHED;
import static dk.kvalitetsstandard.deadline.Status.MET;
import static dk.kvalitetsstandard.deadline.Status.NEEDS_DECISION;
import static dk.kvalitetsstandard.deadline.Status.NOT_APPLICABLE;
import static dk.kvalitetsstandard.deadline.Status.PENDING;
import static dk.kvalitetsstandard.deadline.Status.WAIVED;
import static dk.kvalitetsstandard.standard.DeadlineKind.TREATMENT_GUARANTEE;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Randers' guarantee: treatment starts within 14 days of the contact; under 18 only once Myndighedscenteret decides")
class RandersGuaranteeTest {

  private static final StandardAssert RANDERS = assertFor("randers");

  /** Myndighedscenteret's decision whether the guarantee applies to a citizen under 18. */
  private static CaseEvent authorityDecides(LocalDate date, boolean applies) {
    return CaseEvent.under18Decision(date, applies);
  }

  @Test
  @Tag("RAN-G1")
  @DisplayName("Phoned 5 January 2026, came in on 8 January: the 14 days run from the call, so a start on 19 January is "
      + "in time and one on 20 January is late")
  void fourteenDaysFromTheFirstContact() {
    RANDERS.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2026, 1, 5)), inPerson(date(2026, 1, 8)), start(date(2026, 1, 19), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("RAN-G1").basedOn("SEL § 101, stk. 4")
        .startedBy(date(2026, 1, 5)).due(date(2026, 1, 19)).closedBy(date(2026, 1, 19)).is(MET)
        .and().withoutFindings();
    RANDERS.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2026, 1, 5)), inPerson(date(2026, 1, 8)), start(date(2026, 1, 20), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).due(date(2026, 1, 19)).closedBy(date(2026, 1, 20)).is(BREACHED);
  }

  @Test
  @Tag("RAN-G1")
  @DisplayName("Nothing started yet: pending on the 14th day, breached the day after")
  void openGuarantee() {
    RANDERS.on(Track.SOCIAL_DRUG).age(34).given(phone(date(2026, 1, 5))).asOf(date(2026, 1, 19))
        .deadline(TREATMENT_GUARANTEE).due(date(2026, 1, 19)).is(PENDING);
    RANDERS.on(Track.SOCIAL_DRUG).age(34).given(phone(date(2026, 1, 5))).asOf(date(2026, 1, 20))
        .deadline(TREATMENT_GUARANTEE).due(date(2026, 1, 19)).is(BREACHED);
  }

  @Test
  @Tag("RAN-G1")
  @DisplayName("The 14 days are calendar days: a request of 20 March 2026 is due on Good Friday, 3 April, and a start "
      + "after Easter is late")
  void calendarDaysOverEaster() {
    RANDERS.on(Track.SOCIAL_DRUG).age(34)
        .given(digital(date(2026, 3, 20)), start(date(2026, 4, 7), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).due(date(2026, 4, 3)).is(BREACHED);
  }

  @Test
  @Tag("RAN-G1")
  @Tag("RAN-G2")
  @DisplayName("'Over 18 år' against 'under 18 år': an 18-year-old has the guarantee outright, a 17-year-old waits for "
      + "Myndighedscenteret's decision")
  void eighteenIsAnAdult() {
    RANDERS.on(Track.SOCIAL_DRUG).age(18)
        .given(phone(date(2026, 1, 5)), start(date(2026, 1, 20), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("RAN-G1").due(date(2026, 1, 19)).is(BREACHED);
    RANDERS.on(Track.SOCIAL_DRUG).age(17)
        .given(phone(date(2026, 1, 5)), start(date(2026, 1, 20), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("RAN-G2").is(NEEDS_DECISION);
  }

  @Test
  @Tag("RAN-G2")
  @DisplayName("A 16-year-old without a decision needs one, even after the 14th day; the provision is Barnets lov § 33")
  void minorWithoutDecision() {
    RANDERS.on(Track.SOCIAL_DRUG).age(16)
        .given(phone(date(2026, 1, 5)), start(date(2026, 1, 26), "outpatient"))
        .asOf(date(2026, 3, 1))
        .deadline(TREATMENT_GUARANTEE).decidedBy("RAN-G2").basedOn("Barnets lov § 33")
        .startedBy(date(2026, 1, 5)).due(date(2026, 1, 19)).closedBy(date(2026, 1, 26)).is(NEEDS_DECISION)
        .and().withoutFindings();
  }

  @Test
  @Tag("RAN-G2")
  @DisplayName("Myndighedscenteret grants a 15-year-old the guarantee: counted from the contact as for adults; "
      + "refuses it: the guarantee does not apply")
  void minorAfterTheDecision() {
    RANDERS.on(Track.SOCIAL_DRUG).age(15)
        .given(phone(date(2026, 1, 5)), authorityDecides(date(2026, 1, 9), true), start(date(2026, 1, 16), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("RAN-G1").basedOn("Barnets lov § 33")
        .startedBy(date(2026, 1, 5)).due(date(2026, 1, 19)).is(MET);
    RANDERS.on(Track.SOCIAL_DRUG).age(15)
        .given(phone(date(2026, 1, 5)), authorityDecides(date(2026, 1, 9), false))
        .asOf(date(2026, 3, 1))
        .deadline(TREATMENT_GUARANTEE).decidedBy("RAN-G2").is(NOT_APPLICABLE);
  }

  @Test
  @Tag("RAN-G2")
  @DisplayName("A decision for a 16-year-old's first course does not carry over to a new request after dropping out")
  void minorsDecisionPerCourse() {
    RANDERS.on(Track.SOCIAL_DRUG).age(16)
        .given(phone(date(2026, 1, 5)), authorityDecides(date(2026, 1, 7), true), start(date(2026, 1, 15), "outpatient"),
            end(date(2026, 3, 31), EndStatus.DROPPED_OUT), phone(date(2026, 5, 4)))
        .asOf(date(2026, 6, 1))
        .deadline(TREATMENT_GUARANTEE).inCourse(1).decidedBy("RAN-G1").is(MET)
        .inCourse(2).decidedBy("RAN-G2").startedBy(date(2026, 5, 4)).due(date(2026, 5, 18)).is(NEEDS_DECISION);
  }

  @Test
  @Tag("RAN-F2")
  @DisplayName("A citizen who chooses another provider within the 14 days gives up the guarantee: waived, not breached")
  void freeChoiceWaives() {
    RANDERS.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2026, 1, 5)), event(EventType.FREE_CHOICE, date(2026, 1, 12)), start(date(2026, 1, 28), "outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("NAT-G2").basedOn("SEL § 101, stk. 6")
        .due(date(2026, 1, 19)).closedBy(date(2026, 1, 28)).is(WAIVED);
  }

  @Test
  @Tag("RAN-G1")
  @Tag("RAN-O4")
  @DisplayName("The guarantee is given for social treatment: anonymous treatment starting 46 days after the request "
      + "is outside it")
  void anonymousTreatmentOutside() {
    RANDERS.on(Track.ANONYMOUS_DRUG).age(30)
        .given(digital(date(2026, 1, 5)), start(date(2026, 2, 20), "anonymous-outpatient"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("NAT-G3").is(NOT_APPLICABLE)
        .and().withoutFindings();
  }
}
