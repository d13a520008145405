package dk.kvalitetsstandard.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.AdoptionStatus;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RandersMetadataTest {

  private static final QualityStandard STANDARD = new RandersStandardProvider().standard();

  @Test
  @Tag("RAN-M1")
  @DisplayName("RAN-M1 Randers Kommune, code 0730, slug randers; title as the seed gives it")
  void municipalityAndTitle() {
    assertEquals("Randers", STANDARD.municipality().name());
    assertEquals("randers", STANDARD.municipality().slug());
    assertEquals("0730", STANDARD.municipality().code());
    assertEquals("Kvalitetsstandard for social behandling for stofmisbrug (Serviceloven §§101-101a)", STANDARD.title());
  }

  @Test
  @Tag("RAN-M1")
  @DisplayName("RAN-M1 'Vedtaget af byrådet den XX': a draft by byrådet with no adoption date")
  void draftWithoutDate() {
    assertEquals(AdoptionStatus.DRAFT, STANDARD.adoption().status());
    assertEquals(Optional.empty(), STANDARD.adoption().date());
    assertEquals(Optional.of("byrådet"), STANDARD.adoption().by());
    assertEquals("RAN-M1", STANDARD.adoption().source().rule());
    assertEquals("Vedtaget af byrådet den XX", STANDARD.adoption().source().quote());
    assertTrue(STANDARD.adoption().source().note().isPresent(), "the blank date is explained in a reading note");
  }

  @Test
  @Tag("RAN-M1")
  @DisplayName("RAN-M1 no period of validity: neither from nor to, so never expired and never not yet in force")
  void noValidityPeriod() {
    assertEquals(Optional.empty(), STANDARD.validity().from());
    assertEquals(Optional.empty(), STANDARD.validity().to());
    assertEquals("RAN-M1", STANDARD.validity().source().rule());
    LocalDate far = LocalDate.of(2099, 1, 1);
    assertFalse(STANDARD.validity().hasExpiredBy(far));
    assertFalse(STANDARD.validity().startsAfter(LocalDate.of(1990, 1, 1)));
    assertTrue(STANDARD.isInForceOn(far));
  }

  @Test
  @Tag("RAN-M1")
  @DisplayName("RAN-M1 covers social and anonymous drug treatment; alcohol and substitution are only mentioned")
  void tracks() {
    assertEquals(Set.of(Track.SOCIAL_DRUG, Track.ANONYMOUS_DRUG), STANDARD.tracks());
    assertFalse(STANDARD.covers(Track.ALCOHOL));
    assertFalse(STANDARD.covers(Track.MEDICAL_DRUG));
    Statement alongside = statement("RAN-M1");
    assertEquals(Topic.SCOPE, alongside.topic());
    assertTrue(alongside.source().quote().contains("alkoholbehandling eller substitutionsbehandling"));
  }

  @Test
  @Tag("RAN-M1")
  @DisplayName("RAN-M1 cites SEL §§ 10, 101, 101 a and § 107, stk. 2, nr. 2 as its legal basis")
  void citedLaw() {
    assertEquals(List.of("SEL § 10", "SEL § 101", "SEL § 101 a", "SEL § 107, stk. 2, nr. 2"),
        STANDARD.citedLaw().stream().map(r -> r.citation()).toList());
  }

  @Test
  @Tag("RAN-M2")
  @DisplayName("RAN-M2 the standard applies where Randers is the acting municipality (handlekommune)")
  void actingMunicipality() {
    Statement scope = statement("RAN-M2");
    assertEquals(Topic.SCOPE, scope.topic());
    assertTrue(scope.source().quote().contains("Randers Kommune er din handlekommune"));
  }

  private static Statement statement(String rule) {
    List<Statement> found = STANDARD.statements().stream().filter(s -> s.source().rule().equals(rule)).toList();
    assertEquals(1, found.size(), "one statement carries " + rule);
    return found.get(0);
  }
}
