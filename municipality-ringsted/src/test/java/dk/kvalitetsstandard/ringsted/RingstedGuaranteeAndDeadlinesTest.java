package dk.kvalitetsstandard.ringsted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.DeadlineRule;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.MinorsRule;
import dk.kvalitetsstandard.standard.PlanReviewRule;
import dk.kvalitetsstandard.standard.Promise;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.ReviewMode;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RIN-G1, RIN-D1, RIN-U1: the treatment guarantee and the municipality's time limits in a course. */
class RingstedGuaranteeAndDeadlinesTest {

  private final QualityStandard standard = new RingstedStandardProvider().standard();

  private GuaranteeRule guarantee() {
    assertEquals(1, standard.guarantees().size());
    return standard.guarantees().get(0);
  }

  @Test
  @DisplayName("RIN-G1 treatment starts (iværksættes) no later than 14 days after contact with Rådgivningscentret")
  void fourteenDaysToStart() {
    GuaranteeRule guarantee = guarantee();
    assertEquals(14, guarantee.days());
    assertEquals(Promise.START, guarantee.promise());
    assertEquals(Set.of(Track.SOCIAL_DRUG), guarantee.tracks());
    assertEquals("RIN-G1", guarantee.source().rule());
  }

  @Test
  @DisplayName("RIN-G1 the clock starts at the first contact: attending in person or phoning (or writing)")
  void clockStartsAtFirstContact() {
    GuaranteeRule guarantee = guarantee();
    assertTrue(guarantee.clockStart().startsOn(ContactChannel.IN_PERSON));
    assertTrue(guarantee.clockStart().startsOn(ContactChannel.PHONE));
    assertTrue(guarantee.clockStart().startsOn(ContactChannel.DIGITAL));
  }

  @Test
  @DisplayName("RIN-G1 reading decision: contact with Ungeliv starts the clock for under-25s, who are sent there")
  void ungelivContactCounts() {
    assertTrue(guarantee().source().note().orElseThrow().contains("Ungeliv"));
    assertTrue(standard.contactPoints().stream().anyMatch(c -> c.name().equals("Ungeliv") && c.routes(20,
        dk.kvalitetsstandard.standard.OfferKind.OUTPATIENT)));
  }

  @Test
  @DisplayName("RIN-G1 the standard says nothing of under-18s and sets no lower age for the guarantee")
  void minorsNotStated() {
    assertEquals(MinorsRule.NOT_STATED, guarantee().minors());
    assertTrue(guarantee().fromAge().isEmpty());
    assertTrue(guarantee().notCovering().isEmpty());
  }

  @Test
  @DisplayName("RIN-G1 the guarantee is not stated for the anonymous track (NAT-G3)")
  void notOnAnonymousTrack() {
    assertFalse(guarantee().tracks().contains(Track.ANONYMOUS_DRUG));
  }

  @Test
  @DisplayName("RIN-D1 within the first 2 months of treatment the need for an SEL § 141 action plan is clarified")
  void actionPlanClarification() {
    assertEquals(1, standard.deadlines().size());
    DeadlineRule rule = standard.deadlines().get(0);
    assertEquals(DeadlineKind.ACTION_PLAN_CLARIFICATION, rule.kind());
    assertEquals(Span.of(2, Unit.MONTHS), rule.limit());
    assertEquals(Set.of(Track.SOCIAL_DRUG), rule.tracks());
    LocalDate start = LocalDate.of(2026, 12, 31);
    assertEquals(LocalDate.of(2027, 2, 28), rule.limit().unit().addTo(start, rule.limit().exactly()));
  }

  @Test
  @DisplayName("RIN-U1 the treatment plan is evaluated as needed and no later than after 6 months")
  void planReview() {
    assertEquals(1, standard.planReviews().size());
    PlanReviewRule review = standard.planReviews().get(0);
    assertEquals(ReviewMode.PERIODIC, review.mode());
    assertEquals(Span.of(6, Unit.MONTHS), review.interval().orElseThrow());
  }
}
