package dk.kvalitetsstandard.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.standard.FollowUpKind;
import dk.kvalitetsstandard.standard.FollowUpRule;
import dk.kvalitetsstandard.standard.PlanReviewRule;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.ReviewMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RandersPlanReviewAndFollowUpTest {

  private static final QualityStandard STANDARD = new RandersStandardProvider().standard();

  @Test
  @Tag("RAN-U1")
  @DisplayName("RAN-U1 the treatment plan is reviewed continuously and at least every 6 months")
  void planReview() {
    assertEquals(1, STANDARD.planReviews().size());
    PlanReviewRule review = STANDARD.planReviews().get(0);
    assertEquals("RAN-U1", review.source().rule());
    assertEquals(ReviewMode.PERIODIC, review.mode());
    assertEquals(Optional.of(Span.of(6, Unit.MONTHS)), review.interval());
  }

  @Test
  @Tag("RAN-U2")
  @DisplayName("RAN-U2 follow-up 1 and 6 months after the end, for completed, other offer, hospital, other reason")
  void followUps() {
    assertEquals(1, STANDARD.followUps().size());
    FollowUpRule followUp = STANDARD.followUps().get(0);
    assertEquals("RAN-U2", followUp.source().rule());
    assertEquals(FollowUpKind.FOLLOW_UP, followUp.kind());
    assertEquals(List.of(Span.of(1, Unit.MONTHS), Span.of(6, Unit.MONTHS)), followUp.after());
    assertEquals(EnumSet.of(EndStatus.COMPLETED, EndStatus.OTHER_OFFER, EndStatus.HOSPITAL, EndStatus.OTHER_REASON),
        EnumSet.copyOf(followUp.qualifyingEndings()));
  }

  @Test
  @Tag("RAN-U2")
  @DisplayName("RAN-U2 dropping out (and death) gets no follow-up")
  void otherEndingsGetNone() {
    FollowUpRule followUp = STANDARD.followUps().get(0);
    assertFalse(followUp.qualifyingEndings().contains(EndStatus.DROPPED_OUT));
    assertFalse(followUp.qualifyingEndings().contains(EndStatus.DECEASED));
  }
}
