package dk.kvalitetsstandard.odsherred;

import static dk.kvalitetsstandard.odsherred.OdsherredRules.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.standard.Anonymity;
import dk.kvalitetsstandard.standard.CitizenFact;
import dk.kvalitetsstandard.standard.ContactPoint;
import dk.kvalitetsstandard.standard.Criterion;
import dk.kvalitetsstandard.standard.Format;
import dk.kvalitetsstandard.standard.Frequency;
import dk.kvalitetsstandard.standard.Intensity;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.OfferType;
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Odsherred offers: counselling, three outpatient intensities, MOVE, day, residential, anonymous, content")
class OdsherredOffersTest {

  private static Offer offer(String id) {
    return STANDARD.offer(id).orElseThrow(() -> new AssertionError("no offer " + id));
  }

  @Test
  @DisplayName("ODS-O1 counselling course of 1-5 conversations, anonymous if wished, for citizens and relatives")
  void counselling() {
    Offer counselling = offer("counselling");
    assertEquals(OfferKind.COUNSELLING, counselling.kind());
    assertEquals(Optional.of(Span.between(1, 5, Unit.SESSIONS)), counselling.sessions());
    assertEquals(Anonymity.ANONYMITY_POSSIBLE, counselling.anonymity());
    assertTrue(counselling.forRelatives());
    assertEquals(Set.of(Track.SOCIAL_DRUG, Track.ALCOHOL), counselling.tracks());
  }

  @Test
  @DisplayName("ODS-O2..ODS-O4 three outpatient intensity levels, each its own offer of kind OUTPATIENT: LOW, MEDIUM, HIGH")
  void threeIntensityLevels() {
    assertEquals(Optional.of(Intensity.LOW), offer("outpatient-low").intensity());
    assertEquals(Optional.of(Intensity.MEDIUM), offer("outpatient-medium").intensity());
    assertEquals(Optional.of(Intensity.HIGH), offer("outpatient-intensive").intensity());
    for (String id : List.of("outpatient-low", "outpatient-medium", "outpatient-intensive")) {
      assertEquals(OfferKind.OUTPATIENT, offer(id).kind(), id);
      assertEquals(Set.of(Track.SOCIAL_DRUG, Track.ALCOHOL), offer(id).tracks(), id);
      assertFalse(offer(id).external(), id + " is the team's own offer");
      assertTrue(offer(id).criteria().stream().anyMatch(Criterion::isDiscretionary), id + " is assessed");
    }
  }

  @Test
  @DisplayName("ODS-O2 low intensity: conversations 1-2 times a month in a course of half a year (6 months)")
  void lowIntensity() {
    Offer low = offer("outpatient-low");
    assertEquals(Optional.of(Frequency.of(Span.between(1, 2, Unit.SESSIONS), Unit.MONTHS)), low.frequency());
    assertEquals(Optional.of(Span.of(6, Unit.MONTHS)), low.duration());
    assertEquals(Optional.empty(), low.sessions(), "the seed gives no number of sessions");
  }

  @Test
  @DisplayName("ODS-O3 medium intensity: at least twice a month, 8 sessions, about 4 months")
  void mediumIntensity() {
    Offer medium = offer("outpatient-medium");
    assertEquals(Optional.of(Frequency.of(Span.atLeast(2, Unit.SESSIONS), Unit.MONTHS)), medium.frequency());
    assertEquals(Optional.of(Span.of(8, Unit.SESSIONS)), medium.sessions());
    assertEquals(Optional.of(Span.of(4, Unit.MONTHS)), medium.duration());
  }

  @Test
  @DisplayName("ODS-O4 intensive: at least once a week, 12 sessions, about 3 months")
  void intensive() {
    Offer intensive = offer("outpatient-intensive");
    assertEquals(Optional.of(Frequency.of(Span.atLeast(1, Unit.SESSIONS), Unit.WEEKS)), intensive.frequency());
    assertEquals(Optional.of(Span.of(12, Unit.SESSIONS)), intensive.sessions());
    assertEquals(Optional.of(Span.of(3, Unit.MONTHS)), intensive.duration());
  }

  @Test
  @DisplayName("ODS-O4 the intensive course may follow the MOVE method: a HIGH-intensity MOVE offer with the intensive course's figures")
  void moveIsTheIntensiveCourse() {
    Offer move = offer("move");
    Offer intensive = offer("outpatient-intensive");
    assertEquals(OfferType.MOVE, move.type());
    assertEquals(OfferKind.MOVE, move.kind());
    assertEquals(Optional.of(Intensity.HIGH), move.intensity());
    assertEquals(intensive.frequency(), move.frequency());
    assertEquals(intensive.sessions(), move.sessions());
    assertEquals(intensive.duration(), move.duration());
    assertEquals(intensive.tracks(), move.tracks());
  }

  @Test
  @DisplayName("ODS-O5 day treatment: more than 8 times a month (at least 9), 3-5 months, external")
  void dayTreatment() {
    Offer day = offer("day");
    assertEquals(OfferKind.DAY, day.kind());
    assertEquals(Optional.of(Frequency.of(Span.atLeast(9, Unit.SESSIONS), Unit.MONTHS)), day.frequency());
    assertEquals(Optional.of(Span.between(3, 5, Unit.MONTHS)), day.duration());
    assertTrue(day.external());
  }

  @Test
  @DisplayName("ODS-O6 residential treatment: high intensity, 1-3 months, external")
  void residentialTreatment() {
    Offer residential = offer("residential");
    assertEquals(OfferKind.RESIDENTIAL, residential.kind());
    assertEquals(Optional.of(Span.between(1, 3, Unit.MONTHS)), residential.duration());
    assertTrue(residential.external());
    assertEquals(Set.of(Track.SOCIAL_DRUG, Track.ALCOHOL), residential.tracks());
  }

  @Test
  @DisplayName("ODS-V1 day and residential only after an assessment that a more intensive effort is needed; the team's own offers are outpatient")
  void visitationToDayAndResidential() {
    for (String id : List.of("day", "residential")) {
      Criterion criterion = offer(id).criteria().get(0);
      assertTrue(criterion.isDiscretionary(), id);
      assertEquals("ODS-V1", criterion.source().rule(), id);
    }
    Set<String> external = Set.copyOf(STANDARD.offers().stream().filter(Offer::external).map(Offer::id).toList());
    assertEquals(Set.of("day", "residential"), external);
  }

  @Test
  @DisplayName("ODS-V1 least intrusive effective effort; written decision; citizens and relatives turn to Rusmiddelteamet directly")
  void visitationProcedure() {
    Statement visitation = STANDARD.statements().stream().filter(s -> s.topic() == Topic.VISITATION).findFirst()
        .orElseThrow();
    assertEquals("ODS-V1", visitation.source().rule());
    assertTrue(visitation.source().quote().contains("mindst indgribende indsats"));
    ContactPoint team = OdsherredMetadataTest.team();
    assertEquals(Optional.of("Sundhedscenteret, Sygehusvej 5, 4500 Nykøbing Sjælland"), team.address());
    assertEquals(Optional.of("www.odsherred.dk/rusmiddelteamet"), team.web());
    assertTrue(team.applyHere());
    assertTrue(team.offerKinds().isEmpty(), "the team decides on every kind of offer");
    assertTrue(team.routes(40, OfferKind.RESIDENTIAL));
  }

  @Test
  @DisplayName("ODS-A2 anonymous group treatment (SEL § 101 a) for drug users with no social problems other than substances")
  void anonymousGroup() {
    Offer anonymous = offer("anonymous-group");
    assertEquals(Set.of(Track.ANONYMOUS_DRUG), anonymous.tracks());
    assertEquals(OfferKind.ANONYMOUS_OUTPATIENT, anonymous.kind());
    assertEquals(Anonymity.ANONYMOUS, anonymous.anonymity());
    assertEquals(Set.of(Format.GROUP), anonymous.formats());
    Criterion criterion = anonymous.criteria().get(0);
    assertEquals(Optional.of(CitizenFact.OTHER_SOCIAL_PROBLEMS), criterion.fact());
    assertEquals(Optional.of(false), criterion.requiredValue());
    assertFalse(criterion.narrowerThanLaw(), "the same condition as SEL § 101 a, stk. 1");
  }

  @Test
  @DisplayName("ODS-A2 apart from § 101 a, drug treatment is not anonymous: only the anonymous group and counselling allow anonymity")
  void drugTreatmentNotAnonymous() {
    for (Offer offer : STANDARD.offers()) {
      if (!Set.of("anonymous-group", "counselling").contains(offer.id())) {
        assertEquals(Anonymity.NOT_ANONYMOUS, offer.anonymity(), offer.id());
      }
    }
    assertTrue(STANDARD.statements().stream()
        .anyMatch(s -> s.topic() == Topic.ANONYMITY && s.source().rule().equals("ODS-A2")));
  }

  @Test
  @DisplayName("ODS-A1 alcohol treatment can stay anonymous through the whole course, unless medical treatment is needed alongside")
  void alcoholAnonymity() {
    Statement alcohol = STANDARD.statements().stream()
        .filter(s -> s.topic() == Topic.ANONYMITY && s.source().rule().equals("ODS-A1")).findFirst().orElseThrow();
    assertTrue(alcohol.text().contains("alcohol"));
    assertTrue(alcohol.text().contains("medical treatment"));
  }

  @Test
  @DisplayName("ODS-O7 outpatient content: doctor's and health talks, detox, medicine, screening, family talks, groups, relatives, NADA, aftercare, Vendepunktet")
  void outpatientContent() {
    assertEquals(OfferType.DOCTOR_CONSULTATION, offer("health-care").type());
    assertEquals(Set.of(Track.SOCIAL_DRUG, Track.MEDICAL_DRUG, Track.ALCOHOL), offer("health-care").tracks());
    assertTrue(offer("health-care").description().orElseThrow().contains("hepatitis"));
    assertEquals(Set.of(Track.MEDICAL_DRUG), offer("medical-treatment").tracks());
    assertEquals(OfferKind.SUBSTITUTION, offer("medical-treatment").kind());
    assertEquals(Set.of(Format.GROUP), offer("group-treatment").formats());
    assertEquals(Set.of(Format.COUPLE, Format.FAMILY), offer("couple-and-family").formats());
    assertTrue(offer("relatives-counselling").forRelatives());
    assertEquals(Set.of(Format.INDIVIDUAL, Format.GROUP), offer("relatives-counselling").formats());
    assertEquals(OfferType.NADA, offer("supportive").type());
    assertTrue(offer("supportive").description().orElseThrow().contains("mindfulness"));
    assertEquals(OfferType.AFTERCARE, offer("aftercare").type());
    assertTrue(offer("vendepunktet").name().contains("Vendepunktet"));
  }

  @Test
  @DisplayName("ODS-O7 the health-professional part should not stand alone: it combines with the social courses")
  void healthPartCombines() {
    for (String id : List.of("health-care", "medical-treatment")) {
      assertEquals(List.of("outpatient-low", "outpatient-medium", "outpatient-intensive", "move"),
          offer(id).combinableWith(), id);
      offer(id).combinableWith().forEach(other -> assertTrue(STANDARD.offer(other).isPresent(), other));
    }
  }

  @Test
  @DisplayName("ODS-O1..ODS-O7 every offer serves tracks the standard covers; only medical treatment is off the alcohol track")
  void offerTracks() {
    Set<String> notAlcohol = Set.copyOf(STANDARD.offers().stream()
        .filter(o -> !o.tracks().contains(Track.ALCOHOL)).map(Offer::id).toList());
    assertEquals(Set.of("medical-treatment", "anonymous-group"), notAlcohol);
    assertTrue(STANDARD.offers().stream().allMatch(o -> EnumSet.allOf(Track.class).containsAll(o.tracks())));
  }
}
