package dk.kvalitetsstandard.jammerbugt;

import static dk.kvalitetsstandard.jammerbugt.Jammerbugt.STANDARD;
import static dk.kvalitetsstandard.jammerbugt.Jammerbugt.offer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.Act;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.RequiredContent;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.AdoptionStatus;
import dk.kvalitetsstandard.standard.ContentCoverage;
import dk.kvalitetsstandard.standard.Criterion;
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JammerbugtMetadataTest {

  @Test
  @DisplayName("JAM-M1 title 'Kvalitetsstandard for Rusmiddelindsatsen 2022-2023', Jammerbugt, code 0849")
  void titleAndMunicipality() {
    assertEquals("Kvalitetsstandard for Rusmiddelindsatsen 2022-2023", STANDARD.title());
    assertEquals("Jammerbugt", STANDARD.municipality().name());
    assertEquals("jammerbugt", STANDARD.municipality().slug());
    assertEquals("0849", STANDARD.municipality().code());
  }

  @Test
  @DisplayName("JAM-M1 valid '2022 – 2023': from 1 January 2022 to 31 December 2023, both included")
  void validity() {
    assertEquals(LocalDate.of(2022, 1, 1), STANDARD.validity().from().orElseThrow());
    assertEquals(LocalDate.of(2023, 12, 31), STANDARD.validity().to().orElseThrow());
    assertTrue(STANDARD.isInForceOn(LocalDate.of(2022, 1, 1)));
    assertTrue(STANDARD.isInForceOn(LocalDate.of(2023, 12, 31)));
    assertFalse(STANDARD.isInForceOn(LocalDate.of(2021, 12, 31)));
    assertFalse(STANDARD.isInForceOn(LocalDate.of(2024, 1, 1)));
    assertTrue(STANDARD.validity().hasExpiredBy(LocalDate.of(2024, 1, 1)), "expired at the end of 2023 (NAT-Q2)");
  }

  @Test
  @DisplayName("JAM-M1 the seed gives no adoption date or body: UNDATED, nothing invented")
  void adoptionUndated() {
    assertEquals(AdoptionStatus.UNDATED, STANDARD.adoption().status());
    assertTrue(STANDARD.adoption().date().isEmpty());
    assertTrue(STANDARD.adoption().by().isEmpty());
  }

  @Test
  @DisplayName("JAM-M1 covers drugs (SEL § 101, § 101 a), medical treatment (SUL § 142) and alcohol (SUL § 141)")
  void tracks() {
    assertEquals(EnumSet.allOf(Track.class), STANDARD.tracks());
  }

  @Test
  @DisplayName("JAM-M1 cites the predecessor order BEK nr. 430 af 30/4 2014 and SEL § 140 for under-18s, as written")
  void citedLaw() {
    List<LegalReference> cited = STANDARD.citedLaw();
    assertTrue(cited.contains(LegalReference.of(Act.BEK_430_2014)));
    assertEquals("BEK nr. 430 af 30/04/2014", LegalReference.of(Act.BEK_430_2014).citation());
    assertEquals(Act.BEK_1477_2019, Act.BEK_430_2014.replacedBy().orElseThrow());
    assertTrue(cited.stream().noneMatch(r -> r.act() == Act.BEK_1477_2019), "the seed does not cite BEK 1477");
    assertTrue(cited.stream().noneMatch(r -> r.act() == Act.BARNETS_LOV), "the seed predates Barnets lov");
    Set<String> citations = cited.stream().map(LegalReference::citation).collect(Collectors.toSet());
    assertTrue(citations.containsAll(Set.of("SEL § 140", "SEL § 101", "SUL § 141", "SUL § 142", "SEL § 153",
        "SEL § 101, stk. 9", "SEL § 101, stk. 12", "SEL § 107, stk. 2", "SEL § 141")), citations.toString());
  }

  @Test
  @DisplayName("JAM-M1 the scope names the 2014 order and notes that it and SEL § 140 are outdated")
  void scopeStatement() {
    Statement scope = statement(Topic.SCOPE);
    assertEquals("JAM-M1", scope.source().rule());
    assertTrue(scope.source().quote().contains("Bekendtgørelse nr. 430 af 30/4 2014"));
    assertTrue(scope.source().note().orElseThrow().contains("BEK nr. 1477"));
  }

  @Test
  @DisplayName("JAM-M2 outpatient first, but a citizen can always apply for residential treatment")
  void outpatientFirst() {
    Statement application = statement(Topic.APPLICATION);
    assertEquals("JAM-M2", application.source().rule());
    assertEquals("En borger kan altid søge om døgnbehandling.", application.source().quote());
    Criterion triedBefore = offer("residential").criteria().stream()
        .filter(c -> c.source().rule().equals("JAM-M2")).findFirst().orElseThrow();
    assertTrue(triedBefore.isDiscretionary(), "what was tried before weighs, it does not decide");
  }

  @Test
  @DisplayName("JAM-M1 the seed covers 13 of the 15 required contents; no action-plan targets, no monitoring")
  void requiredContents() {
    Set<RequiredContent> covered = STANDARD.coverage().stream().map(ContentCoverage::content)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(RequiredContent.class)));
    Set<RequiredContent> missing = EnumSet.complementOf(EnumSet.copyOf(covered));
    assertEquals(EnumSet.of(RequiredContent.ACTION_PLAN_TARGETS, RequiredContent.MONITORING), missing);
    assertEquals(covered.size(), STANDARD.coverage().size(), "each content is listed once");
    assertEquals(List.of("JAM-O5"), coverageOf(RequiredContent.GIFT_CARDS));
    assertEquals(List.of("JAM-E1"), coverageOf(RequiredContent.BOARD_AND_LODGING_PAYMENT));
  }

  @Test
  @DisplayName("JAM-M1 every rule a coverage entry names is carried by an element of the standard")
  void coverageNamesCarriedRules() {
    STANDARD.coverage().forEach(c -> assertTrue(STANDARD.ruleIds().containsAll(c.rules()), c.content() + ": " + c.rules()));
  }

  @Test
  @DisplayName("JAM-M1 staff have a relevant education and are trained as needed")
  void staff() {
    Statement staff = statement(Topic.STAFF);
    assertTrue(staff.source().quote().contains("faglig relevant grunduddannelse"));
    assertTrue(staff.source().note().orElseThrow().contains("no rule ID of its own"));
  }

  private static Statement statement(Topic topic) {
    List<Statement> found = STANDARD.statements().stream().filter(s -> s.topic() == topic).toList();
    assertEquals(1, found.size(), "statements on " + topic);
    return found.get(0);
  }

  private static List<String> coverageOf(RequiredContent content) {
    return STANDARD.coverage().stream().filter(c -> c.content() == content).findFirst().orElseThrow().rules();
  }
}
