package dk.kvalitetsstandard.ringsted;

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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.conformance.ContentCheck;
import dk.kvalitetsstandard.conformance.FloorFinding;
import dk.kvalitetsstandard.conformance.StandardCheck;
import dk.kvalitetsstandard.conformance.StandardChecker;
import dk.kvalitetsstandard.law.RequiredContent;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.questions.Attendance;
import dk.kvalitetsstandard.questions.GiftCardsAnswer;
import dk.kvalitetsstandard.questions.GiftCardsQuestion;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.questions.Session;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Ringsted's standard checked against the law: 14 of the 15 required contents, overdue for revision since 2019, "
    + "a narrower anonymous criterion")
class RingstedCheckTest {

  private static final StandardRegistry REGISTRY = StandardRegistry.defaultRegistry();

  private static StandardCheck checkOn(LocalDate on) {
    return StandardChecker.of(REGISTRY, PublicHolidays.denmark()).check(new RingstedStandardProvider().standard(), on);
  }

  private static List<String> coveredBy(RequiredContent content) {
    return checkOn(date(2026, 12, 2)).contents().stream().filter(c -> c.content() == content).findFirst().orElseThrow().rules();
  }

  private static List<String> findings(StandardCheck check) {
    return check.findings().stream().map(f -> f.rule() + " " + f.kind() + " below " + f.nationalRule()).toList();
  }

  @Test
  @Tag("RIN-M1")
  @Tag("RIN-O4")
  @Tag("RIN-G1")
  @Tag("RIN-U3")
  @Tag("RIN-C1")
  @DisplayName("Checked on 2 December 2026: the medicine condition for anonymous treatment, the missed revision and the missing "
      + "gift-card guidelines; nothing against the guarantee, the follow-ups or the complaint limit")
  void findingsOn2December2026() {
    StandardCheck check = checkOn(date(2026, 12, 2));

    assertEquals(14, check.covered());
    assertEquals(List.of("RIN-O4 NARROWER_CRITERION below NAT-A1", "RIN-M1 REVISION_OVERDUE below NAT-Q2",
        "RIN-M1 MISSING_CONTENTS below NAT-Q1"), findings(check));
  }

  @Test
  @Tag("RIN-M1")
  @DisplayName("Approved 20 June 2017, the standard was due for revision by 20 June 2019: not overdue on that day, overdue the next")
  void revisionDueTwoYearsAfterApproval() {
    assertEquals(List.of("RIN-O4 NARROWER_CRITERION below NAT-A1", "RIN-M1 MISSING_CONTENTS below NAT-Q1"),
        findings(checkOn(date(2019, 6, 20))));
    assertTrue(findings(checkOn(date(2019, 6, 21))).contains("RIN-M1 REVISION_OVERDUE below NAT-Q2"));
  }

  @Test
  @Tag("RIN-M1")
  @Tag("RIN-V3")
  @Tag("RIN-V4")
  @DisplayName("Goals and values, user involvement and staff qualifications are sections of the standard as a whole; "
      + "help at the least intrusive level is a goal and, with the visitation committee, the visitation procedure")
  void wholeStandardAndVisitation() {
    assertEquals(List.of("RIN-M1", "RIN-V4"), coveredBy(GOALS_VALUES_NORMS));
    assertEquals(List.of("RIN-M1"), coveredBy(USER_INVOLVEMENT));
    assertEquals(List.of("RIN-M1"), coveredBy(STAFF_QUALIFICATIONS));
    assertEquals(List.of("RIN-V3", "RIN-V4"), coveredBy(VISITATION));
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
    assertEquals(List.of("RIN-O1", "RIN-O2"), coveredBy(TASKS));
    assertEquals(List.of("RIN-O6"), coveredBy(TARGET_GROUP));
    assertEquals(List.of("RIN-O2", "RIN-O3", "RIN-O4"), coveredBy(ORGANISATION_AND_TREATMENT_TYPES));
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
    assertEquals(List.of("RIN-U1", "RIN-U2"), coveredBy(TREATMENT_PLAN));
    assertEquals(List.of("RIN-D1"), coveredBy(ACTION_PLAN_TARGETS));
    assertEquals(List.of("RIN-Q1", "RIN-Q2", "RIN-U3"), coveredBy(MONITORING));
  }

  @Test
  @Tag("RIN-V2")
  @Tag("RIN-S1")
  @Tag("RIN-S2")
  @DisplayName("Sorø's citizens served by agreement, the family assessment with notification of children at risk, and the advice "
      + "to pregnant users are statements: the check counts them toward no required content and finds nothing against them")
  void statementsWithoutBehaviour() {
    StandardCheck check = checkOn(date(2026, 12, 2));
    List<String> counted = Stream.concat(check.contents().stream().flatMap(c -> c.rules().stream()),
        check.findings().stream().map(FloorFinding::rule)).toList();
    for (String rule : List.of("RIN-V2", "RIN-S1", "RIN-S2")) {
      assertFalse(counted.contains(rule), rule + " in " + counted);
    }
  }

  @Test
  @Tag("RIN-M1")
  @DisplayName("The standard has no gift-card guidelines: the check misses content 15, and four attended sessions earn no card")
  void noGiftCards() {
    assertTrue(checkOn(date(2026, 12, 2)).contents().stream().filter(c -> c.content() == GIFT_CARDS).noneMatch(ContentCheck::covered));
    List<Session> fourWeeks = List.of(Session.of(date(2026, 1, 5), Attendance.ATTENDED),
        Session.of(date(2026, 1, 12), Attendance.ATTENDED), Session.of(date(2026, 1, 19), Attendance.ATTENDED),
        Session.of(date(2026, 1, 26), Attendance.ATTENDED));
    GiftCardsAnswer answer = Assessor.of(REGISTRY).giftCards(GiftCardsQuestion.builder().municipality("ringsted")
        .asOf(date(2026, 6, 1)).track(Track.SOCIAL_DRUG).offer("outpatient").citizen(Profile.builder().age(22).build())
        .addAllSessions(fourWeeks).build(), Locale.ENGLISH);

    assertEquals(Optional.empty(), answer.scheme());
    assertEquals(Optional.of(0), answer.cards());
    assertEquals("NAT-K1", answer.rule());
  }
}
