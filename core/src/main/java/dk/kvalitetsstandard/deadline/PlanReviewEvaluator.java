package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.NationalRule;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.PlanReviewRule;
import java.time.LocalDate;

/**
 * Periodic reviews of the treatment plan (RAN-U1, RIN-U1), per course: each course has its own
 * plan (SEL § 101, stk. 8), so the first review falls due an interval after the course's start,
 * the next an interval after each actual review, and the report lists the reviews so far and the
 * next open one. None falls due after the course's end. Not on the anonymous track.
 */
final class PlanReviewEvaluator implements Evaluator {

  private static final DeadlineKind KIND = DeadlineKind.PLAN_REVIEW;
  private static final LegalReference TREATMENT_PLAN = NationalRule.NAT_P2.provision().orElseThrow().current();

  @Override
  public void evaluate(Evaluation e) {
    if (e.facts().track() == Track.ANONYMOUS_DRUG) {
      return;
    }
    PlanReviewRule rule = e.facts().rules().periodicReview().orElse(null);
    if (rule == null) {
      return;
    }
    Span interval = rule.interval().orElseThrow();
    for (Course course : e.facts().courses()) {
      if (course.startDate() != null) {
        reviews(e, course, rule, interval);
      }
    }
    int awaiting = e.facts().awaiting(c -> c.startDate() != null);
    if (awaiting > 0) {
      e.add(Deadline.notStarted(KIND, awaiting, rule.source().rule(), TREATMENT_PLAN, interval));
    }
  }

  private static void reviews(Evaluation e, Course course, PlanReviewRule rule, Span interval) {
    LocalDate anchor = course.startDate();
    while (true) {
      LocalDate due = interval.unit().addTo(anchor, interval.exactly());
      if (!course.admits(due)) {
        return;
      }
      LocalDate closedBy = course.reviewAfter(anchor);
      e.add(Deadline.dated(KIND, course.number(), rule.source().rule(), TREATMENT_PLAN, anchor, due, closedBy,
          e.facts().byDates(due, closedBy), interval));
      if (closedBy == null) {
        return;
      }
      anchor = closedBy;
    }
  }
}
