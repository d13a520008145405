package dk.kvalitetsstandard.ringsted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.ContactPoint;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.Topic;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** RIN-V1..V4: where citizens turn, who decides, who is served. */
class RingstedRoutingTest {

  private final QualityStandard standard = new RingstedStandardProvider().standard();

  private ContactPoint contact(String name) {
    return standard.contactPoints().stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no contact point " + name));
  }

  private List<String> routedTo(int age, OfferKind kind) {
    return standard.contactPoints().stream().filter(c -> c.routes(age, kind)).map(ContactPoint::name).toList();
  }

  @Test
  @DisplayName("RIN-V1 Rådgivningscentret for citizens over 25, phone 57 62 79 30")
  void raadgivningscentret() {
    ContactPoint centre = contact("Rådgivningscentret");
    assertEquals("57 62 79 30", centre.phone().orElseThrow());
    assertEquals(25, centre.minAge().orElseThrow());
    assertTrue(centre.maxAge().isEmpty());
    assertTrue(centre.forRelatives());
  }

  @Test
  @DisplayName("RIN-V1 Ungeliv for citizens under 25, phone 57 62 88 40")
  void ungeliv() {
    ContactPoint ungeliv = contact("Ungeliv");
    assertEquals("57 62 88 40", ungeliv.phone().orElseThrow());
    assertEquals(24, ungeliv.maxAge().orElseThrow());
    assertTrue(ungeliv.minAge().isEmpty());
    assertTrue(ungeliv.forRelatives());
  }

  @Test
  @DisplayName("RIN-V1 reading decision: 'over 25' is 25 or older (NAT-X2): 24 goes to Ungeliv, 25 and 26 to Rådgivningscentret")
  void ageExactly25() {
    ContactPoint centre = contact("Rådgivningscentret");
    ContactPoint ungeliv = contact("Ungeliv");
    assertTrue(ungeliv.routes(24, OfferKind.OUTPATIENT));
    assertFalse(centre.routes(24, OfferKind.OUTPATIENT));
    assertTrue(centre.routes(25, OfferKind.OUTPATIENT));
    assertFalse(ungeliv.routes(25, OfferKind.OUTPATIENT));
    assertTrue(centre.routes(26, OfferKind.OUTPATIENT));
    assertFalse(ungeliv.routes(26, OfferKind.OUTPATIENT));
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("RIN-V1 a social-track application is routed to exactly one place at every age: under 25 Ungeliv, else Rådgivningscentret")
  @EnumSource(value = OfferKind.class, names = {"COUNSELLING", "OUTPATIENT", "DAY", "RESIDENTIAL"})
  void noGapNoOverlap(OfferKind kind) {
    for (int age = 0; age <= 110; age++) {
      assertEquals(List.of(age < 25 ? "Ungeliv" : "Rådgivningscentret"), routedTo(age, kind), "age " + age);
    }
  }

  @Test
  @DisplayName("RIN-V1 relatives, partners and employers may contact either Rådgivningscentret or Ungeliv")
  void relativesEither() {
    assertTrue(contact("Rådgivningscentret").source().quote().contains("57 62 79 30"));
    assertEquals(List.of("Rådgivningscentret", "Ungeliv"),
        standard.contactPoints().stream().filter(ContactPoint::forRelatives).map(ContactPoint::name).toList());
  }

  @Test
  @DisplayName("RIN-O4 anonymous treatment is asked for by phone 20 86 52 96 or mail pas@ringsted.dk, at any age")
  void anonymousContact() {
    ContactPoint anonymous = standard.contactPoints().stream()
        .filter(c -> c.offerKinds().contains(OfferKind.ANONYMOUS_OUTPATIENT)).findFirst().orElseThrow();
    assertEquals("20 86 52 96", anonymous.phone().orElseThrow());
    assertEquals("pas@ringsted.dk", anonymous.email().orElseThrow());
    assertEquals(EnumSet.of(Track.ANONYMOUS_DRUG), EnumSet.copyOf(anonymous.tracks()));
    assertEquals(List.of(anonymous.name()), routedTo(19, OfferKind.ANONYMOUS_OUTPATIENT));
    assertEquals(List.of(anonymous.name()), routedTo(40, OfferKind.ANONYMOUS_OUTPATIENT));
  }

  @Test
  @DisplayName("RIN-V2 Sorø's citizens are served by agreement; citizens visited by other municipalities may apply")
  void otherMunicipalities() {
    assertTrue(standard.statements().stream().anyMatch(s -> s.source().rule().equals("RIN-V2")
        && s.source().quote().contains("Sorø Kommune")));
    assertTrue(standard.statements().stream().anyMatch(s -> s.source().rule().equals("RIN-V2")
        && s.source().quote().contains("Borgere fra andre kommuner")));
  }

  @Test
  @DisplayName("RIN-V3 day and residential treatment are granted by the visitation committee, not applied for there")
  void visitationCommittee() {
    ContactPoint committee = contact("Visitationsudvalget for misbrugsområdet");
    assertEquals(EnumSet.of(OfferKind.DAY, OfferKind.RESIDENTIAL), EnumSet.copyOf(committee.offerKinds()));
    assertFalse(committee.applyHere());
    assertFalse(committee.routes(40, OfferKind.RESIDENTIAL));
    assertTrue(committee.role().contains("Myndighedsenheden/Ungeenheden"));
  }

  @Test
  @DisplayName("RIN-V4 help at the least intrusive level and as far as possible locally")
  void leastIntrusive() {
    assertTrue(standard.statements().stream().anyMatch(s -> s.topic() == Topic.VISITATION
        && s.source().rule().equals("RIN-V4") && s.source().quote().contains("mindst indgribende niveau")));
  }
}
