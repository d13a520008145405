package dk.kvalitetsstandard.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.standard.Anonymity;
import dk.kvalitetsstandard.standard.CitizenFact;
import dk.kvalitetsstandard.standard.Criterion;
import dk.kvalitetsstandard.standard.Format;
import dk.kvalitetsstandard.standard.Frequency;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.OfferType;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RandersOffersTest {

  private static final QualityStandard STANDARD = new RandersStandardProvider().standard();

  @Test
  @Tag("RAN-O1")
  @Tag("RAN-O2")
  @Tag("RAN-O3")
  @Tag("RAN-O4")
  @Tag("RAN-O5")
  @DisplayName("RAN-O1..O5 counselling, outpatient with three add-ons, MOVE, anonymous outpatient, residential")
  void theOffers() {
    assertEquals(List.of("counselling", "outpatient", "family-oriented", "mobile", "doctor-consultation", "move",
        "anonymous-outpatient", "residential"), STANDARD.offers().stream().map(Offer::id).toList());
    assertEquals(List.of(offer("anonymous-outpatient")), STANDARD.offersOn(Track.ANONYMOUS_DRUG));
    assertEquals(7, STANDARD.offersOn(Track.SOCIAL_DRUG).size());
  }

  @Test
  @Tag("RAN-O1")
  @DisplayName("RAN-O1 counselling: 1-5 individual talks by phone, online or in person; relatives too")
  void counselling() {
    Offer counselling = offer("counselling");
    assertEquals(OfferKind.COUNSELLING, counselling.kind());
    assertEquals(Optional.of(Span.between(1, 5, Unit.SESSIONS)), counselling.sessions());
    assertEquals(Set.of(Format.INDIVIDUAL), counselling.formats());
    assertTrue(counselling.forRelatives());
    assertEquals("RAN-O1", counselling.source().rule());
    assertTrue(counselling.criteria().isEmpty(), "counselling sets no criteria: it is for anyone in doubt");
  }

  @Test
  @Tag("RAN-O2")
  @DisplayName("RAN-O2 outpatient: typically 2-8 times a month, individual and group, combinable with three add-ons")
  void outpatient() {
    Offer outpatient = offer("outpatient");
    assertEquals(OfferKind.OUTPATIENT, outpatient.kind());
    assertEquals(Optional.of(Frequency.of(Span.between(2, 8, Unit.SESSIONS), Unit.MONTHS)), outpatient.frequency());
    assertEquals(Set.of(Format.INDIVIDUAL, Format.GROUP), outpatient.formats());
    assertEquals(List.of("family-oriented", "mobile", "doctor-consultation"), outpatient.combinableWith());
    assertEquals(Optional.empty(), outpatient.sessions(), "the seed gives no number of sessions");
    assertTrue(outpatient.source().note().orElseThrow().contains("A, B and C"),
        "the mislabelled add-on list 'A), 2), 3)' is a documented reading");
  }

  @Test
  @Tag("RAN-O2")
  @DisplayName("RAN-O2 add-ons are outpatient offers that combine back with outpatient treatment")
  void addOnsCombineWithOutpatient() {
    for (String id : List.of("family-oriented", "mobile", "doctor-consultation")) {
      Offer addOn = offer(id);
      assertEquals(OfferKind.OUTPATIENT, addOn.kind(), id);
      assertEquals(List.of("outpatient"), addOn.combinableWith(), id);
      assertEquals("RAN-O2", addOn.source().rule(), id);
    }
    assertEquals(OfferType.FAMILY_ORIENTED, offer("family-oriented").type());
    assertEquals(OfferType.MOBILE, offer("mobile").type());
    assertEquals(OfferType.DOCTOR_CONSULTATION, offer("doctor-consultation").type());
  }

  @Test
  @Tag("RAN-O2")
  @DisplayName("RAN-O2 family-oriented: for a parent with children under 18; couple and family talks")
  void familyOriented() {
    Offer family = offer("family-oriented");
    assertEquals(Set.of(Format.INDIVIDUAL, Format.GROUP, Format.COUPLE, Format.FAMILY), family.formats());
    Criterion children = family.criteria().get(0);
    assertEquals(Optional.of(CitizenFact.CHILDREN_UNDER_18), children.fact());
    assertEquals(Optional.of(true), children.requiredValue());
    assertEquals(1, family.criteria().size());
  }

  @Test
  @Tag("RAN-O2")
  @DisplayName("RAN-O2 mobile effort at home, for those who cannot attend the centre or take treatment online")
  void mobile() {
    Offer mobile = offer("mobile");
    assertEquals(1, mobile.criteria().size());
    assertTrue(mobile.criteria().get(0).isDiscretionary());
    assertTrue(mobile.criteria().get(0).source().quote().contains("virtuelt"));
  }

  @Test
  @Tag("RAN-O2")
  @DisplayName("RAN-O2 doctor's consultation on enrolment, before treatment starts if the citizen wishes (NAT-G6)")
  void doctorConsultation() {
    Offer doctor = offer("doctor-consultation");
    assertTrue(doctor.source().quote().contains("inden iværksættelse af stofmisbrugsbehandling"));
    assertTrue(doctor.criteria().isEmpty(), "a right of everyone enrolled, not a visited offer");
  }

  @Test
  @Tag("RAN-O3")
  @DisplayName("RAN-O3 MOVE: 12-14 weeks, attendance once a week, after a thorough assessment")
  void move() {
    Offer move = offer("move");
    assertEquals(OfferKind.MOVE, move.kind());
    assertEquals(Optional.of(Span.between(12, 14, Unit.WEEKS)), move.duration());
    assertEquals(Optional.of(Frequency.of(Span.of(1, Unit.SESSIONS), Unit.WEEKS)), move.frequency());
    assertEquals(Set.of(Format.INDIVIDUAL, Format.GROUP), move.formats());
    assertEquals(2, move.criteria().size());
    assertTrue(move.criteria().stream().allMatch(Criterion::isDiscretionary));
    assertTrue(move.source().quote().contains("opfølgende behandling over seks måneder"));
  }

  @Test
  @Tag("RAN-O4")
  @DisplayName("RAN-O4 anonymous outpatient: over 18 (= 18+), group with optional individual closing talk")
  void anonymousOutpatient() {
    Offer anonymous = offer("anonymous-outpatient");
    assertEquals(OfferKind.ANONYMOUS_OUTPATIENT, anonymous.kind());
    assertEquals(Anonymity.ANONYMOUS, anonymous.anonymity());
    assertEquals(Set.of(Track.ANONYMOUS_DRUG), anonymous.tracks());
    assertEquals(Optional.of(18), anonymous.minAge());
    assertEquals(Optional.empty(), anonymous.maxAge());
    assertTrue(anonymous.admitsAge(18));
    assertFalse(anonymous.admitsAge(17));
    assertEquals(Set.of(Format.GROUP, Format.INDIVIDUAL), anonymous.formats());
    assertTrue(anonymous.providers().isEmpty(), "the seed does not say who delivers it");
  }

  @Test
  @Tag("RAN-O4")
  @DisplayName("RAN-O4 anonymous criteria: no other social problems (as the law), no psychological problems (narrower)")
  void anonymousCriteria() {
    List<Criterion> criteria = offer("anonymous-outpatient").criteria();
    assertEquals(2, criteria.size());
    Criterion social = criteria.get(0);
    assertEquals(Optional.of(CitizenFact.OTHER_SOCIAL_PROBLEMS), social.fact());
    assertEquals(Optional.of(false), social.requiredValue());
    assertFalse(social.narrowerThanLaw());
    Criterion psychological = criteria.get(1);
    assertEquals(Optional.of(CitizenFact.PSYCHOLOGICAL_PROBLEMS), psychological.fact());
    assertEquals(Optional.of(false), psychological.requiredValue());
    assertTrue(psychological.narrowerThanLaw(), "section 7: narrower than SEL § 101 a, stk. 1");
  }

  @Test
  @Tag("RAN-O5")
  @DisplayName("RAN-O5 residential: typically 1-3 months, external, combined with outpatient, for the most burdened")
  void residential() {
    Offer residential = offer("residential");
    assertEquals(OfferKind.RESIDENTIAL, residential.kind());
    assertEquals(Optional.of(Span.between(1, 3, Unit.MONTHS)), residential.duration());
    assertTrue(residential.external());
    assertEquals(List.of("outpatient"), residential.combinableWith());
    assertEquals(1, residential.criteria().size());
    assertTrue(residential.criteria().get(0).isDiscretionary());
    assertTrue(residential.criteria().get(0).source().quote().contains("ikke er tilstrækkelig intensiv"));
  }

  @Test
  @Tag("RAN-O1")
  @Tag("RAN-O5")
  @DisplayName("RAN-O1..O5 no offer carries an age limit the seed does not give; only anonymous treatment has one")
  void noInventedAges() {
    STANDARD.offers().stream().filter(o -> !o.id().equals("anonymous-outpatient"))
        .forEach(o -> assertFalse(o.hasAgeLimit(), o.id()));
    STANDARD.offers().forEach(o -> {
      assertEquals(Optional.empty(), o.sessionLength(), o.id());
      assertEquals(Optional.empty(), o.groupSize(), o.id());
    });
  }

  private static Offer offer(String id) {
    return STANDARD.offer(id).orElseThrow(() -> new AssertionError("no offer " + id));
  }
}
