package dk.kvalitetsstandard.ringsted;

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
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.OfferType;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RIN-O1..O6: the offers of the standard. */
class RingstedOffersTest {

  private final QualityStandard standard = new RingstedStandardProvider().standard();

  private Offer offer(String id) {
    return standard.offer(id).orElseThrow(() -> new AssertionError("no offer " + id));
  }

  @Test
  @DisplayName("RIN-O1 preventive and counselling offers: outreach, counselling for companies, offers for relatives")
  void preventiveOffers() {
    assertEquals(OfferType.PREVENTIVE, offer("outreach").type());
    assertEquals(OfferKind.COUNSELLING, offer("company-counselling").kind());
    Offer relatives = offer("relatives");
    assertTrue(relatives.forRelatives());
    assertEquals(OfferKind.COUNSELLING, relatives.kind());
    assertEquals(EnumSet.of(Format.INDIVIDUAL, Format.GROUP), EnumSet.copyOf(relatives.formats()));
    assertEquals("RIN-O1", relatives.source().rule());
  }

  @Test
  @DisplayName("RIN-O2 outpatient treatment at Rådgivningscentret: individual and/or couple conversations")
  void outpatient() {
    Offer outpatient = offer("outpatient");
    assertEquals(OfferKind.OUTPATIENT, outpatient.kind());
    assertEquals(EnumSet.of(Format.INDIVIDUAL, Format.COUPLE), EnumSet.copyOf(outpatient.formats()));
    assertEquals(Set.of(Track.SOCIAL_DRUG), outpatient.tracks());
    assertFalse(outpatient.hasAgeLimit(), "the age split is routing (RIN-V1), not a limit of the offer");
  }

  @Test
  @DisplayName("RIN-O2 youth offer Ungeliv for citizens under 25: aged 24 admitted, 25 not")
  void youth() {
    Offer youth = offer("youth");
    assertEquals(OfferType.YOUTH, youth.type());
    assertTrue(youth.admitsAge(15));
    assertTrue(youth.admitsAge(24));
    assertFalse(youth.admitsAge(25));
  }

  @Test
  @DisplayName("RIN-O2 day treatment: group treatment preparing for residential, on need for more intensive treatment")
  void day() {
    Offer day = offer("day");
    assertEquals(OfferKind.DAY, day.kind());
    assertEquals(Set.of(Format.GROUP), day.formats());
    assertEquals(1, day.criteria().size());
    assertTrue(day.criteria().get(0).isDiscretionary());
    assertTrue(day.combinableWith().contains("aftercare"));
  }

  @Test
  @DisplayName("RIN-O2 residential: up to 6 months at private places outside the municipality, then aftercare")
  void residential() {
    Offer residential = offer("residential");
    assertEquals(OfferKind.RESIDENTIAL, residential.kind());
    assertEquals(Span.upTo(6, Unit.MONTHS), residential.duration().orElseThrow());
    assertTrue(residential.external());
    assertTrue(residential.combinableWith().contains("aftercare"));
    assertTrue(residential.criteria().stream().allMatch(Criterion::isDiscretionary));
    assertTrue(residential.source().quote().contains("op til 6 måneder"));
  }

  @Test
  @DisplayName("RIN-O2 the course opens with a start conversation and assessment/screening")
  void startAssessment() {
    assertTrue(standard.statements().stream().anyMatch(s -> s.topic() == Topic.ASSESSMENT
        && s.source().rule().equals("RIN-O2") && s.source().quote().contains("Opstartssamtale")));
  }

  @Test
  @DisplayName("RIN-O3 aftercare lasts ½-1 year (6-12 months); relapse treatment builds on earlier courses")
  void aftercareAndRelapse() {
    Offer aftercare = offer("aftercare");
    assertEquals(OfferType.AFTERCARE, aftercare.type());
    assertEquals(Span.between(6, 12, Unit.MONTHS), aftercare.duration().orElseThrow());
    assertEquals(OfferType.RELAPSE_TREATMENT, offer("relapse-treatment").type());
    assertEquals("RIN-O3", offer("relapse-treatment").source().rule());
  }

  @Test
  @DisplayName("RIN-O4 anonymous outpatient (§ 101 a): no special social problems and no need for medicine")
  void anonymousOutpatient() {
    Offer anonymous = offer("anonymous-outpatient");
    assertEquals(OfferKind.ANONYMOUS_OUTPATIENT, anonymous.kind());
    assertEquals(Anonymity.ANONYMOUS, anonymous.anonymity());
    assertEquals(Set.of(Track.ANONYMOUS_DRUG), anonymous.tracks());
    assertEquals(List.of(CitizenFact.OTHER_SOCIAL_PROBLEMS, CitizenFact.NEEDS_MEDICINE),
        anonymous.criteria().stream().map(c -> c.fact().orElseThrow()).toList());
    assertTrue(anonymous.criteria().stream().allMatch(c -> c.requiredValue().equals(java.util.Optional.of(false))));
  }

  @Test
  @DisplayName("RIN-O4 'no need for medicine' is narrower than § 101 a, stk. 1; 'no social problems' is not")
  void anonymousCriterionNarrowerThanLaw() {
    Offer anonymous = offer("anonymous-outpatient");
    Set<CitizenFact> narrower = anonymous.criteria().stream().filter(Criterion::narrowerThanLaw)
        .map(c -> c.fact().orElseThrow()).collect(Collectors.toSet());
    assertEquals(Set.of(CitizenFact.NEEDS_MEDICINE), narrower);
  }

  @Test
  @DisplayName("RIN-O4 only the anonymous offer is on the anonymous track; every other offer is social treatment")
  void tracksOfOffers() {
    assertEquals(List.of("anonymous-outpatient"),
        standard.offersOn(Track.ANONYMOUS_DRUG).stream().map(Offer::id).toList());
    assertEquals(standard.offers().size() - 1, standard.offersOn(Track.SOCIAL_DRUG).size());
  }

  @Test
  @DisplayName("RIN-O6 special effort for under-25s, pregnant women, parents, the seriously ill and those at risk of job loss")
  void specialGroups() {
    Statement special = standard.statements().stream()
        .filter(s -> s.topic() == Topic.SPECIAL_GROUPS && s.source().rule().equals("RIN-O6")).findFirst().orElseThrow();
    assertTrue(special.source().quote().contains("særlig indsats til unge under 25 år"));
    for (String group : List.of("under 25", "pregnant", "children at home", "illness", "job")) {
      assertTrue(special.text().contains(group), "names " + group);
    }
    assertTrue(standard.statements().stream().anyMatch(s -> s.topic() == Topic.TARGET_GROUP
        && s.source().rule().equals("RIN-O6")));
  }
}
