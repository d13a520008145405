package dk.kvalitetsstandard.examples.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.conformance.DeadlineExpectations;
import dk.kvalitetsstandard.conformance.FloorFinding.Kind;
import dk.kvalitetsstandard.conformance.FloorFinding;
import dk.kvalitetsstandard.conformance.StandardCheck;
import dk.kvalitetsstandard.conformance.StandardChecker;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.questions.Eligibility;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every place where a municipality's standard falls below the law is found, each with an example that shows it. */
class FloorFindingsTest {

  private static final StandardRegistry REGISTRY = StandardRegistry.defaultRegistry();
  private static final StandardChecker CHECKER = StandardChecker.of(REGISTRY, PublicHolidays.denmark());
  private static final DeadlineEngine ENGINE = DeadlineEngine.of(REGISTRY, PublicHolidays.denmark());
  private static final LocalDate ON = LocalDate.of(2026, 11, 23);

  private static StandardCheck check(String municipality) {
    return CHECKER.check(REGISTRY.find(municipality, ON).standard(), ON);
  }

  private static FloorFinding finding(String municipality, Kind kind, String rule) {
    return check(municipality).findings().stream().filter(f -> f.kind() == kind && f.rule().equals(rule)).findFirst()
        .orElseThrow(() -> new AssertionError(kind + " " + rule + " not found for " + municipality + ": "
            + check(municipality).findings()));
  }

  /**
   * The example case, run again through the engine, gives the difference the finding states; a date
   * expected in ISO form is looked for as English prose writes it.
   */
  private static void demonstrated(FloorFinding f, String... expected) {
    assertTrue(f.exampleCase().isPresent() || f.exampleQuestion().isPresent(), "no example for " + f);
    String difference = f.difference().orElseThrow();
    for (String given : expected) {
      String text = DeadlineExpectations.inProse(given, Locale.ENGLISH);
      assertTrue(difference.contains(text), difference + " lacks " + text);
    }
    f.exampleCase().ifPresent(c -> assertTrue(ENGINE.report(c).deadlines().size() > 0));
  }

  @Test
  @DisplayName("ODS-G2 below NAT-G1: the clock at in-person attendance; a phone call 5 days earlier gives an earlier due date")
  void odsherredClock() {
    FloorFinding f = finding("odsherred", Kind.CLOCK_STARTS_LATER, "ODS-G2");
    assertEquals("NAT-G1", f.nationalRule());
    demonstrated(f, "in-person attendance (2026-08-30, due 2026-09-13)", "the first contact (2026-08-25, due 2026-09-08)");
  }

  @Test
  @DisplayName("ODS-U2 below NAT-U1: follow-up after 1 and 3 months omits the one after 6 months")
  void odsherredFollowUp() {
    FloorFinding f = finding("odsherred", Kind.FOLLOW_UP_OMITTED, "ODS-U2");
    assertEquals("NAT-U1", f.nationalRule());
    demonstrated(f, "follows up after 1 month and 3 months", "6 months (by 2027-04-04)");
  }

  @Test
  @DisplayName("GEN-M1, RAN-M1 below NAT-Q2: no adoption date and no period of validity")
  void noAdoptionDateOrValidity() {
    for (String m : List.of("gentofte", "randers")) {
      String rule = m.equals("gentofte") ? "GEN-M1" : "RAN-M1";
      demonstrated(finding(m, Kind.NO_ADOPTION_DATE, rule), "is decided by this standard");
      demonstrated(finding(m, Kind.NO_VALIDITY, rule), "is decided by this standard");
    }
  }

  @Test
  @DisplayName("GEN-M1 below NAT-Q1: Gentofte lacks staff qualifications, user involvement and monitoring")
  void gentofteMissingContents() {
    FloorFinding f = finding("gentofte", Kind.MISSING_CONTENTS, "GEN-M1");
    assertEquals("NAT-Q1", f.nationalRule());
    for (String missing : List.of("10 user involvement", "13 staff qualifications", "14 monitoring")) {
      assertTrue(f.message().contains(missing), f.message());
    }
  }

  @Test
  @DisplayName("JAM-M1 below NAT-Q2, NAT-Q1, NAT-Y1: expired at the end of 2023, citing the predecessor order and SEL § 140")
  void jammerbugtOutOfDate() {
    demonstrated(finding("jammerbugt", Kind.EXPIRED, "JAM-M1"), "expired on 2023-12-31, before the case began on 2024-01-01");
    List<FloorFinding> references = check("jammerbugt").findings().stream().filter(f -> f.kind() == Kind.OUTDATED_REFERENCE).toList();
    assertEquals(List.of("NAT-Q1", "NAT-Y1"), references.stream().map(FloorFinding::nationalRule).sorted().toList());
    references.forEach(f -> demonstrated(f, f.nationalRule().equals("NAT-Y1") ? "Barnets lov § 33" : "BEK nr. 1477 af 17/12/2019"));
  }

  @Test
  @DisplayName("RIN-M1 below NAT-Q2: approved in 2017 and not revised since")
  void ringstedRevisionOverdue() {
    FloorFinding f = finding("ringsted", Kind.REVISION_OVERDUE, "RIN-M1");
    assertTrue(f.message().contains("adopted on 20 June 2017") && f.message().contains("due by 20 June 2019"), f.message());
    demonstrated(f, "is decided by this standard");
  }

  @Test
  @DisplayName("ODS-G1, JAM-G1, GEN-G1 below NAT-G1: an offer within 14 days, where the law requires the start")
  void offerInsteadOfStart() {
    demonstrated(finding("odsherred", Kind.PROMISES_OFFER_NOT_START, "ODS-G1"), "Breached");
    demonstrated(finding("jammerbugt", Kind.PROMISES_OFFER_NOT_START, "JAM-G1"), "Breached");
    demonstrated(finding("gentofte", Kind.PROMISES_OFFER_NOT_START, "GEN-G1"), "Breached");
  }

  @Test
  @DisplayName("GEN-G2 below NAT-G1: day and residential treatment left outside the guarantee, which SEL § 101, stk. 4 covers")
  void gentofteExcludedOffers() {
    List<FloorFinding> found = check("gentofte").findings().stream().filter(f -> f.kind() == Kind.OFFERS_OUTSIDE_GUARANTEE).toList();
    assertEquals(List.of("GEN-G2", "GEN-G2"), found.stream().map(FloorFinding::rule).toList());
    for (FloorFinding f : found) {
      assertEquals("NAT-G1", f.nationalRule());
      demonstrated(f, "outside its treatment guarantee", "course 1 started in it");
    }
  }

  @Test
  @DisplayName("ODS-G3 below NAT-G5: a free choice never sets the alcohol guarantee aside, whatever the text says")
  void odsherredAlcoholWaiver() {
    FloorFinding f = finding("odsherred", Kind.WAIVER_WITHOUT_BASIS, "ODS-G3");
    assertEquals("NAT-G5", f.nationalRule());
    demonstrated(f, "SUL § 141, stk. 2 makes no such exception");
    assertEquals(1, check("odsherred").findings().stream().filter(x -> x.kind() == Kind.WAIVER_WITHOUT_BASIS).count(),
        "drugs: SEL § 101, stk. 6 and SUL § 142, stk. 8 do let a free choice set the guarantee aside");
  }

  @Test
  @DisplayName("JAM-D1 below NAT-U1: Jammerbugt names no follow-up 1 and 6 months after the end")
  void jammerbugtNoFollowUp() {
    FloorFinding f = finding("jammerbugt", Kind.NO_FOLLOW_UP, "JAM-D1");
    demonstrated(f, "names no follow-up", "1 month", "6 months");
  }

  @Test
  @DisplayName("GEN-O3, RAN-O4, RIN-O4 below NAT-A1: anonymous-treatment criteria narrower than SEL § 101 a, stk. 1")
  void narrowerAnonymousCriteria() {
    Assessor assessor = Assessor.of(REGISTRY);
    for (String[] m : List.of(new String[] {"gentofte", "GEN-O3"}, new String[] {"randers", "RAN-O4"},
        new String[] {"ringsted", "RIN-O4"})) {
      FloorFinding f = finding(m[0], Kind.NARROWER_CRITERION, m[1]);
      assertEquals("NAT-A1", f.nationalRule());
      demonstrated(f, "is not eligible for", "SEL § 101 a, stk. 1 would admit them");
      assertTrue(assessor.screening(f.exampleQuestion().orElseThrow(), Locale.ENGLISH).offers().stream()
          .anyMatch(o -> o.eligibility() == Eligibility.NOT_ELIGIBLE));
    }
  }

  @Test
  @DisplayName("JAM-C3 below NAT-C3: complaints sent to Patientombuddet, whose tasks passed to Styrelsen for Patientsikkerhed")
  void jammerbugtFormerBody() {
    demonstrated(finding("jammerbugt", Kind.FORMER_BODY, "JAM-C3"), "Styrelsen for Patientsikkerhed", "Patientombuddet");
  }

  @Test
  @DisplayName("ODS-C2 names Styrelsen for Patientsikkerhed, the body in office: no finding of a former body")
  void odsherredNamesTheBodyInOffice() {
    assertTrue(check("odsherred").findings().stream().noneMatch(f -> f.kind() == Kind.FORMER_BODY));
  }

  @Test
  @DisplayName("Standards that meet the floor on a point get no finding there: Randers' clock, Ringsted's follow-ups, Odsherred's validity")
  void noFalseFindings() {
    assertTrue(check("randers").findings().stream().noneMatch(f -> f.kind() == Kind.CLOCK_STARTS_LATER));
    assertTrue(check("ringsted").findings().stream().noneMatch(f -> f.kind() == Kind.FOLLOW_UP_OMITTED || f.kind() == Kind.NO_FOLLOW_UP));
    assertTrue(check("odsherred").findings().stream().noneMatch(f -> f.kind() == Kind.EXPIRED || f.kind() == Kind.REVISION_OVERDUE));
    assertTrue(check("randers").findings().stream().noneMatch(f -> f.kind() == Kind.PROMISES_OFFER_NOT_START));
    assertTrue(check("randers").findings().stream().noneMatch(f -> f.kind() == Kind.OFFERS_OUTSIDE_GUARANTEE
        || f.kind() == Kind.WAIVER_WITHOUT_BASIS));
  }

  @Test
  @DisplayName("NAT-G1 NAT-U1 NAT-C1 NAT-C5 none of the five gives more than 14 days, follows up fewer endings, or sets other limits")
  void noneOfTheLengthFindings() {
    for (String municipality : List.of("randers", "gentofte", "odsherred", "ringsted", "jammerbugt")) {
      assertTrue(check(municipality).findings().stream().noneMatch(f -> f.kind() == Kind.GUARANTEE_LONGER
          || f.kind() == Kind.FOLLOW_UP_NARROWER || f.kind() == Kind.COMPLAINT_LIMIT_SHORTER
          || f.kind() == Kind.RECONSIDERATION_LONGER), municipality + ": " + check(municipality).findings());
    }
  }
}
