package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.NationalRule;
import dk.kvalitetsstandard.standard.ClockStart;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.DeadlineRule;
import java.time.LocalDate;
import java.util.Optional;

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
    e.facts().deadlineRule(KIND).ifPresent(rule -> {
      LegalReference basis = NationalRule.NAT_G6.provision().orElseThrow().current();
      for (Course course : e.facts().courses()) {
        clockContact(course).ifPresent(contact -> examination(e, course, contact, rule, basis));
      }
      e.facts().awaiting(c -> clockContact(c).isPresent())
          .ifPresent(n -> e.add(Draft.notStarted(KIND, n, rule.source().rule(), basis, rule.limit())));
    });
  }

  /** The course's first contact that starts the national guarantee clock (D0-6). */
  private static Optional<LocalDate> clockContact(Course course) {
    return Optional.ofNullable(course.firstContact(ClockStart.FIRST_CONTACT::startsOn));
  }

  private static void examination(Evaluation e, Course course, LocalDate contact, DeadlineRule rule, LegalReference basis) {
    LocalDate limit = rule.limit().unit().addTo(contact, rule.limit().exactly());
    LocalDate due = course.start().filter(start -> start.isBefore(limit)).orElse(limit);
    if (!course.admits(due)) {
      return;
    }
    LocalDate closedBy = course.examinations().stream().filter(d -> !d.isBefore(contact)).findFirst().orElse(null);
    e.add(Draft.dated(KIND, course.number(), rule.source().rule(), basis, contact, due, closedBy,
        e.facts().byDates(due, closedBy), rule.limit()));
  }
}
