package dk.kvalitetsstandard.gentofte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.ClockStart;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.MinorsRule;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.PlanReviewRule;
import dk.kvalitetsstandard.standard.Promise;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.ReviewMode;
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GEN-G1, GEN-G2: the treatment guarantee; GEN-U2: continuous plan review; no municipal deadlines. */
class GentofteGuaranteeAndPlanReviewTest {

  private final QualityStandard standard = new GentofteStandardProvider().standard();

  private GuaranteeRule guarantee() {
    assertEquals(1, standard.guarantees().size());
    return standard.guarantees().get(0);
  }

  @Test
  @DisplayName("GEN-G1 Outpatient treatment is started no later than 14 days after contact")
  void fourteenDaysToStart() {
    GuaranteeRule guarantee = guarantee();
    assertEquals(14, guarantee.days());
    assertEquals(Promise.OFFER, guarantee.promise(), "'iværksætter tilbud om behandling' sets an offer going; the law requires the treatment to start");
    assertEquals("GEN-G1", guarantee.source().rule());
  }

  @Test
  @DisplayName("GEN-G1 The clock starts at contact with the municipality or with an approved treatment place")
  void clockStart() {
    GuaranteeRule guarantee = guarantee();
    assertEquals(ClockStart.CONTACT_INCLUDING_APPROVED_PROVIDER, guarantee.clockStart());
    assertTrue(guarantee.clockStart().startsOn(ContactChannel.VIA_PROVIDER));
    assertTrue(guarantee.clockStart().startsOn(ContactChannel.PHONE));
    assertTrue(guarantee.source().quote().contains("eller til et godkendt behandlingssted"));
  }

  @Test
  @DisplayName("GEN-G1 The guarantee is stated for social treatment, not for anonymous or medical treatment")
  void tracks() {
    assertEquals(Set.of(Track.SOCIAL_DRUG), guarantee().tracks());
  }

  @Test
  @DisplayName("GEN-G1 Under-18s are not covered: the outpatient criteria say over 18")
  void minors() {
    GuaranteeRule guarantee = guarantee();
    assertEquals(MinorsRule.NOT_COVERED, guarantee.minors());
    assertTrue(guarantee.fromAge().isEmpty(), "the seed sets no lowest age for the standard as a whole");
    assertFalse(standard.offer("outpatient").orElseThrow().admitsAge(17));
  }

  @Test
  @DisplayName("GEN-G2 Assessment with a view to day or residential treatment is outside the guarantee")
  void notCovering() {
    assertEquals(EnumSet.of(OfferKind.DAY, OfferKind.RESIDENTIAL), EnumSet.copyOf(guarantee().notCovering()));
    Statement g2 = standard.statements().stream().filter(s -> s.source().rule().equals("GEN-G2"))
        .findFirst().orElseThrow();
    assertEquals(Topic.ASSESSMENT, g2.topic());
    assertTrue(g2.source().quote().endsWith("er ikke omfattet af behandlingsgarantien."));
  }

  @Test
  @DisplayName("GEN-U2 Gentofte follows up on the goals continuously: plan review with no fixed interval")
  void continuousPlanReview() {
    List<PlanReviewRule> reviews = standard.planReviews();
    assertEquals(1, reviews.size());
    assertEquals(ReviewMode.CONTINUOUS, reviews.get(0).mode());
    assertTrue(reviews.get(0).interval().isEmpty());
    assertEquals("GEN-U2", reviews.get(0).source().rule());
    assertTrue(reviews.get(0).source().quote().contains("løbende følge op på målene"));
  }

  @Test
  @DisplayName("GEN-G1 The seed sets no municipal deadline besides the guarantee (no medical examination limit)")
  void noOtherDeadlines() {
    assertTrue(standard.deadlines().isEmpty());
  }
}
