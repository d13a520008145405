package dk.kvalitetsstandard.gentofte;

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
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GEN-O1..O7 and GEN-V1: the offers, their criteria, and the overall assessment. */
class GentofteOffersTest {

  private final QualityStandard standard = new GentofteStandardProvider().standard();

  private Offer offer(String id) {
    return standard.offer(id).orElseThrow(() -> new AssertionError("no offer " + id));
  }

  private static Optional<Criterion> criterionOn(Offer offer, CitizenFact fact) {
    return offer.criteria().stream().filter(c -> c.fact().equals(Optional.of(fact))).findFirst();
  }

  @Test
  @DisplayName("GEN-O1 The seed describes eight offers, from counselling to the family course, in its order")
  void offerIds() {
    assertEquals(List.of("counselling", "outpatient", "anonymous-outpatient", "day", "residential", "substitution",
        "doctor-consultation", "family"), standard.offers().stream().map(Offer::id).toList());
  }

  @Test
  @DisplayName("GEN-O1 Counselling from a substance consultant is free, anonymous and open to relatives")
  void counselling() {
    Offer counselling = offer("counselling");
    assertEquals(OfferKind.COUNSELLING, counselling.kind());
    assertEquals(Anonymity.ANONYMOUS, counselling.anonymity());
    assertTrue(counselling.forRelatives());
    assertFalse(counselling.hasAgeLimit());
    assertTrue(counselling.criteria().isEmpty());
    assertEquals("GEN-O1", counselling.source().rule());
  }

  @Test
  @DisplayName("GEN-O2 Outpatient: over 18, 2-8 times a month, as a rule in groups, delivered by KABS")
  void outpatient() {
    Offer outpatient = offer("outpatient");
    assertEquals(OfferKind.OUTPATIENT, outpatient.kind());
    assertEquals(Set.of(Track.SOCIAL_DRUG), outpatient.tracks());
    assertEquals(Optional.of(18), outpatient.minAge());
    assertTrue(outpatient.maxAge().isEmpty());
    assertTrue(outpatient.admitsAge(18), "'over 18 år' admits an 18-year-old (NAT-X2)");
    assertFalse(outpatient.admitsAge(17));
    assertEquals(Optional.of(Frequency.of(Span.between(2, 8, Unit.SESSIONS), Unit.MONTHS)), outpatient.frequency());
    assertEquals(Set.of(Format.GROUP), outpatient.formats());
    assertEquals(List.of("KABS"), outpatient.providers());
    assertTrue(outpatient.external());
    assertEquals(Anonymity.NOT_ANONYMOUS, outpatient.anonymity());
  }

  @Test
  @DisplayName("GEN-O2 Outpatient criteria: problematic use and need for social drug treatment, both assessed")
  void outpatientCriteria() {
    List<Criterion> criteria = offer("outpatient").criteria();
    assertEquals(2, criteria.size());
    assertTrue(criteria.stream().allMatch(Criterion::isDiscretionary));
    assertTrue(criteria.stream().noneMatch(Criterion::narrowerThanLaw));
    assertTrue(criteria.stream().allMatch(c -> c.source().rule().equals("GEN-O2")));
  }

  @Test
  @DisplayName("GEN-O2 Substitution can be delivered alongside outpatient treatment")
  void outpatientWithSubstitution() {
    assertEquals(List.of("substitution"), offer("outpatient").combinableWith());
    assertEquals(List.of("outpatient"), offer("substitution").combinableWith());
  }

  @Test
  @DisplayName("GEN-O3 Anonymous outpatient on the § 101 a track, by KABS and Gladsaxe Rusmiddelcenter")
  void anonymousOutpatient() {
    Offer anonymous = offer("anonymous-outpatient");
    assertEquals(OfferKind.ANONYMOUS_OUTPATIENT, anonymous.kind());
    assertEquals(Set.of(Track.ANONYMOUS_DRUG), anonymous.tracks());
    assertEquals(Anonymity.ANONYMOUS, anonymous.anonymity());
    assertEquals(List.of("KABS", "Gladsaxe Rusmiddelcenter"), anonymous.providers());
    assertTrue(anonymous.external());
    assertFalse(anonymous.hasAgeLimit(), "the anonymous criteria name no age");
  }

  @Test
  @DisplayName("GEN-O3 Anonymous criteria: self-supporting, a home, no substitution wish, no mental illness needing "
      + "treatment, each decidable and narrower than SEL § 101 a, stk. 1")
  void anonymousDecidableCriteria() {
    Offer anonymous = offer("anonymous-outpatient");
    assertRequires(anonymous, CitizenFact.SELF_SUPPORTING, true);
    assertRequires(anonymous, CitizenFact.HAS_OWN_HOME, true);
    assertRequires(anonymous, CitizenFact.WANTS_SUBSTITUTION, false);
    assertRequires(anonymous, CitizenFact.MENTAL_ILLNESS_NEEDING_TREATMENT, false);
    assertEquals(4, anonymous.criteria().stream().filter(Criterion::narrowerThanLaw).count());
    assertTrue(criterionOn(anonymous, CitizenFact.OTHER_SOCIAL_PROBLEMS).isEmpty(),
        "the seed does not use the law's own criterion");
  }

  @Test
  @DisplayName("GEN-O3 Problematic use is the one discretionary anonymous criterion, and not narrower than the law")
  void anonymousDiscretionaryCriterion() {
    List<Criterion> discretionary = offer("anonymous-outpatient").criteria().stream()
        .filter(Criterion::isDiscretionary).toList();
    assertEquals(1, discretionary.size());
    assertFalse(discretionary.get(0).narrowerThanLaw());
    assertTrue(discretionary.get(0).source().quote().contains("problematisk forbrug"));
  }

  @Test
  @DisplayName("GEN-O3 Gentofte receives no personally identifiable information on anonymous treatment")
  void anonymityStatement() {
    Statement anonymity = standard.statements().stream().filter(s -> s.topic() == Topic.ANONYMITY)
        .findFirst().orElseThrow();
    assertEquals("GEN-O3", anonymity.source().rule());
    assertTrue(anonymity.source().quote().contains("personhenførbare oplysninger"));
  }

  @Test
  @DisplayName("GEN-O4 Day treatment: typically at least 8 weekdays a month, 5-8 hours each time")
  void day() {
    Offer day = offer("day");
    assertEquals(OfferKind.DAY, day.kind());
    assertEquals(Optional.of(Frequency.of(Span.atLeast(8, Unit.SESSIONS), Unit.MONTHS)), day.frequency());
    assertEquals(Optional.of(Span.between(5, 8, Unit.HOURS)), day.sessionLength());
    assertFalse(day.hasAgeLimit());
  }

  @Test
  @DisplayName("GEN-O4 Day treatment requires that the citizen can stay in own home; the rest is assessed")
  void dayCriteria() {
    Offer day = offer("day");
    assertRequires(day, CitizenFact.HAS_OWN_HOME, true);
    assertEquals(2, day.criteria().stream().filter(Criterion::isDiscretionary).count());
    assertTrue(day.criteria().stream().noneMatch(Criterion::narrowerThanLaw));
    assertTrue(day.description().orElseThrow().contains("before or after residential"));
  }

  @Test
  @DisplayName("GEN-O5 Residential: a temporary stay at a treatment home, individual and group courses")
  void residential() {
    Offer residential = offer("residential");
    assertEquals(OfferKind.RESIDENTIAL, residential.kind());
    assertEquals(Set.of(Track.SOCIAL_DRUG), residential.tracks());
    assertEquals(EnumSet.of(Format.INDIVIDUAL, Format.GROUP), EnumSet.copyOf(residential.formats()));
    assertTrue(residential.duration().isEmpty(), "the seed gives no length of stay");
  }

  @Test
  @DisplayName("GEN-O5 Residential criteria: extensive social problems, outpatient or day not enough, all assessed")
  void residentialCriteria() {
    List<Criterion> criteria = offer("residential").criteria();
    assertEquals(3, criteria.size());
    assertTrue(criteria.stream().allMatch(Criterion::isDiscretionary));
    assertTrue(criteria.stream().allMatch(c -> c.source().rule().equals("GEN-O5")));
  }

  @Test
  @DisplayName("GEN-O6 Substitution on the SUL § 142 track, after assessment, when the treatment place finds it fit")
  void substitution() {
    Offer substitution = offer("substitution");
    assertEquals(OfferKind.SUBSTITUTION, substitution.kind());
    assertEquals(Set.of(Track.MEDICAL_DRUG), substitution.tracks());
    assertEquals(1, substitution.criteria().size());
    assertTrue(substitution.criteria().get(0).isDiscretionary());
    assertEquals(List.of("KABS"), substitution.providers());
  }

  @Test
  @DisplayName("NAT-G6 Gentofte offers the free doctor's consultation through providers")
  void doctorConsultation() {
    Offer doctor = offer("doctor-consultation");
    assertEquals(OfferType.DOCTOR_CONSULTATION, doctor.type());
    assertEquals(Set.of(Track.MEDICAL_DRUG), doctor.tracks());
    assertTrue(doctor.external());
    assertEquals("NAT-G6", doctor.source().rule());
  }

  @Test
  @DisplayName("GEN-O7 Pregnant women, expectant fathers and parents get a family-oriented course")
  void familyCourse() {
    Offer family = offer("family");
    assertEquals(OfferType.FAMILY_ORIENTED, family.type());
    assertEquals(EnumSet.of(Format.FAMILY, Format.COUPLE), EnumSet.copyOf(family.formats()));
    assertEquals(1, family.criteria().size());
    assertTrue(family.criteria().get(0).isDiscretionary(), "any one of three conditions: no 'any of' in core");
    assertTrue(family.criteria().get(0).source().quote().contains("kommende fædre"));
  }

  @Test
  @DisplayName("GEN-V1 Visitation rests on a concrete, individual assessment decided with the provider")
  void visitation() {
    List<Statement> v1 = standard.statements().stream().filter(s -> s.source().rule().equals("GEN-V1")).toList();
    assertEquals(EnumSet.of(Topic.VISITATION, Topic.ASSESSMENT),
        EnumSet.copyOf(v1.stream().map(Statement::topic).toList()));
    assertTrue(v1.stream().anyMatch(s -> s.text().contains("motivation")),
        "the assessment covers motivation among its five points");
  }

  private static void assertRequires(Offer offer, CitizenFact fact, boolean value) {
    Criterion criterion = criterionOn(offer, fact).orElseThrow(() -> new AssertionError(offer.id() + " has no " + fact));
    assertEquals(Optional.of(value), criterion.requiredValue(), fact.toString());
    assertFalse(criterion.isDiscretionary());
    assertEquals(offer.source().rule(), criterion.source().rule());
    if (offer.kind() == OfferKind.ANONYMOUS_OUTPATIENT) {
      assertTrue(criterion.narrowerThanLaw(), fact + " is narrower than SEL § 101 a, stk. 1");
    }
  }
}
