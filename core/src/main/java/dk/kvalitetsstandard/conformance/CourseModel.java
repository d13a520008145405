package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The courses of a case history as the case format states them, written out a second time from
 * the statement alone, so that the properties check the engine against the rule rather than
 * against itself: a request opens a course when none is open; an end closes it; a refusal of the
 * track's treatment closes it while treatment has not started; a start with no course open opens
 * one without a request.
 *
 * @param courses the courses in order
 */
record CourseModel(List<Course> courses) {

  /**
   * One course.
   *
   * @param number its number, 1 for the first
   * @param opened the date of the event that opened it
   * @param nationalContact the first contact within it that starts the law's clock (D0-6), if any
   * @param hasContact whether any request lies within it
   * @param closed the date of the end or refusal that closed it, if any
   */
  record Course(int number, LocalDate opened, Optional<LocalDate> nationalContact, boolean hasContact,
      Optional<LocalDate> closed) {}

  static CourseModel of(CaseFile c) {
    List<Course> done = new ArrayList<>();
    ComplaintSubject refused = switch (c.track()) {
      case SOCIAL_DRUG -> ComplaintSubject.SOCIAL_TREATMENT;
      case ANONYMOUS_DRUG -> ComplaintSubject.ANONYMOUS_TREATMENT;
      case MEDICAL_DRUG, ALCOHOL -> ComplaintSubject.HEALTH_TREATMENT;
    };
    LocalDate opened = null;
    LocalDate national = null;
    boolean contact = false;
    boolean started = false;
    for (CaseEvent e : c.chronological()) {
      boolean opens = e.type() == EventType.CONTACT || e.type() == EventType.TREATMENT_START;
      if (opens && opened == null) {
        opened = e.date();
        national = null;
        contact = false;
        started = false;
      }
      if (e.type() == EventType.CONTACT) {
        contact = true;
        if (national == null && NationalFloor.GUARANTEE_CLOCK.contains(e.channel().orElseThrow())) {
          national = e.date();
        }
      }
      started |= e.type() == EventType.TREATMENT_START;
      boolean closes = e.type() == EventType.TREATMENT_END || e.type() == EventType.DECISION_RECEIVED && !started
          && e.subject().orElse(null) == refused && e.outcome().orElse(null) == Outcome.REFUSED;
      if (closes && opened != null) {
        done.add(new Course(done.size() + 1, opened, Optional.ofNullable(national), contact, Optional.of(e.date())));
        opened = null;
      }
    }
    if (opened != null) {
      done.add(new Course(done.size() + 1, opened, Optional.ofNullable(national), contact, Optional.empty()));
    }
    return new CourseModel(List.copyOf(done));
  }

  /** The course numbered {@code number}. */
  Course course(int number) {
    return courses.get(number - 1);
  }

  /** Whether the track has a guarantee at all (NAT-G3). */
  static boolean hasGuarantee(Track track) {
    return NationalFloor.guarantee(track).isPresent();
  }
}
