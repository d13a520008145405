package dk.kvalitetsstandard.audit;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What an audit needs to know of a case's courses (D0-7) besides its report: when each course was
 * opened and by which request, and whether the course before it ended with a {@code TREATMENT_END}
 * and when. The courses are numbered as the report numbers them: a {@code CONTACT} opens a course
 * when none is open; a {@code TREATMENT_END} closes it; a refusal of the track's treatment closes it
 * while treatment has not started; a {@code TREATMENT_START} with no course open opens one without a
 * request. A test holds these numbers against the engine's reports.
 *
 * <p>Immutable after construction; one instance per case.
 */
final class Courses {

  /** One course: the date of the event that opened it, its first request (or null) and its end (or null). */
  private record Course(LocalDate opened, LocalDate firstRequest, LocalDate ended) {}

  private final List<Course> courses;

  private Courses(List<Course> courses) {
    this.courses = courses;
  }

  static Courses of(CaseFile caseFile) {
    ComplaintSubject treatment = switch (caseFile.track()) {
      case SOCIAL_DRUG -> ComplaintSubject.SOCIAL_TREATMENT;
      case ANONYMOUS_DRUG -> ComplaintSubject.ANONYMOUS_TREATMENT;
      case MEDICAL_DRUG, ALCOHOL -> ComplaintSubject.HEALTH_TREATMENT;
    };
    List<Course> done = new ArrayList<>(2);
    LocalDate opened = null;
    LocalDate request = null;
    boolean started = false;
    for (CaseEvent e : caseFile.chronological()) {
      switch (e.type()) {
        case CONTACT -> {
          if (opened == null) {
            opened = e.date();
            started = false;
          }
          if (request == null) {
            request = e.date();
          }
        }
        case TREATMENT_START -> {
          if (opened == null) {
            opened = e.date();
            request = null;
          }
          started = true;
        }
        case TREATMENT_END -> {
          if (opened != null) {
            done.add(new Course(opened, request, e.date()));
            opened = null;
            request = null;
          }
        }
        case DECISION_RECEIVED -> {
          boolean refusal = e.subject().orElse(null) == treatment && e.outcome().orElse(null) == Outcome.REFUSED;
          if (opened != null && refusal && !started) {
            done.add(new Course(opened, request, null));
            opened = null;
            request = null;
          }
        }
        default -> { }
      }
    }
    if (opened != null) {
      done.add(new Course(opened, request, null));
    }
    return new Courses(done);
  }

  /** How many courses the case has. */
  int count() {
    return courses.size();
  }

  /**
   * The date an audit files course {@code number}'s guarantee under when the guarantee has no
   * {@code startedBy}: the course's first request, else the event that opened it; for a case with
   * no course at all, {@code fallback}.
   */
  LocalDate opened(int number, LocalDate fallback) {
    if (number < 1 || number > courses.size()) {
      return fallback;
    }
    Course course = courses.get(number - 1);
    return course.firstRequest() != null ? course.firstRequest() : course.opened();
  }

  /**
   * Whether the national register merges course {@code number} into the course before it (D0-8):
   * its request came {@value Counting#REGISTRY_MERGE_DAYS} days or less after that course ended
   * with a {@code TREATMENT_END}, and that course had a request of its own (a course opened by a
   * start alone has no request date to keep). A chain of short gaps merges into the first course.
   */
  boolean mergedByRegistry(int number) {
    if (number < 2 || number > courses.size()) {
      return false;
    }
    Course course = courses.get(number - 1);
    Course before = courses.get(number - 2);
    if (course.firstRequest() == null || before.ended() == null
        || ChronoUnit.DAYS.between(before.ended(), course.firstRequest()) > Counting.REGISTRY_MERGE_DAYS) {
      return false;
    }
    return before.firstRequest() != null;
  }
}
