package dk.kvalitetsstandard.odsherred;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.conformance.StandardAssert.digital;
import static dk.kvalitetsstandard.conformance.StandardAssert.event;
import static dk.kvalitetsstandard.conformance.StandardAssert.inPerson;
import static dk.kvalitetsstandard.conformance.StandardAssert.phone;
import static dk.kvalitetsstandard.conformance.StandardAssert.start;
import static dk.kvalitetsstandard.deadline.Status.BREACHED;
import static dk.kvalitetsstandard.deadline.Status.MET;
import static dk.kvalitetsstandard.deadline.Status.NOT_APPLICABLE;
import static dk.kvalitetsstandard.deadline.Status.PENDING;
import static dk.kvalitetsstandard.deadline.Status.WAIVED;
import static dk.kvalitetsstandard.standard.DeadlineKind.TREATMENT_GUARANTEE;

import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.Track;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Odsherred's guarantee: 14 days from attending in person, for drugs and alcohol, from age 12; the law decides where it differs")
class OdsherredGuaranteeTest {

  private static final StandardAssert ODSHERRED = assertFor("odsherred");

  @Test
  @Tag("ODS-G2")
  @Tag("NAT-G1")
  @DisplayName("Phoned 5 January 2026, attended 8 January, started 20 January: the law's 14 days from the call "
      + "(19 January) are breached; the standard's clock would have given 22 January, and a finding says so")
  void phoneThenAttendance() {
    ODSHERRED.on(Track.SOCIAL_DRUG).age(34)
        .given(phone(date(2026, 1, 5)), inPerson(date(2026, 1, 8)), start(date(2026, 1, 20), "outpatient-medium"))
        .asOf(date(2026, 3, 1))
        .deadline(TREATMENT_GUARANTEE).decidedBy("NAT-G1").basedOn("SEL § 101, stk. 4")
        .startedBy(date(2026, 1, 5)).due(date(2026, 1, 19)).standardDue(date(2026, 1, 22))
        .closedBy(date(2026, 1, 20)).is(BREACHED)
        .withFinding("ODS-G2");
  }

  @Test
  @Tag("ODS-G2")
  @Tag("NAT-G1")
  @DisplayName("A digital request on 16 February 2026 starts the law's clock but not Odsherred's: pending on its due date 2 March")
  void digitalRequest() {
    ODSHERRED.on(Track.SOCIAL_DRUG).age(34)
        .given(digital(date(2026, 2, 16)))
        .asOf(date(2026, 3, 2))
        .deadline(TREATMENT_GUARANTEE).decidedBy("NAT-G1").startedBy(date(2026, 2, 16)).due(date(2026, 3, 2)).is(PENDING)
        .withFinding("ODS-G2");
  }

  @Test
  @Tag("ODS-G1")
  @Tag("ODS-G2")
  @DisplayName("A first contact in person on 2 February 2026 starts both clocks: a start on the 14th day, 16 February, "
      + "meets it and nothing is found")
  void attendanceFirst() {
    ODSHERRED.on(Track.SOCIAL_DRUG).age(34)
        .given(inPerson(date(2026, 2, 2)), start(date(2026, 2, 16), "outpatient-medium"))
        .asOf(date(2026, 3, 1))
        .deadline(TREATMENT_GUARANTEE).decidedBy("ODS-G1").basedOn("SEL § 101, stk. 4")
        .startedBy(date(2026, 2, 2)).due(date(2026, 2, 16)).closedBy(date(2026, 2, 16)).is(MET)
        .and().withoutFindings();
  }

  @Test
  @Tag("ODS-G1")
  @DisplayName("The standard promises an offer within 14 days, but the start decides: attended 5 January 2026 and "
      + "nothing started by 1 March is breached")
  void theStartDecides() {
    ODSHERRED.on(Track.SOCIAL_DRUG).age(34)
        .given(inPerson(date(2026, 1, 5)))
        .asOf(date(2026, 3, 1))
        .deadline(TREATMENT_GUARANTEE).decidedBy("ODS-G1").due(date(2026, 1, 19)).is(BREACHED);
  }

  @Test
  @Tag("ODS-G1")
  @Tag("ODS-G2")
  @Tag("NAT-G5")
  @DisplayName("Alcohol too: phoned 4 May 2026, attended 11 May, started 20 May is breached under SUL § 141 "
      + "(due 18 May), though the standard's clock would call it met by 25 May")
  void alcohol() {
    ODSHERRED.on(Track.ALCOHOL).age(52)
        .given(phone(date(2026, 5, 4)), inPerson(date(2026, 5, 11)), start(date(2026, 5, 20), "outpatient-low"))
        .asOf(date(2026, 6, 1))
        .deadline(TREATMENT_GUARANTEE).decidedBy("NAT-G5").basedOn("SUL § 141, stk. 2")
        .startedBy(date(2026, 5, 4)).due(date(2026, 5, 18)).standardDue(date(2026, 5, 25)).is(BREACHED)
        .withFinding("ODS-G2");
  }

  @Test
  @Tag("ODS-G1")
  @Tag("ODS-G2")
  @Tag("NAT-G4")
  @DisplayName("Medical drug treatment: phoned 2 March 2026, attended 6 March, medicine from 13 March is met "
      + "within SUL § 142's 14 days from the call")
  void medical() {
    ODSHERRED.on(Track.MEDICAL_DRUG).age(45)
        .given(phone(date(2026, 3, 2)), inPerson(date(2026, 3, 6)), start(date(2026, 3, 13), "medical-treatment"))
        .asOf(date(2026, 4, 1))
        .deadline(TREATMENT_GUARANTEE).decidedBy("NAT-G4").basedOn("SUL § 142, stk. 6")
        .startedBy(date(2026, 3, 2)).due(date(2026, 3, 16)).standardDue(date(2026, 3, 20)).is(MET)
        .withFinding("ODS-G2");
  }

  @Test
  @Tag("ODS-G1")
  @Tag("ODS-M2")
  @Tag("NAT-Y1")
  @DisplayName("From age 12 the guarantee holds as for adults, with no decision to wait for: a 15-year-old under "
      + "Barnets lov § 33, a 12-year-old in alcohol treatment")
  void fromTwelve() {
    ODSHERRED.on(Track.SOCIAL_DRUG).age(15)
        .given(inPerson(date(2026, 2, 2)), start(date(2026, 2, 9), "outpatient-intensive"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("ODS-G1").basedOn("Barnets lov § 33").due(date(2026, 2, 16)).is(MET);
    ODSHERRED.on(Track.ALCOHOL).age(12)
        .given(inPerson(date(2025, 5, 5)), start(date(2025, 5, 16), "outpatient-low"))
        .deadline(TREATMENT_GUARANTEE).decidedBy("ODS-G1").due(date(2025, 5, 19)).is(MET);
  }

  @Test
  @Tag("ODS-G3")
  @Tag("NAT-G3")
  @DisplayName("Anonymous treatment under SEL § 101 a is outside the guarantee, with no clock finding")
  void anonymous() {
    ODSHERRED.on(Track.ANONYMOUS_DRUG)
        .given(phone(date(2026, 1, 5)), start(date(2026, 1, 26), "anonymous-group"))
        .asOf(date(2026, 3, 1))
        .deadline(TREATMENT_GUARANTEE).decidedBy("NAT-G3").basedOn("SEL § 101 a").undated().is(NOT_APPLICABLE)
        .and().withoutFindings();
  }

  @Test
  @Tag("ODS-G3")
  @Tag("NAT-G2")
  @DisplayName("Choosing another provider on the due date, 19 January 2026, sets the 14 days aside: waived, not breached")
  void freeChoiceWaivesDrugs() {
    ODSHERRED.on(Track.SOCIAL_DRUG).age(34)
        .given(inPerson(date(2026, 1, 5)), event(EventType.FREE_CHOICE, date(2026, 1, 19)),
            start(date(2026, 1, 26), "OUTPATIENT"))
        .asOf(date(2026, 3, 1))
        .deadline(TREATMENT_GUARANTEE).decidedBy("NAT-G2").basedOn("SEL § 101, stk. 6").due(date(2026, 1, 19))
        .closedBy(date(2026, 1, 26)).is(WAIVED)
        .and().withoutFindings();
  }

  @Test
  @Tag("ODS-G3")
  @Tag("NAT-G5")
  @DisplayName("On the alcohol track a free choice waives nothing, whatever the standard says: breached, with a finding")
  void freeChoiceKeepsAlcohol() {
    ODSHERRED.on(Track.ALCOHOL).age(52)
        .given(inPerson(date(2026, 1, 5)), event(EventType.FREE_CHOICE, date(2026, 1, 9)))
        .asOf(date(2026, 2, 1))
        .deadline(TREATMENT_GUARANTEE).decidedBy("NAT-G5").basedOn("SUL § 141, stk. 2").due(date(2026, 1, 19)).is(BREACHED)
        .withFinding("ODS-G3");
  }
}
