package dk.kvalitetsstandard.gentofte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.Act;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.RequiredContent;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.AdoptionStatus;
import dk.kvalitetsstandard.standard.ContentCoverage;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GEN-M1: title, municipality, adoption, validity, tracks, cited law; NAT-Q1 coverage. */
class GentofteMetadataTest {

  private final QualityStandard standard = new GentofteStandardProvider().standard();

  @Test
  @DisplayName("GEN-M1 Gentofte Kommune, code 0157, slug gentofte")
  void municipality() {
    assertEquals("Gentofte", standard.municipality().name());
    assertEquals("gentofte", standard.municipality().slug());
    assertEquals("0157", standard.municipality().code());
  }

  @Test
  @DisplayName("GEN-M1 The title names SEL § 101, 101a and SUL § 142")
  void title() {
    assertEquals("Kvalitetsstandard: Social behandling af stofmisbrug, servicelovens § 101, 101a og "
        + "sundhedslovens § 142", standard.title());
  }

  @Test
  @DisplayName("GEN-M1 The standard is undated: no adoption date, no adopting body")
  void undated() {
    assertEquals(AdoptionStatus.UNDATED, standard.adoption().status());
    assertTrue(standard.adoption().date().isEmpty());
    assertTrue(standard.adoption().by().isEmpty());
    assertEquals("GEN-M1", standard.adoption().source().rule());
  }

  @Test
  @DisplayName("GEN-M1 No period of validity is stated: open at both ends, never expired")
  void noValidityPeriod() {
    assertTrue(standard.validity().from().isEmpty());
    assertTrue(standard.validity().to().isEmpty());
    assertTrue(standard.isInForceOn(LocalDate.of(2000, 1, 1)));
    assertTrue(standard.isInForceOn(LocalDate.of(2099, 12, 31)));
    assertFalse(standard.validity().hasExpiredBy(LocalDate.of(2099, 12, 31)));
    assertEquals("GEN-M1", standard.validity().source().rule());
  }

  @Test
  @DisplayName("GEN-M1 Covers social, anonymous and medical drug treatment, not alcohol")
  void tracks() {
    assertEquals(EnumSet.of(Track.SOCIAL_DRUG, Track.ANONYMOUS_DRUG, Track.MEDICAL_DRUG), standard.tracks());
    assertFalse(standard.covers(Track.ALCOHOL));
    assertTrue(standard.offersOn(Track.ALCOHOL).isEmpty());
  }

  @Test
  @DisplayName("GEN-M1 Cites SEL § 101, § 101 a, SUL § 142 and SEL § 107, stk. 2, nr. 2 (residential)")
  void citedLaw() {
    assertEquals(Set.of("SEL § 101", "SEL § 101 a", "SUL § 142", "SEL § 107, stk. 2, nr. 2"),
        standard.citedLaw().stream().map(LegalReference::citation).collect(Collectors.toSet()));
    assertTrue(standard.citedLaw().stream().noneMatch(r -> r.act() == Act.SUL && r.paragraph().equals("141")));
  }

  @Test
  @DisplayName("GEN-M1 Scope: the standard sets the service level for social, anonymous and substitution treatment")
  void scopeStatement() {
    Statement scope = standard.statements().stream()
        .filter(s -> s.topic() == Topic.SCOPE && s.source().rule().equals("GEN-M1")).findFirst().orElseThrow();
    assertTrue(scope.source().quote().contains("anonym behandling og substitutionsbehandling"));
    assertTrue(standard.statements().stream().anyMatch(s -> s.topic() == Topic.TARGET_GROUP));
    assertTrue(standard.statements().stream().anyMatch(s -> s.topic() == Topic.GOALS_AND_VALUES));
  }

  @Test
  @DisplayName("GEN-M1 NAT-Q1: the seed covers ten of the fifteen required contents")
  void coveredContents() {
    Set<RequiredContent> covered = standard.coverage().stream().map(ContentCoverage::content)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(RequiredContent.class)));
    assertEquals(EnumSet.of(RequiredContent.TASKS, RequiredContent.TARGET_GROUP, RequiredContent.GOALS_VALUES_NORMS,
        RequiredContent.ORGANISATION_AND_TREATMENT_TYPES, RequiredContent.VISITATION,
        RequiredContent.TREATMENT_GUARANTEE, RequiredContent.FREE_CHOICE, RequiredContent.TREATMENT_PLAN,
        RequiredContent.BOARD_AND_LODGING_PAYMENT, RequiredContent.CASE_HANDLING_AND_COMPLAINTS), covered);
  }

  @Test
  @DisplayName("GEN-M1 NAT-Q1: no action-plan targets, user involvement, staff qualifications, monitoring or gift cards")
  void missingContents() {
    Set<RequiredContent> covered = standard.coverage().stream().map(ContentCoverage::content)
        .collect(Collectors.toSet());
    for (RequiredContent missing : EnumSet.of(RequiredContent.ACTION_PLAN_TARGETS, RequiredContent.USER_INVOLVEMENT,
        RequiredContent.STAFF_QUALIFICATIONS, RequiredContent.MONITORING, RequiredContent.GIFT_CARDS)) {
      assertFalse(covered.contains(missing), missing + " is not in the seed");
    }
    assertTrue(standard.statements().stream().noneMatch(s -> s.topic() == Topic.STAFF
        || s.topic() == Topic.USER_INVOLVEMENT || s.topic() == Topic.MONITORING));
  }

  @Test
  @DisplayName("GEN-M1 NAT-Q1: every coverage entry names rules the standard really carries")
  void coverageNamesCarriedRules() {
    Set<String> carried = standard.ruleIds();
    for (ContentCoverage entry : standard.coverage()) {
      assertTrue(carried.containsAll(entry.rules()), entry.content() + " names " + entry.rules());
    }
  }

  @Test
  @DisplayName("GEN-M1 No key figures and no gift-card scheme are stated")
  void noKeyFiguresOrGiftCards() {
    assertTrue(standard.keyFigures().isEmpty());
    assertTrue(standard.giftCards().isEmpty());
  }
}
