package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.DeadlineRule;
import java.time.LocalDate;

/**
 * The residential provider's notice of an unplanned interruption (RAN-D1): each interruption plus
 * the limit, closed by the next notice on or after it that no earlier interruption has used. The
 * deadline belongs to the course the interruption falls in.
 */
final class ProviderNoticeEvaluator implements Evaluator {

  private static final DeadlineKind KIND = DeadlineKind.PROVIDER_NOTICE;

  @Override
  public void evaluate(Evaluation e) {
    CaseFacts facts = e.facts();
    DeadlineRule rule = facts.deadlineRule(KIND);
    if (rule == null) {
      return;
    }
    int notices = facts.count(EventType.PROVIDER_NOTIFIED);
    int next = 0;
    int interruptions = facts.count(EventType.TREATMENT_INTERRUPTED);
    for (int i = 0; i < interruptions; i++) {
      LocalDate from = facts.event(EventType.TREATMENT_INTERRUPTED, i).date();
      while (next < notices && facts.event(EventType.PROVIDER_NOTIFIED, next).date().isBefore(from)) {
        next++;
      }
      LocalDate closedBy = next < notices ? facts.event(EventType.PROVIDER_NOTIFIED, next++).date() : null;
      LocalDate due = rule.limit().unit().addTo(from, rule.limit().exactly());
      e.add(Deadline.dated(KIND, facts.courseAt(from), rule.source().rule(), facts.treatmentBasis(from), from, due, closedBy,
          facts.byDates(due, closedBy), rule.limit()));
    }
  }
}
