package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.law.Act;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.NationalRule;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.DeadlineRule;
import java.time.LocalDate;

/**
 * The action-plan clarification (RIN-D1), per course: within the limit after the course's start
 * it is decided whether the citizen needs an action plan under SEL § 141; closed by the course's
 * first clarification on or after its start. Never on the anonymous track (NAT-Y2), and not
 * reported where it would fall due after the course ended.
 */
final class ActionPlanEvaluator implements Evaluator {

  private static final DeadlineKind KIND = DeadlineKind.ACTION_PLAN_CLARIFICATION;
  private static final LegalReference ACTION_PLAN = LegalReference.of(Act.SEL, "141");

  @Override
  public void evaluate(Evaluation e) {
    CaseFacts facts = e.facts();
    if (facts.rules().statesActionPlan() && facts.track() == Track.ANONYMOUS_DRUG) {
      for (int course = 1; course <= facts.lastCourse(); course++) {
        e.add(Deadline.notApplicable(KIND, course, NationalRule.NAT_Y2.id(),
            NationalRule.NAT_Y2.provision().orElseThrow().current(), null, Reason.ACTION_PLAN_ANONYMOUS, null));
      }
      return;
    }
    DeadlineRule rule = facts.deadlineRule(KIND);
    if (rule == null) {
      return;
    }
    for (Course course : facts.courses()) {
      if (course.startDate() != null) {
        clarification(e, course, rule);
      }
    }
    int awaiting = facts.awaiting(c -> c.startDate() != null);
    if (awaiting > 0) {
      e.add(Deadline.notStarted(KIND, awaiting, rule.source().rule(), ACTION_PLAN, rule.limit()));
    }
  }

  private static void clarification(Evaluation e, Course course, DeadlineRule rule) {
    LocalDate start = course.startDate();
    LocalDate due = rule.limit().unit().addTo(start, rule.limit().exactly());
    if (!course.admits(due)) {
      return;
    }
    LocalDate closedBy = course.actionPlanFrom(start);
    e.add(Deadline.dated(KIND, course.number(), rule.source().rule(), ACTION_PLAN, start, due, closedBy,
        e.facts().byDates(due, closedBy), rule.limit()));
  }
}
