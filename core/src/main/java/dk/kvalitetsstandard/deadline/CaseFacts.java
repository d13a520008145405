package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.InForce;
import dk.kvalitetsstandard.registry.Lookup;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.DeadlineRule;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What the evaluators need to know of one case, computed once and in one pass over its events:
 * the standard applied, the courses (D0-7) with their own events, and every event by type in date
 * order.
 *
 * <p>Courses: a {@code CONTACT} opens a course when none is open, at the start of the history,
 * after a {@code TREATMENT_END} or after a refusal that closed the previous course. A contact
 * while a course is open, on its closing day included, belongs to it. Reading: a refusal closes a
 * course only while treatment has not started (afterwards there is treatment running, which only
 * a {@code TREATMENT_END} ends), and the refusal that counts is of the treatment the track is
 * about: social treatment on the social track, health treatment on the medical and alcohol tracks,
 * anonymous treatment on the anonymous track. A {@code TREATMENT_START} while no course is open
 * (a transfer without a new request) opens a course with no contact, which has no guarantee.
 *
 * <p>Immutable after construction; one instance per report.
 */
final class CaseFacts {

  private final CaseFile caseFile;
  private final QualityStandard standard;
  private final InForce inForce;
  private final Rules rules;
  private final boolean minor;
  /** The citizen's age, null where it is not known. */
  private final Integer age;
  private final List<Course> courses = new ArrayList<>(4);
  /** The events grouped by type in the order of {@link EventType}, each group in date order. */
  private final CaseEvent[] byType;
  /** Where each type's group starts in {@link #byType}, by the type's ordinal; one more entry marks the end. */
  private final int[] typeStart = new int[TYPES + 1];

  private static final int TYPES = EventType.values().length;

  private CaseFacts(CaseFile caseFile, Lookup lookup, Rules rules) {
    this.caseFile = caseFile;
    this.standard = lookup.standard();
    this.inForce = lookup.inForce();
    this.rules = rules;
    this.minor = caseFile.citizen().isMinor();
    this.age = caseFile.citizen().age().orElse(null);
    List<CaseEvent> chronological = caseFile.chronological();
    this.byType = new CaseEvent[chronological.size()];
    int count = chronological.size();
    for (int i = 0; i < count; i++) {
      typeStart[chronological.get(i).type().ordinal() + 1]++;
    }
    for (int t = 1; t <= TYPES; t++) {
      typeStart[t] += typeStart[t - 1];
    }
    ComplaintSubject treatment = treatmentSubject(caseFile.track());
    Course open = null;
    for (int i = 0; i < count; i++) {
      CaseEvent event = chronological.get(i);
      EventType type = event.type();
      int at = typeStart[type.ordinal()]++;
      byType[at] = event;
      switch (type) {
        case CONTACT -> {
          if (open == null) {
            open = next();
          }
          open.record(event, at);
        }
        case TREATMENT_START -> {
          if (open == null) {
            open = next();
          }
          if (!open.hasStarted()) {
            open.started(event, standard.offerKind(event.offer().orElseThrow()).orElse(null));
          }
        }
        case TREATMENT_END -> {
          if (open != null) {
            open.ended(event);
            open = null;
          }
        }
        case DECISION_RECEIVED -> {
          if (open != null && !open.hasStarted() && event.subject().orElseThrow() == treatment
              && event.outcome().orElseThrow() == Outcome.REFUSED) {
            open.refused(event);
            open = null;
          }
        }
        case FREE_CHOICE, PLAN_REVIEW, ACTION_PLAN_CLARIFIED, MEDICAL_EXAMINATION, UNDER18_GUARANTEE_DECISION -> {
          if (open != null) {
            open.record(event, at);
          }
        }
        default -> { }
      }
    }
    // Each type's start was moved on past its events, to where the next type starts: move them back.
    System.arraycopy(typeStart, 0, typeStart, 1, TYPES);
    typeStart[0] = 0;
  }

  /** The facts of {@code caseFile} under the standard {@code lookup} found, whose rules for the case's track are {@code rules}. */
  static CaseFacts of(CaseFile caseFile, Lookup lookup, Rules rules) {
    return new CaseFacts(caseFile, lookup, rules);
  }

  /** The standard's rules for the case's track. */
  Rules rules() {
    return rules;
  }

  private Course next() {
    Course course = new Course(courses.size() + 1, byType);
    courses.add(course);
    return course;
  }

  /** The subject of a decision that refuses the treatment a case on {@code track} asks for. */
  static ComplaintSubject treatmentSubject(Track track) {
    return switch (track) {
      case SOCIAL_DRUG -> ComplaintSubject.SOCIAL_TREATMENT;
      case ANONYMOUS_DRUG -> ComplaintSubject.ANONYMOUS_TREATMENT;
      case MEDICAL_DRUG, ALCOHOL -> ComplaintSubject.HEALTH_TREATMENT;
    };
  }

  CaseFile caseFile() {
    return caseFile;
  }

  QualityStandard standard() {
    return standard;
  }

  InForce inForce() {
    return inForce;
  }

  Track track() {
    return caseFile.track();
  }

  boolean minor() {
    return minor;
  }

  LocalDate asOf() {
    return caseFile.asOf();
  }

  String municipalityName() {
    return standard.municipality().name();
  }

  /** The courses in order; empty for a history with neither a contact nor a start. */
  List<Course> courses() {
    return courses;
  }

  /** How many events the case has. */
  int eventCount() {
    return byType.length;
  }

  /** How many events of {@code type} the case has. */
  int count(EventType type) {
    return typeStart[type.ordinal() + 1] - typeStart[type.ordinal()];
  }

  /** The event of {@code type} at {@code index} in date order, from 0 to {@link #count} less one. */
  CaseEvent event(EventType type, int index) {
    return byType[typeStart[type.ordinal()] + Objects.checkIndex(index, count(type))];
  }

  /**
   * The number of the course an event on {@code date} belongs to: the latest course opened on or
   * before it (a decision between two courses belongs to the earlier one), 1 where none has opened.
   */
  int courseAt(LocalDate date) {
    int number = 1;
    for (int i = 0; i < courses.size(); i++) {
      Course course = courses.get(i);
      if (course.opened().isAfter(date)) {
        break;
      }
      number = course.number();
    }
    return number;
  }

  /** The standard's time limit of {@code kind} on the case's track; null where it has none. */
  DeadlineRule deadlineRule(DeadlineKind kind) {
    return rules.deadline(kind);
  }

  /** The number of the last course, or 1 where none has opened. */
  int lastCourse() {
    return courses.isEmpty() ? 1 : courses.get(courses.size() - 1).number();
  }

  /**
   * Where a deadline whose starting event has not happened yet belongs (D0-4): to the last course
   * while it is open and {@code started} does not hold of it, or to course 1 where no course has
   * opened; a closed course starts nothing more.
   *
   * @return the course's number, or 0 where the deadline belongs to none
   */
  int awaiting(Predicate<Course> started) {
    if (courses.isEmpty()) {
      return 1;
    }
    Course last = courses.get(courses.size() - 1);
    return last.isOpen() && !started.test(last) ? last.number() : 0;
  }

  /** The date of the first event of {@code type} on or after {@code date}; null where there is none. */
  LocalDate firstOnOrAfter(EventType type, LocalDate date) {
    return first(byType, typeStart[type.ordinal()], typeStart[type.ordinal() + 1], date, false);
  }

  /**
   * The date of the first of {@code events[from, to)}, which are in date order, on or after
   * {@code date} (strictly after it where {@code after}), found by bisection; null where there is none.
   */
  static LocalDate first(CaseEvent[] events, int from, int to, LocalDate date, boolean after) {
    int low = from;
    int high = to;
    while (low < high) {
      int mid = (low + high) >>> 1;
      LocalDate d = events[mid].date();
      if (after ? !d.isAfter(date) : d.isBefore(date)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low < to ? events[low].date() : null;
  }

  /** A deadline's status from its dates alone: met or breached when closed, else pending or breached on {@code asOf}. */
  Status byDates(LocalDate due, LocalDate closedBy) {
    if (closedBy != null) {
      return closedBy.isAfter(due) ? Status.BREACHED : Status.MET;
    }
    return asOf().isAfter(due) ? Status.BREACHED : Status.PENDING;
  }

  /** The provision treatment on the case's track is given under on {@code date}. */
  LegalReference treatmentBasis(LocalDate date) {
    return track().legalBasis(date, age);
  }
}
