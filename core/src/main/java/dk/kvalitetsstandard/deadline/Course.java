package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.standard.OfferKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One course (forløb, D0-7) of a case history: from the request that opened it to the end or the
 * refusal that closed it, with the events that fall within it. A new request after a course has
 * closed opens the next one, with its own guarantee clock, treatment plan, plan reviews,
 * action-plan clarification and medical examination.
 *
 * <p>Built by {@link CaseFacts} in one pass over the events; not shared between threads while it
 * is being built, read-only afterwards.
 */
final class Course {

  private final int number;
  private List<CaseEvent> contacts = List.of();
  private List<LocalDate> freeChoices = List.of();
  private List<LocalDate> reviews = List.of();
  private List<LocalDate> actionPlans = List.of();
  private List<LocalDate> examinations = List.of();
  private CaseEvent start;
  private OfferKind startedIn;
  private CaseEvent minorDecision;
  private CaseEvent end;
  private CaseEvent refusal;

  Course(int number) {
    this.number = number;
  }

  /** The course's number, 1 for the first. */
  int number() {
    return number;
  }

  /** The requests for treatment within the course, in date order; empty for a course opened by a start alone. */
  List<CaseEvent> contacts() {
    return contacts;
  }

  /** The date of the first contact whose channel {@code startsClock} accepts; null where there is none. */
  LocalDate firstContact(Predicate<ContactChannel> startsClock) {
    for (CaseEvent contact : contacts) {
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

  /** The first free choice within the course on or before {@code date}. */
  Optional<LocalDate> firstFreeChoiceBy(LocalDate date) {
    return freeChoices.isEmpty() || freeChoices.get(0).isAfter(date) ? Optional.empty() : Optional.of(freeChoices.get(0));
  }

  /** The first of {@code dates} (in date order) on or after {@code date}; null where there is none. */
  static LocalDate firstOnOrAfter(List<LocalDate> dates, LocalDate date) {
    for (LocalDate d : dates) {
      if (!d.isBefore(date)) {
        return d;
      }
    }
    return null;
  }

  /** Plan reviews within the course, in date order. */
  List<LocalDate> reviews() {
    return reviews;
  }

  /** Action-plan clarifications within the course, in date order. */
  List<LocalDate> actionPlans() {
    return actionPlans;
  }

  /** Medical examinations within the course, in date order. */
  List<LocalDate> examinations() {
    return examinations;
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
   * Records an event within the course that an evaluator looks for: a free choice, a plan review,
   * an action plan clarified, a medical examination, or a decision on the guarantee for a minor.
   */
  void record(CaseEvent event) {
    switch (event.type()) {
      case FREE_CHOICE -> freeChoices = added(freeChoices, event.date());
      case PLAN_REVIEW -> reviews = added(reviews, event.date());
      case ACTION_PLAN_CLARIFIED -> actionPlans = added(actionPlans, event.date());
      case MEDICAL_EXAMINATION -> examinations = added(examinations, event.date());
      case UNDER18_GUARANTEE_DECISION -> minorDecision = event;
      default -> throw new IllegalArgumentException("a course does not record a " + event.type());
    }
  }

  /** {@code list} with {@code date} added: a list is made only for a course that has such events. */
  private static List<LocalDate> added(List<LocalDate> list, LocalDate date) {
    List<LocalDate> mutable = list.isEmpty() ? new ArrayList<>(2) : list;
    mutable.add(date);
    return mutable;
  }

  void addContact(CaseEvent contact) {
    if (contacts.isEmpty()) {
      contacts = new ArrayList<>(2);
    }
    contacts.add(contact);
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
