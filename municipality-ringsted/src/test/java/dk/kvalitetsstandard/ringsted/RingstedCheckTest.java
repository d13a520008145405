package dk.kvalitetsstandard.ringsted;

import static dk.kvalitetsstandard.conformance.FloorFinding.Kind.REVISION_OVERDUE;
import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static dk.kvalitetsstandard.law.RequiredContent.ACTION_PLAN_TARGETS;
import static dk.kvalitetsstandard.law.RequiredContent.GIFT_CARDS;
import static dk.kvalitetsstandard.law.RequiredContent.GOALS_VALUES_NORMS;
import static dk.kvalitetsstandard.law.RequiredContent.MONITORING;
import static dk.kvalitetsstandard.law.RequiredContent.ORGANISATION_AND_TREATMENT_TYPES;
import static dk.kvalitetsstandard.law.RequiredContent.STAFF_QUALIFICATIONS;
import static dk.kvalitetsstandard.law.RequiredContent.TARGET_GROUP;
import static dk.kvalitetsstandard.law.RequiredContent.TASKS;
import static dk.kvalitetsstandard.law.RequiredContent.TREATMENT_PLAN;
import static dk.kvalitetsstandard.law.RequiredContent.USER_INVOLVEMENT;
import static dk.kvalitetsstandard.law.RequiredContent.VISITATION;

import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Attendance;
import dk.kvalitetsstandard.questions.GiftCardsQuestion;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.questions.Session;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Ringsted's standard checked against the law: 14 of the 15 required contents, overdue for revision since 2019, "
    + "a narrower anonymous criterion")
class RingstedCheckTest {

  private static final StandardAssert RINGSTED = assertFor("ringsted");

  @Test
  @Tag("RIN-M1")
  @Tag("RIN-O4")
  @Tag("RIN-G1")
  @Tag("RIN-U3")
  @Tag("RIN-C1")
  @DisplayName("Checked on 2 December 2026: the medicine condition for anonymous treatment, the missed revision and the missing "
      + "gift-card guidelines; nothing against the guarantee, the follow-ups or the complaint limit")
  void findingsOn2December2026() {
    RINGSTED.checkedOn(date(2026, 12, 2)).covers(14).findsExactly("NARROWER_CRITERION RIN-O4 below NAT-A1",
        "REVISION_OVERDUE RIN-M1 below NAT-Q2", "MISSING_CONTENTS RIN-M1 below NAT-Q1");
  }

  @Test
  @Tag("RIN-M1")
  @DisplayName("Approved 20 June 2017, the standard was due for revision by 20 June 2019: not overdue on that day, overdue the next")
  void revisionDueTwoYearsAfterApproval() {
    RINGSTED.checkedOn(date(2019, 6, 20))
        .findsExactly("NARROWER_CRITERION RIN-O4 below NAT-A1", "MISSING_CONTENTS RIN-M1 below NAT-Q1");
    RINGSTED.checkedOn(date(2019, 6, 21)).finds(REVISION_OVERDUE, "RIN-M1", "NAT-Q2");
  }

  @Test
  @Tag("RIN-M1")
  @Tag("RIN-V3")
  @Tag("RIN-V4")
  @DisplayName("Goals and values, user involvement and staff qualifications are sections of the standard as a whole; "
      + "help at the least intrusive level is a goal and, with the visitation committee, the visitation procedure")
  void wholeStandardAndVisitation() {
    RINGSTED.checkedOn(date(2026, 12, 2))
        .covers(GOALS_VALUES_NORMS, "RIN-M1", "RIN-V4")
        .covers(USER_INVOLVEMENT, "RIN-M1")
        .covers(STAFF_QUALIFICATIONS, "RIN-M1")
        .covers(VISITATION, "RIN-V3", "RIN-V4");
  }

  @Test
  @Tag("RIN-O1")
  @Tag("RIN-O2")
  @Tag("RIN-O3")
  @Tag("RIN-O4")
  @Tag("RIN-O6")
  @DisplayName("The tasks are the preventive and treatment offers; the treatment types include aftercare and anonymous treatment; "
      + "the target group and the special effort for groups describe whom they serve")
  void tasksTargetGroupAndTreatmentTypes() {
    RINGSTED.checkedOn(date(2026, 12, 2))
        .covers(TASKS, "RIN-O1", "RIN-O2")
        .covers(TARGET_GROUP, "RIN-O6")
        .covers(ORGANISATION_AND_TREATMENT_TYPES, "RIN-O2", "RIN-O3", "RIN-O4");
  }

  @Test
  @Tag("RIN-U1")
  @Tag("RIN-U2")
  @Tag("RIN-D1")
  @Tag("RIN-Q1")
  @Tag("RIN-Q2")
  @Tag("RIN-U3")
  @DisplayName("The plan is reviewed within 6 months and adjusted at a status meeting in residential treatment; the action plan is "
      + "clarified within 2 months; the 2018 goals (41 % drug-free or reduced use, 35 % back within 4 months after a relapse) "
      + "and the follow-ups are the monitoring")
  void planActionPlanAndMonitoring() {
    RINGSTED.checkedOn(date(2026, 12, 2))
        .covers(TREATMENT_PLAN, "RIN-U1", "RIN-U2")
        .covers(ACTION_PLAN_TARGETS, "RIN-D1")
        .covers(MONITORING, "RIN-Q1", "RIN-Q2", "RIN-U3");
  }

  @Test
  @Tag("RIN-V2")
  @Tag("RIN-S1")
  @Tag("RIN-S2")
  @DisplayName("Sorø's citizens served by agreement, the family assessment with notification of children at risk, and the advice "
      + "to pregnant users are statements: the check counts them toward no required content and finds nothing against them")
  void statementsWithoutBehaviour() {
    StandardAssert.CheckedStandard check = RINGSTED.checkedOn(date(2026, 12, 2));
    for (String rule : List.of("RIN-V2", "RIN-S1", "RIN-S2")) {
      check.coversNothingWith(rule).findsNothingOf(rule);
    }
  }

  @Test
  @Tag("RIN-M1")
  @DisplayName("The standard has no gift-card guidelines: the check misses content 15, and four attended sessions earn no card")
  void noGiftCards() {
    RINGSTED.checkedOn(date(2026, 12, 2)).covers(GIFT_CARDS);
    List<Session> fourWeeks = List.of(Session.of(date(2026, 1, 5), Attendance.ATTENDED),
        Session.of(date(2026, 1, 12), Attendance.ATTENDED), Session.of(date(2026, 1, 19), Attendance.ATTENDED),
        Session.of(date(2026, 1, 26), Attendance.ATTENDED));
    RINGSTED.giftCards(GiftCardsQuestion.builder().municipality("ringsted").asOf(date(2026, 6, 1))
            .track(Track.SOCIAL_DRUG).offer("outpatient").citizen(Profile.builder().age(22).build())
            .addAllSessions(fourWeeks).build())
        .noScheme().earns(0).decidedBy("NAT-K1");
  }
}
