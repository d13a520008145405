package dk.kvalitetsstandard.jammerbugt;

import static dk.kvalitetsstandard.jammerbugt.Jammerbugt.STANDARD;
import static dk.kvalitetsstandard.jammerbugt.Jammerbugt.offer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.standard.ClockStart;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.DeadlineRule;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.MinorsRule;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.OfferType;
import dk.kvalitetsstandard.standard.PlanReviewRule;
import dk.kvalitetsstandard.standard.Promise;
import dk.kvalitetsstandard.standard.ReviewMode;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JammerbugtGuaranteeAndDeadlinesTest {

  @Test
  @DisplayName("JAM-G1 an offer of treatment no later than 14 days after the contact, for drugs, medical treatment and alcohol")
  void guarantee() {
    assertEquals(1, STANDARD.guarantees().size());
    GuaranteeRule guarantee = STANDARD.guarantees().get(0);
    assertEquals(14, guarantee.days());
    assertEquals(EnumSet.of(Track.SOCIAL_DRUG, Track.MEDICAL_DRUG, Track.ALCOHOL), guarantee.tracks());
    assertFalse(guarantee.tracks().contains(Track.ANONYMOUS_DRUG), "anonymous treatment is outside (NAT-G3)");
    assertTrue(guarantee.notCovering().isEmpty());
  }

  @Test
  @DisplayName("JAM-G1 the seed promises an offer ('give tilbud'), not a start: below the law's 'iværksættes'")
  void promiseIsAnOffer() {
    GuaranteeRule guarantee = STANDARD.guarantees().get(0);
    assertEquals(Promise.OFFER, guarantee.promise());
    assertTrue(guarantee.source().quote().contains("give tilbud om behandling senest 14 dage"));
  }

  @Test
  @DisplayName("JAM-G1 the clock starts at the contact, by phone as in person; under-18s are not mentioned")
  void clockAndMinors() {
    GuaranteeRule guarantee = STANDARD.guarantees().get(0);
    assertEquals(ClockStart.FIRST_CONTACT, guarantee.clockStart());
    assertTrue(guarantee.clockStart().startsOn(ContactChannel.PHONE));
    assertEquals(MinorsRule.NOT_STATED, guarantee.minors());
    assertTrue(guarantee.fromAge().isEmpty());
    assertEquals(LocalDate.of(2023, 3, 15), Unit.DAYS.addTo(LocalDate.of(2023, 3, 1), guarantee.days()));
  }

  @Test
  @DisplayName("JAM-D2 a medical examination no later than 14 days after contact, on the drug tracks only")
  void medicalExaminationDeadline() {
    assertEquals(1, STANDARD.deadlines().size(), "the seed sets no other municipal time limit");
    DeadlineRule examination = STANDARD.deadlines().get(0);
    assertEquals(DeadlineKind.MEDICAL_EXAMINATION, examination.kind());
    assertEquals(Span.of(14, Unit.DAYS), examination.limit());
    assertEquals(EnumSet.of(Track.SOCIAL_DRUG, Track.MEDICAL_DRUG), examination.tracks());
    assertEquals("JAM-D2", examination.source().rule());
  }

  @Test
  @DisplayName("JAM-D2 the examination is by the centre's consultant doctors; 'akutte' is struck as the seed asks")
  void medicalExaminationOffer() {
    Offer examination = offer("medical-examination");
    assertEquals(OfferType.DOCTOR_CONSULTATION, examination.type());
    assertEquals(EnumSet.of(Track.SOCIAL_DRUG, Track.MEDICAL_DRUG), examination.tracks());
    assertTrue(examination.source().quote().startsWith("(akutte slettes"));
    assertTrue(examination.source().note().orElseThrow().contains("pending change"));
    assertTrue(examination.description().orElseThrow().contains("own doctor or the out-of-hours doctor"));
  }

  @Test
  @DisplayName("JAM-D2 the treatment plan is made at the medical examination; the seed sets no review schedule")
  void planReview() {
    assertEquals(1, STANDARD.planReviews().size());
    PlanReviewRule review = STANDARD.planReviews().get(0);
    assertEquals(ReviewMode.INDIVIDUAL, review.mode());
    assertTrue(review.interval().isEmpty());
    assertTrue(review.source().quote().startsWith("At udarbejde en behandlingsplan"));
  }
}
