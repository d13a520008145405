package dk.kvalitetsstandard.jammerbugt;

import static dk.kvalitetsstandard.jammerbugt.Jammerbugt.STANDARD;
import static dk.kvalitetsstandard.jammerbugt.Jammerbugt.offer;
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
import dk.kvalitetsstandard.standard.ProviderRequirement;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JammerbugtOffersTest {

  private static final Frequency WEEKLY = Frequency.of(Span.of(1, Unit.SESSIONS), Unit.WEEKS);

  @Test
  @DisplayName("JAM-O1 open counselling is free, open to relatives, and the citizen may stay anonymous")
  void openCounselling() {
    Offer counselling = offer("open-counselling");
    assertEquals(OfferKind.COUNSELLING, counselling.kind());
    assertTrue(counselling.forRelatives());
    assertEquals(Anonymity.ANONYMITY_POSSIBLE, counselling.anonymity());
    assertEquals("Tilbuddet er gratis og gælder også for pårørende.", counselling.source().quote());
  }

  @Test
  @DisplayName("JAM-O1 anonymous outpatient treatment is closed to a citizen with other social challenges")
  void anonymousOutpatient() {
    Offer anonymous = offer("anonymous-outpatient");
    assertEquals(OfferKind.ANONYMOUS_OUTPATIENT, anonymous.kind());
    assertEquals(Anonymity.ANONYMOUS, anonymous.anonymity());
    assertEquals(Set.of(Track.ANONYMOUS_DRUG), anonymous.tracks());
    Criterion noOtherProblems = single(anonymous.criteria());
    assertEquals(CitizenFact.OTHER_SOCIAL_PROBLEMS, noOtherProblems.fact().orElseThrow());
    assertEquals(false, noOtherProblems.requiredValue().orElseThrow());
    assertFalse(noOtherProblems.narrowerThanLaw(), "the same line as SEL § 101 a, stk. 1");
  }

  @Test
  @DisplayName("JAM-O2 'Your Choice': ages 15-25, 1-5 anonymous conversations, with SSP Jammerbugt")
  void yourChoice() {
    Offer yourChoice = offer("your-choice");
    assertEquals(Optional.of(15), yourChoice.minAge());
    assertEquals(Optional.of(25), yourChoice.maxAge());
    assertTrue(yourChoice.admitsAge(15) && yourChoice.admitsAge(25));
    assertFalse(yourChoice.admitsAge(14) || yourChoice.admitsAge(26));
    assertEquals(Span.between(1, 5, Unit.SESSIONS), yourChoice.sessions().orElseThrow());
    assertEquals(Anonymity.ANONYMOUS, yourChoice.anonymity());
    assertEquals(OfferKind.COUNSELLING, yourChoice.kind());
    assertTrue(yourChoice.providers().contains("SSP Jammerbugt"));
  }

  @Test
  @DisplayName("JAM-O3 outpatient conversations: typically 1 a week of about 45 minutes, individual, length individual")
  void outpatient() {
    Offer outpatient = offer("outpatient");
    assertEquals(OfferKind.OUTPATIENT, outpatient.kind());
    assertEquals(WEEKLY, outpatient.frequency().orElseThrow());
    assertEquals(Span.of(45, Unit.MINUTES), outpatient.sessionLength().orElseThrow());
    assertEquals(Set.of(Format.INDIVIDUAL), outpatient.formats());
    assertTrue(outpatient.duration().isEmpty(), "'Længden af behandlingsforløbet er individuelt'");
    assertEquals(EnumSet.of(Track.SOCIAL_DRUG, Track.ALCOHOL), outpatient.tracks());
  }

  @Test
  @DisplayName("JAM-O3 outpatient treatment combines with the group, NADA and psychological offers")
  void outpatientCombinations() {
    assertEquals(List.of("group", "nada", "psychological-screening", "psychological-assessment"),
        offer("outpatient").combinableWith());
    STANDARD.offers().forEach(o -> o.combinableWith().forEach(id ->
        assertTrue(STANDARD.offer(id).isPresent(), o.id() + " names an unknown offer " + id)));
  }

  @Test
  @DisplayName("JAM-O4 group treatment: one weekly session of 2-3 hours, at most 6-8 participants read as at most 8")
  void group() {
    Offer group = offer("group");
    assertEquals(WEEKLY, group.frequency().orElseThrow());
    assertEquals(Span.between(2, 3, Unit.HOURS), group.sessionLength().orElseThrow());
    Span size = group.groupSize().orElseThrow();
    assertEquals(Optional.of(8), size.max());
    assertTrue(size.min().isEmpty(), "no minimum group size is stated");
    assertEquals(Set.of(Format.GROUP), group.formats());
    assertTrue(group.source().note().orElseThrow().contains("6-8"));
    assertEquals(2, group.criteria().size());
    assertTrue(group.criteria().stream().allMatch(Criterion::isDiscretionary), "enough participants; assessed to benefit");
  }

  @Test
  @DisplayName("JAM-O5 NAT-F7 MOVE for ages 15-25: 12 weekly treatment conversations, for any intoxicant: drugs and alcohol")
  void move() {
    Offer move = offer("move");
    assertEquals(OfferKind.MOVE, move.kind());
    assertEquals(Optional.of(15), move.minAge());
    assertEquals(Optional.of(25), move.maxAge());
    assertEquals(12, move.sessions().orElseThrow().exactly());
    assertEquals(WEEKLY, move.frequency().orElseThrow());
    assertEquals(Set.of(Track.SOCIAL_DRUG, Track.ALCOHOL), move.tracks(),
        "'unge i alderen 15 til 25 år med et behandlingskrævende rusmiddelbrug' names any intoxicant (NAT-F7)");
  }

  @Test
  @DisplayName("JAM-O6 motivational conversations for citizens too undecided for regular treatment")
  void motivational() {
    Offer motivational = offer("motivational");
    assertEquals(OfferType.MOTIVATIONAL, motivational.type());
    assertEquals(Set.of(Format.INDIVIDUAL), motivational.formats());
    assertTrue(single(motivational.criteria()).isDiscretionary());
  }

  @Test
  @DisplayName("JAM-O7 aftercare group for those who completed treatment here or elsewhere, a meeting first if external")
  void aftercareGroup() {
    Offer aftercare = offer("aftercare-group");
    assertEquals(OfferType.AFTERCARE, aftercare.type());
    assertEquals(Set.of(Format.GROUP), aftercare.formats());
    assertEquals(2, aftercare.criteria().size());
    assertTrue(aftercare.criteria().get(1).source().quote().contains("minimum en forsamling"));
  }

  @Test
  @DisplayName("JAM-O8 psychological screening: 1-3 conversations within 1-5 weeks; five supportive psychologist talks may follow")
  void psychologicalScreening() {
    Offer screening = offer("psychological-screening");
    assertEquals(Span.between(1, 3, Unit.SESSIONS), screening.sessions().orElseThrow());
    assertEquals(Span.between(1, 5, Unit.WEEKS), screening.duration().orElseThrow());
    Offer support = offer("psychologist-support");
    assertEquals(5, support.sessions().orElseThrow().exactly());
    assertEquals("JAM-O8", support.source().rule());
    assertTrue(screening.combinableWith().contains("psychologist-support"));
  }

  @Test
  @DisplayName("JAM-O9 psychological assessment: normally 2-5 conversations with tests, within 3-6 weeks")
  void psychologicalAssessment() {
    Offer assessment = offer("psychological-assessment");
    assertEquals(OfferType.PSYCHOLOGICAL_ASSESSMENT, assessment.type());
    assertEquals(Span.between(2, 5, Unit.SESSIONS), assessment.sessions().orElseThrow());
    assertEquals(Span.between(3, 6, Unit.WEEKS), assessment.duration().orElseThrow());
  }

  @Test
  @DisplayName("JAM-O10 NADA: 45 minutes, 2-3 times a week, no fixed duration; under 18 needs a parent's or guardian's consent")
  void nada() {
    Offer nada = offer("nada");
    assertEquals(OfferType.NADA, nada.type());
    assertEquals(Frequency.of(Span.between(2, 3, Unit.SESSIONS), Unit.WEEKS), nada.frequency().orElseThrow());
    assertEquals(Span.of(45, Unit.MINUTES), nada.sessionLength().orElseThrow());
    assertTrue(nada.duration().isEmpty(), "'op til et par måneder' is not encoded as a number");
    Criterion consent = nada.criteria().stream().filter(c -> !c.isDiscretionary()).findFirst().orElseThrow();
    assertEquals(CitizenFact.PARENTAL_CONSENT, consent.fact().orElseThrow());
    assertEquals(true, consent.requiredValue().orElseThrow());
    assertTrue(consent.text().contains("under 18"));
    assertTrue(nada.tracks().contains(Track.MEDICAL_DRUG), "may be given alongside medical treatment");
  }

  @Test
  @DisplayName("JAM-O11 residential treatment at external approved institutions, usually 3-6 months")
  void residential() {
    Offer residential = offer("residential");
    assertEquals(OfferKind.RESIDENTIAL, residential.kind());
    assertTrue(residential.external());
    assertEquals(Span.between(3, 6, Unit.MONTHS), residential.duration().orElseThrow());
    assertTrue(residential.criteria().stream().allMatch(Criterion::isDiscretionary));
    List<ProviderRequirement> requirements = STANDARD.providerRequirements();
    assertEquals(2, requirements.size());
    assertTrue(requirements.stream().allMatch(r -> r.offerKinds().equals(Set.of(OfferKind.RESIDENTIAL))
        && r.source().rule().equals("JAM-O11")));
  }

  @Test
  @DisplayName("JAM-O12 substitution on the medical track only, by the centre's doctors, dispensed by home nursing")
  void substitution() {
    Offer substitution = offer("substitution");
    assertEquals(OfferKind.SUBSTITUTION, substitution.kind());
    assertEquals(Set.of(Track.MEDICAL_DRUG), substitution.tracks());
    assertTrue(substitution.source().quote().contains("hjemmesygeplejen"));
    assertTrue(single(substitution.criteria()).isDiscretionary());
    assertTrue(STANDARD.offersOn(Track.MEDICAL_DRUG).stream().map(Offer::id).toList()
        .containsAll(List.of("substitution", "medical-examination")));
  }

  @Test
  @DisplayName("JAM-O1 to JAM-O12 NAT-F7 alcohol is served by the centre's general offers and MOVE, not by substitution")
  void alcoholOffers() {
    List<String> alcohol = STANDARD.offersOn(Track.ALCOHOL).stream().map(Offer::id).toList();
    assertTrue(alcohol.containsAll(List.of("open-counselling", "outpatient", "group", "motivational",
        "aftercare-group", "residential", "nada")), alcohol.toString());
    assertTrue(alcohol.contains("move"), "MOVE's target group is any intoxicant (NAT-F7)");
    assertFalse(alcohol.contains("substitution"));
    assertFalse(alcohol.contains("anonymous-outpatient"));
  }

  private static Criterion single(List<Criterion> criteria) {
    assertEquals(1, criteria.size(), criteria.toString());
    return criteria.get(0);
  }
}
