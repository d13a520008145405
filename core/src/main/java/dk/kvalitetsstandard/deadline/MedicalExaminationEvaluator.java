package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.NationalRule;
import dk.kvalitetsstandard.standard.ClockStart;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.DeadlineRule;
import java.time.LocalDate;

/**
 * The medical examination (JAM-D2), once per course: the limit after the course's first contact
 * (the contact that starts the national guarantee clock, D0-6), or the course's start where that
 * is earlier, since the doctor's consultation comes before treatment starts (NAT-G6); closed by
 * the course's first examination. Not reported where it would fall due after the course closed.
 * Elsewhere NAT-G6 is an offer the citizen may decline, not a deadline.
 */
final class MedicalExaminationEvaluator implements Evaluator {

  private static final DeadlineKind KIND = DeadlineKind.MEDICAL_EXAMINATION;

  @Override
  public void evaluate(Evaluation e) {
    DeadlineRule rule = e.facts().deadlineRule(KIND);
    if (rule == null) {
      return;
    }
    for (Course course : e.facts().courses()) {
      LocalDate contact = clockContact(course);
      if (contact != null) {
        examination(e, course, contact, rule, BASIS);
      }
    }
    int awaiting = e.facts().awaiting(c -> clockContact(c) != null);
    if (awaiting > 0) {
      e.add(Deadline.notStarted(KIND, awaiting, rule.source().rule(), BASIS, rule.limit()));
    }
  }

  private static final LegalReference BASIS = NationalRule.NAT_G6.provision().orElseThrow().current();

  /** The course's first contact that starts the national guarantee clock (D0-6); null where none has. */
  private static LocalDate clockContact(Course course) {
    return course.firstContact(ClockStart.FIRST_CONTACT::startsOn);
  }

  private static void examination(Evaluation e, Course course, LocalDate contact, DeadlineRule rule, LegalReference basis) {
    LocalDate limit = rule.limit().unit().addTo(contact, rule.limit().exactly());
    LocalDate started = course.startDate();
    LocalDate due = started != null && started.isBefore(limit) ? started : limit;
    if (!course.admits(due)) {
      return;
    }
    LocalDate closedBy = course.examinationFrom(contact);
    e.add(Deadline.dated(KIND, course.number(), rule.source().rule(), basis, contact, due, closedBy,
        e.facts().byDates(due, closedBy), rule.limit()));
  }
}
