package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.standard.OfferKind;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One course (forløb, D0-7) of a case history: from the request that opened it to the end or the
 * refusal that closed it, with the events that fall within it. A new request after a course has
 * closed opens the next one, with its own guarantee clock, treatment plan, plan reviews,
 * action-plan clarification and medical examination.
 *
 * <p>The course's contacts, free choices, plan reviews, action-plan clarifications and medical
 * examinations are not copied: within each type's group of {@link CaseFacts} (in date order) the
 * events of one course lie side by side, so the course keeps where its run of each type begins and
 * ends.
 *
 * <p>Built by {@link CaseFacts} in one pass over the events; not shared between threads while it
 * is being built, read-only afterwards.
 */
final class Course {

  private final int number;
  /** The events of the case grouped by type, as {@link CaseFacts} holds them. */
  private final CaseEvent[] grouped;
  private LocalDate firstContact;
  // Where the course's events of each type lie in grouped, as runs (see from, to and extended below).
  private long contacts;
  private long choices;
  private long reviews;
  private long plans;
  private long examinations;
  private CaseEvent start;
  private OfferKind startedIn;
  private CaseEvent minorDecision;
  private CaseEvent end;
  private CaseEvent refusal;

  Course(int number, CaseEvent[] grouped) {
    this.number = number;
    this.grouped = grouped;
  }

  /** The course's number, 1 for the first. */
  int number() {
    return number;
  }

  /**
   * The date the course is taken to open on for placing decisions and other events in it: its first
   * contact, or its start where it has no contact.
   */
  LocalDate opened() {
    return firstContact != null ? firstContact : startDate();
  }

  /** Whether the course has a request for treatment (a contact); not where it was opened by a start alone. */
  boolean hasContact() {
    return to(contacts) > from(contacts);
  }

  /** The date of the first contact whose channel {@code startsClock} accepts; null where there is none. */
  LocalDate firstContact(Predicate<ContactChannel> startsClock) {
    for (int i = from(contacts); i < to(contacts); i++) {
      CaseEvent contact = grouped[i];
      if (startsClock.test(contact.channel().orElseThrow())) {
        return contact.date();
      }
    }
    return null;
  }

  /** The date of the first treatment start of the course; null where it has not started. */
  LocalDate startDate() {
    return start == null ? null : start.date();
  }

  /** The kind of offer the course started in; null where it has not started or the offer is not known. */
  OfferKind startedIn() {
    return startedIn;
  }

  /** Whether the course started in an offer of one of {@code kinds}. */
  boolean startedInOneOf(Set<OfferKind> kinds) {
    return startedIn != null && kinds.contains(startedIn);
  }

  /** The latest decision within the course on whether the guarantee applies to a minor (RAN-G2); null where none. */
  CaseEvent minorDecision() {
    return minorDecision;
  }

  /** The date of the first free choice within the course, where it is on or before {@code date}; null otherwise. */
  LocalDate firstFreeChoiceBy(LocalDate date) {
    if (to(choices) == from(choices)) {
      return null;
    }
    LocalDate first = grouped[from(choices)].date();
    return first.isAfter(date) ? null : first;
  }

  /** The date of the course's first plan review after {@code date}; null where there is none. */
  LocalDate reviewAfter(LocalDate date) {
    return CaseFacts.first(grouped, from(reviews), to(reviews), date, true);
  }

  /** The date of the course's first action-plan clarification on or after {@code date}; null where there is none. */
  LocalDate actionPlanFrom(LocalDate date) {
    return CaseFacts.first(grouped, from(plans), to(plans), date, false);
  }

  /** The date of the course's first medical examination on or after {@code date}; null where there is none. */
  LocalDate examinationFrom(LocalDate date) {
    return CaseFacts.first(grouped, from(examinations), to(examinations), date, false);
  }

  /** The refusal of treatment that closed the course before it started; null where none did. */
  CaseEvent refusal() {
    return refusal;
  }

  /** The end of treatment that closed the course; null where none has. */
  CaseEvent end() {
    return end;
  }

  /** Whether a deadline due on {@code due} falls within the course: on or before its close. */
  boolean admits(LocalDate due) {
    CaseEvent closing = end != null ? end : refusal;
    return closing == null || !due.isAfter(closing.date());
  }

  boolean isOpen() {
    return end == null && refusal == null;
  }

  /**
   * Records an event within the course that an evaluator looks for, kept at {@code at} in the
   * grouped events: a contact, a free choice, a plan review, an action plan clarified, a medical
   * examination, or a decision on the guarantee for a minor. Events of one type come in date order.
   */
  void record(CaseEvent event, int at) {
    switch (event.type()) {
      case CONTACT -> {
        if (firstContact == null) {
          firstContact = event.date();
        }
        contacts = extended(contacts, at);
      }
      case FREE_CHOICE -> choices = extended(choices, at);
      case PLAN_REVIEW -> reviews = extended(reviews, at);
      case ACTION_PLAN_CLARIFIED -> plans = extended(plans, at);
      case MEDICAL_EXAMINATION -> examinations = extended(examinations, at);
      case UNDER18_GUARANTEE_DECISION -> minorDecision = event;
      default -> throw new IllegalArgumentException("a course does not record a " + event.type());
    }
  }

  // A run of events in grouped: where it starts (inclusive) in the high half, where it ends
  // (exclusive) in the low half; empty where the two are equal, as the run 0 is.

  private static int from(long run) {
    return (int) (run >>> 32);
  }

  private static int to(long run) {
    return (int) run;
  }

  /** {@code run} extended by the event at {@code at}, which follows its last; a run of that event alone if it is empty. */
  private static long extended(long run, int at) {
    int from = to(run) == from(run) ? at : from(run);
    return (long) from << 32 | (at + 1);
  }

  /** Whether the course has started; its first start only counts, so a later one need not be looked at. */
  boolean hasStarted() {
    return start != null;
  }

  void started(CaseEvent event, OfferKind kind) {
    if (start == null) {
      start = event;
      startedIn = kind;
    }
  }

  void ended(CaseEvent event) {
    end = event;
  }

  void refused(CaseEvent event) {
    refusal = event;
  }
}
