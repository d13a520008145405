package dk.kvalitetsstandard.ringsted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.Act;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.RequiredContent;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.AdoptionStatus;
import dk.kvalitetsstandard.standard.ContentCoverage;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RIN-M1 and RIN-O5: title, adoption, validity, tracks, legal basis and the NAT-Q1 contents. */
class RingstedMetadataTest {

  private final QualityStandard standard = new RingstedStandardProvider().standard();

  @Test
  @DisplayName("RIN-M1 Ringsted Kommune, code 0329: 'Kvalitetsstandard for social behandling for stofmisbrug'")
  void municipalityAndTitle() {
    assertEquals("Ringsted", standard.municipality().name());
    assertEquals("ringsted", standard.municipality().slug());
    assertEquals("0329", standard.municipality().code());
    assertEquals("Kvalitetsstandard for social behandling for stofmisbrug", standard.title());
  }

  @Test
  @DisplayName("RIN-M1 approved by byrådet on 20 June 2017")
  void adoptedByTheCouncil() {
    assertEquals(AdoptionStatus.ADOPTED, standard.adoption().status());
    assertEquals(LocalDate.of(2017, 6, 20), standard.adoption().date().orElseThrow());
    assertTrue(standard.adoption().by().orElseThrow().equalsIgnoreCase("byrådet"));
  }

  @Test
  @DisplayName("RIN-M1 in force from 20 June 2017 with no end of validity (not in force the day before)")
  void validFromApprovalOpenEnded() {
    assertEquals(LocalDate.of(2017, 6, 20), standard.validity().from().orElseThrow());
    assertTrue(standard.validity().to().isEmpty());
    assertFalse(standard.isInForceOn(LocalDate.of(2017, 6, 19)));
    assertTrue(standard.isInForceOn(LocalDate.of(2017, 6, 20)));
    assertTrue(standard.isInForceOn(LocalDate.of(2030, 1, 1)));
    assertFalse(standard.validity().hasExpiredBy(LocalDate.of(2030, 1, 1)));
  }

  @Test
  @DisplayName("RIN-M1 covers social (SEL § 101) and anonymous (§ 101 a) drug treatment; not medical treatment or alcohol")
  void tracks() {
    assertEquals(EnumSet.of(Track.SOCIAL_DRUG, Track.ANONYMOUS_DRUG), EnumSet.copyOf(standard.tracks()));
    assertFalse(standard.covers(Track.MEDICAL_DRUG));
    assertFalse(standard.covers(Track.ALCOHOL));
  }

  @Test
  @DisplayName("RIN-M1 Lovgrundlag: SEL §§ 101 and 101 a and SUL § 142")
  void citedLaw() {
    Set<String> cited = standard.citedLaw().stream().map(LegalReference::citation).collect(Collectors.toSet());
    assertEquals(Set.of("SEL § 101", "SEL § 101 a", "SUL § 142"), cited);
    assertTrue(standard.citedLaw().stream().noneMatch(r -> r.act() == Act.SUL && r.paragraph().equals("141")));
  }

  @Test
  @DisplayName("RIN-M1 the scope names the act on retention of drug users in treatment")
  void scopeNamesRetentionAct() {
    Statement scope = standard.statements().stream()
        .filter(s -> s.topic() == Topic.SCOPE && s.source().rule().equals("RIN-M1")).findFirst().orElseThrow();
    assertTrue(scope.source().quote().contains("Lov om tilbageholdelse af stofmisbrugere i behandling"));
  }

  @Test
  @DisplayName("RIN-O5 medical treatment (SUL § 142) is outside the standard: a scope statement, no substitution offer")
  void medicalTreatmentIsOutsideTheStandard() {
    Statement medical = standard.statements().stream()
        .filter(s -> s.source().rule().equals("RIN-O5")).findFirst().orElseThrow();
    assertEquals(Topic.SCOPE, medical.topic());
    assertTrue(medical.source().quote().contains("ikke omfattet af denne kvalitetsstandard"));
    assertTrue(standard.offers().stream().noneMatch(o -> o.kind() == OfferKind.SUBSTITUTION));
    assertTrue(standard.offers().stream().noneMatch(o -> o.source().rule().equals("RIN-O5")));
  }

  @Test
  @DisplayName("RIN-M1 NAT-Q1: the seed covers fourteen of the fifteen required contents; gift-card guidelines are missing")
  void coverage() {
    Set<RequiredContent> covered = standard.coverage().stream().map(ContentCoverage::content)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(RequiredContent.class)));
    assertEquals(EnumSet.complementOf(EnumSet.of(RequiredContent.GIFT_CARDS)), covered);
    assertEquals(14, standard.coverage().size());
  }

  @Test
  @DisplayName("RIN-M1 NAT-Q1: each covered content names rule IDs that elements of the standard carry")
  void coverageNamesCarriedRules() {
    for (ContentCoverage coverage : standard.coverage()) {
      assertTrue(standard.ruleIds().containsAll(coverage.rules()), coverage.content() + " names " + coverage.rules());
    }
  }

  @Test
  @DisplayName("RIN-M1 goals and values, user involvement and staff qualifications are sections of the seed")
  void uncataloguedSectionsAreKept() {
    Set<Topic> topics = standard.statements().stream().filter(s -> s.source().rule().equals("RIN-M1"))
        .map(Statement::topic).collect(Collectors.toSet());
    assertTrue(topics.containsAll(Set.of(Topic.GOALS_AND_VALUES, Topic.USER_INVOLVEMENT, Topic.STAFF)));
    assertTrue(standard.statements().stream().anyMatch(s -> s.topic() == Topic.USER_INVOLVEMENT
        && s.source().quote().contains("månedlige husmøder")));
  }
}
