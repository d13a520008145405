package dk.kvalitetsstandard.odsherred;

import static dk.kvalitetsstandard.odsherred.OdsherredRules.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.Act;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.RequiredContent;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.AdoptionStatus;
import dk.kvalitetsstandard.standard.ContactPoint;
import dk.kvalitetsstandard.standard.ContentCoverage;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Odsherred metadata: municipality, adoption, validity, tracks, target group, required contents")
class OdsherredMetadataTest {

  @Test
  @DisplayName("ODS-M1 Odsherred Kommune, slug odsherred, municipality code 0306")
  void municipality() {
    assertEquals("Odsherred", STANDARD.municipality().name());
    assertEquals("odsherred", STANDARD.municipality().slug());
    assertEquals("0306", STANDARD.municipality().code());
    assertTrue(STANDARD.title().startsWith("Kvalitetsstandard for Alkoholbehandling efter Sundhedslovens §141"));
  }

  @Test
  @DisplayName("ODS-M1 'Godkendt i Byrådet 17.12.2024': adopted on 17 December 2024 by the municipal council")
  void adoptedByTheCouncil() {
    assertEquals(AdoptionStatus.ADOPTED, STANDARD.adoption().status());
    assertEquals(Optional.of(LocalDate.of(2024, 12, 17)), STANDARD.adoption().date());
    assertEquals(Optional.of("Byrådet"), STANDARD.adoption().by());
  }

  @Test
  @DisplayName("ODS-M1 'Gældende fra januar 2025 til december 2026': in force 2025-01-01 to 2026-12-31, both included")
  void validJanuary2025ToDecember2026() {
    assertEquals(Optional.of(LocalDate.of(2025, 1, 1)), STANDARD.validity().from());
    assertEquals(Optional.of(LocalDate.of(2026, 12, 31)), STANDARD.validity().to());
    assertFalse(STANDARD.isInForceOn(LocalDate.of(2024, 12, 31)));
    assertTrue(STANDARD.isInForceOn(LocalDate.of(2025, 1, 1)));
    assertTrue(STANDARD.isInForceOn(LocalDate.of(2026, 12, 31)));
    assertFalse(STANDARD.isInForceOn(LocalDate.of(2027, 1, 1)));
    assertTrue(STANDARD.adoption().date().orElseThrow().isBefore(STANDARD.validity().from().orElseThrow()),
        "adopted before it comes into force");
  }

  @Test
  @DisplayName("ODS-M1 revised at least every second year, next by December 2026, the end of its validity")
  void revision() {
    assertTrue(STANDARD.statements().stream()
        .anyMatch(s -> s.topic() == Topic.SCOPE && s.source().quote().contains("senest december 2026")));
    assertEquals(12, STANDARD.validity().to().orElseThrow().getMonthValue());
  }

  @Test
  @DisplayName("ODS-M1 covers alcohol (SUL § 141), social and anonymous drug treatment (SEL §§ 101, 101 a) and medical drug treatment (SUL § 142)")
  void coversAllFourTracks() {
    assertEquals(EnumSet.allOf(Track.class), STANDARD.tracks());
    assertTrue(STANDARD.citedLaw().containsAll(List.of(
        LegalReference.of(Act.SUL, "141"), LegalReference.of(Act.SEL, "101"),
        LegalReference.of(Act.SEL, "101 a"), LegalReference.of(Act.SUL, "142"))));
    for (Track track : Track.values()) {
      assertFalse(STANDARD.offersOn(track).isEmpty(), "an offer serves " + track);
    }
  }

  @Test
  @DisplayName("ODS-M2 target group from age 12: every offer and the team admit a 12-year-old, none an 11-year-old; no upper age")
  void targetGroupFromTwelve() {
    for (Offer offer : STANDARD.offers()) {
      assertTrue(offer.admitsAge(12), offer.id());
      assertFalse(offer.admitsAge(11), offer.id());
      assertTrue(offer.admitsAge(90), offer.id());
      assertEquals(Optional.empty(), offer.maxAge(), offer.id());
    }
    ContactPoint team = team();
    assertTrue(team.routes(12, OfferKind.OUTPATIENT));
    assertFalse(team.routes(11, OfferKind.OUTPATIENT));
    assertTrue(team.forRelatives(), "relatives are in the target group");
  }

  @Test
  @DisplayName("ODS-M2 the target group includes co-occurring mental illness and relatives")
  void targetGroupStatement() {
    Statement target = STANDARD.statements().stream().filter(s -> s.topic() == Topic.TARGET_GROUP).findFirst()
        .orElseThrow();
    assertEquals("ODS-M2", target.source().rule());
    assertTrue(target.text().contains("12"));
    assertTrue(target.text().contains("mental illness"));
    assertTrue(target.text().contains("relatives"));
  }

  @Test
  @DisplayName("ODS-M1 NAT-Q1: the seed covers 12 of the 15 required contents; no action-plan targets, gift-card guidelines or catalogued staff rule")
  void requiredContents() {
    Set<RequiredContent> covered = STANDARD.coverage().stream().map(ContentCoverage::content)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(RequiredContent.class)));
    assertEquals(EnumSet.complementOf(EnumSet.of(RequiredContent.ACTION_PLAN_TARGETS, RequiredContent.GIFT_CARDS,
        RequiredContent.STAFF_QUALIFICATIONS)), covered);
    for (ContentCoverage c : STANDARD.coverage()) {
      assertTrue(STANDARD.ruleIds().containsAll(c.rules()), c.content() + " cites a rule the standard carries");
    }
    assertEquals(List.of("ODS-G1", "ODS-G2", "ODS-G3"), coverageOf(RequiredContent.TREATMENT_GUARANTEE));
    assertEquals(List.of("ODS-F1", "ODS-F2", "ODS-F3"), coverageOf(RequiredContent.FREE_CHOICE));
  }

  private static List<String> coverageOf(RequiredContent content) {
    return STANDARD.coverage().stream().filter(c -> c.content() == content).findFirst().orElseThrow().rules();
  }

  static ContactPoint team() {
    return STANDARD.contactPoints().stream().filter(c -> c.name().equals("Rusmiddelteamet")).findFirst().orElseThrow();
  }
}
