package dk.kvalitetsstandard.cases.internal;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Citizen;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.problem.ProblemCode;
import dk.kvalitetsstandard.problem.internal.Problems;
import dk.kvalitetsstandard.registry.Lookup;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a case file against the contract and the municipality's standard, collecting every
 * problem with its JSON path: more than {@value #MAX_EVENTS} events, a date outside
 * {@link #EARLIEST_DATE} to {@link #LATEST_DATE}, an unknown municipality, a track the standard
 * does not cover, an age below 0 or above 130, an identifier on an anonymous case (NAT-A6), a
 * field an event's type needs or does not take, an offer that is neither an offer kind nor an offer
 * of the standard, an under-18 guarantee decision on a citizen aged 18 or more, an event after
 * {@code asOf}, and events that cannot come in that order (each such event named by its own index,
 * even where several are identical). The engine runs this check first, so a case built in Java
 * gets the same problems as one read from JSON. No message repeats a CPR number. The check takes
 * time linear in the number of events (apart from one sort). A case found valid keeps that finding
 * for the registry it was checked against ({@link CaseMemo}), so the same instance is not checked
 * again.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseValidator {

  /** The earliest date a case may name ({@link CaseFile#EARLIEST_DATE}). */
  public static final LocalDate EARLIEST_DATE = CaseFile.EARLIEST_DATE;

  /** The latest date a case may name ({@link CaseFile#LATEST_DATE}). */
  public static final LocalDate LATEST_DATE = CaseFile.LATEST_DATE;

  /** The most events a case may hold ({@link CaseFile#MAX_EVENTS}). */
  public static final int MAX_EVENTS = CaseFile.MAX_EVENTS;

  /** The field each event type needs, if any. */
  private static final Map<EventType, String> REQUIRED_FIELD = new EnumMap<>(Map.of(
      EventType.CONTACT, "channel",
      EventType.TREATMENT_START, "offer",
      EventType.TREATMENT_END, "status",
      EventType.UNDER18_GUARANTEE_DECISION, "granted",
      EventType.DECISION_RECEIVED, "subject"));

  /** For each type, the event type that must come on or before it. */
  private static final Map<EventType, EventType> MUST_FOLLOW = new EnumMap<>(Map.ofEntries(
      Map.entry(EventType.TREATMENT_START, EventType.CONTACT),
      Map.entry(EventType.FREE_CHOICE, EventType.CONTACT),
      Map.entry(EventType.PLAN_REVIEW, EventType.TREATMENT_START),
      Map.entry(EventType.ACTION_PLAN_CLARIFIED, EventType.TREATMENT_START),
      Map.entry(EventType.TREATMENT_INTERRUPTED, EventType.TREATMENT_START),
      Map.entry(EventType.PROVIDER_NOTIFIED, EventType.TREATMENT_INTERRUPTED),
      Map.entry(EventType.TREATMENT_END, EventType.TREATMENT_START),
      Map.entry(EventType.FOLLOW_UP, EventType.TREATMENT_END),
      Map.entry(EventType.RELAPSE_PREVENTION_TALK, EventType.TREATMENT_END),
      Map.entry(EventType.COMPLAINT, EventType.DECISION_RECEIVED),
      Map.entry(EventType.RECONSIDERED, EventType.COMPLAINT)));

  /** {@link #MUST_FOLLOW} by ordinal: the ordinal of the type that must come first, or -1. */
  private static final int[] MUST_FOLLOW_ORDINAL = new int[EventType.values().length];

  static {
    if (EventType.values().length > Integer.SIZE) {
      throw new AssertionError("the types seen are kept as the bits of an int");
    }
    Arrays.fill(MUST_FOLLOW_ORDINAL, -1);
    MUST_FOLLOW.forEach((type, before) -> MUST_FOLLOW_ORDINAL[type.ordinal()] = before.ordinal());
  }

  private final StandardRegistry registry;

  private CaseValidator(StandardRegistry registry) {
    this.registry = registry;
  }

  /**
   * Obtains a validator that looks municipalities up in a registry.
   *
   * @param registry the registry that holds the municipalities' standards, not null
   * @return the validator, not null
   */
  public static CaseValidator with(StandardRegistry registry) {
    return new CaseValidator(registry);
  }

  /**
   * Checks a case file, failing if it has any problem.
   *
   * @param caseFile the case file to check, not null
   * @return {@code caseFile} itself, when it has no problem
   * @throws InvalidCaseException naming every problem that {@link #problems} finds
   */
  public CaseFile requireValid(CaseFile caseFile) {
    requireValidLookup(caseFile);
    return caseFile;
  }

  /**
   * Checks a case file, failing if it has any problem, and gives the standard its municipality
   * applies to it: the one found for the date of its first event, or {@code asOf} where it has
   * none. A valid case is checked in one pass that allocates nothing beyond the look-up, and
   * once per instance: what the check found is kept with the case. Only a case that fails that
   * pass is checked again by {@link #problems}, which names every problem.
   *
   * @param caseFile the case file to check, not null
   * @return the standard found for the case and how it relates to that date, not null
   * @throws InvalidCaseException naming every problem that {@link #problems} finds
   */
  public Lookup requireValidLookup(CaseFile caseFile) {
    Lookup lookup = checkedLookup(caseFile);
    if (lookup != null) {
      return lookup;
    }
    List<Problem> problems = allProblems(caseFile);
    if (!problems.isEmpty()) {
      throw new InvalidCaseException(problems);
    }
    return registry.find(caseFile.municipality(), caseFile.firstEventDate().orElse(caseFile.asOf()));
  }

  /** What a check found valid: the registry it was checked against and the standard found. */
  private record Checked(StandardRegistry registry, Lookup lookup) {}

  /**
   * The look-up of a case that has none of the problems {@link #problems} finds, as this
   * validator's registry gives it, recorded in the case ({@link CaseMemo}) so that the same
   * instance is not checked again; null where it may have a problem.
   */
  private Lookup checkedLookup(CaseFile caseFile) {
    if (CaseMemo.get(caseFile) instanceof Checked checked && checked.registry() == registry) {
      return checked.lookup();
    }
    Lookup lookup = lookupIfValid(caseFile);
    if (lookup != null) {
      CaseMemo.set(caseFile, new Checked(registry, lookup));
    }
    return lookup;
  }

  /**
   * The look-up of a case that has none of the problems {@link #problems} finds; null where it may
   * have one. Checks the same things in the same terms, without naming them.
   */
  Lookup lookupIfValid(CaseFile caseFile) {
    List<CaseEvent> events = caseFile.events();
    int count = events.size();
    LocalDate asOf = caseFile.asOf();
    if (count > MAX_EVENTS || !within(asOf) || !registry.knows(caseFile.municipality())) {
      return null;
    }
    List<CaseEvent> chronological = caseFile.chronological();
    LocalDate first = count == 0 ? asOf : chronological.get(0).date();
    if (!within(first)) {
      return null;
    }
    Lookup lookup = registry.find(caseFile.municipality(), first);
    QualityStandard standard = lookup.standard();
    Citizen citizen = caseFile.citizen();
    Integer age = citizen.age().orElse(null);
    boolean anonymous = caseFile.track() == Track.ANONYMOUS_DRUG;
    if (!standard.covers(caseFile.track()) || age != null && (age < 0 || age > 130)
        || anonymous && (citizen.cpr().isPresent() || citizen.name().isPresent())) {
      return null;
    }
    int seen = 0;
    for (int i = 0; i < count; i++) {
      CaseEvent event = chronological.get(i);
      EventType type = event.type();
      int before = MUST_FOLLOW_ORDINAL[type.ordinal()];
      boolean wellFormed = given(event) == TAKES[type.ordinal()] && within(event.date()) && !event.date().isAfter(asOf)
          && (before < 0 || (seen & 1 << before) != 0)
          && (type != EventType.UNDER18_GUARANTEE_DECISION || age == null || age < 18)
          && (event.offer().isEmpty() || standard.offerKind(event.offer().get()).isPresent());
      if (!wellFormed) {
        return null;
      }
      seen |= 1 << type.ordinal();
    }
    return lookup;
  }

  private static boolean within(LocalDate date) {
    return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
  }

  /**
   * Finds every problem of a case file. A case with more than {@value #MAX_EVENTS} events gets that
   * one problem and is not checked further.
   *
   * @param caseFile the case file to check, not null
   * @return every problem, ordered by path; empty when the case file is valid
   */
  public List<Problem> problems(CaseFile caseFile) {
    return checkedLookup(caseFile) != null ? List.of() : allProblems(caseFile);
  }

  /**
   * Every problem of a case file, each named with its path: the full check, which {@link #problems}
   * makes of a case the one-pass check did not pass.
   */
  List<Problem> allProblems(CaseFile caseFile) {
    List<Problem> problems = new ArrayList<>();
    if (caseFile.events().size() > MAX_EVENTS) {
      return List.of(Problems.variant("events", ProblemCode.TOO_MANY_ENTRIES, "events", MAX_EVENTS,
          caseFile.events().size()));
    }
    inRange(caseFile.asOf(), "asOf", problems);
    for (int i = 0; i < caseFile.events().size(); i++) {
      LocalDate date = caseFile.events().get(i).date();
      if (!within(date)) {
        inRange(date, "events[" + i + "].date", problems);
      }
    }
    Optional<QualityStandard> standard = standard(caseFile, problems);
    citizen(caseFile, problems);
    for (int i = 0; i < caseFile.events().size(); i++) {
      event(caseFile, i, standard, problems);
    }
    if (!inOrder(caseFile)) {
      order(caseFile, problems);
    }
    return problems.isEmpty() ? List.of() : problems.stream().sorted().toList();
  }

  /**
   * Checks whether a date lies in the dates a case may name, {@link #EARLIEST_DATE} to {@link
   * #LATEST_DATE}, and adds a problem if it does not.
   *
   * @param date the date to check, not null
   * @param path the JSON path the problem is reported at
   * @param problems the list the problem is added to, not null and modifiable
   * @return true if the date is in range; false if a problem was added
   */
  public static boolean inRange(LocalDate date, String path, List<Problem> problems) {
    if (!within(date)) {
      problems.add(Problems.of(path, ProblemCode.DATE_OUT_OF_RANGE, Problem.quote(date.toString()), EARLIEST_DATE,
          LATEST_DATE));
      return false;
    }
    return true;
  }

  /**
   * Moves a date into the dates a case may name, for look-ups that must not fail on a date already
   * reported.
   *
   * @param date the date, not null
   * @return {@link #EARLIEST_DATE} if {@code date} is before it, {@link #LATEST_DATE} if after it,
   *     else {@code date} itself
   */
  public static LocalDate clamp(LocalDate date) {
    return date.isBefore(EARLIEST_DATE) ? EARLIEST_DATE : date.isAfter(LATEST_DATE) ? LATEST_DATE : date;
  }

  private Optional<QualityStandard> standard(CaseFile caseFile, List<Problem> problems) {
    if (!registry.knows(caseFile.municipality())) {
      problems.add(Problems.of("municipality", ProblemCode.UNKNOWN_MUNICIPALITY, Problem.quote(caseFile.municipality()),
          registry.municipalities().stream().map(m -> m.slug() + " (" + m.code() + ")").collect(Collectors.joining(", "))));
      return Optional.empty();
    }
    QualityStandard standard = registry.find(caseFile.municipality(),
        clamp(caseFile.firstEventDate().orElse(caseFile.asOf()))).standard();
    if (!standard.covers(caseFile.track())) {
      problems.add(Problems.of("track", ProblemCode.TRACK_NOT_COVERED, standard.municipality().name(), caseFile.track(),
          caseFile.track().legalBasis(clamp(caseFile.asOf()), null).citation(),
          standard.tracks().stream().map(Track::name).collect(Collectors.joining(", "))));
    }
    return Optional.of(standard);
  }

  private static void citizen(CaseFile caseFile, List<Problem> problems) {
    Citizen citizen = caseFile.citizen();
    citizen.age().filter(a -> a < 0)
        .ifPresent(a -> problems.add(Problems.variant("citizen.age", ProblemCode.AGE_OUT_OF_RANGE, "negative", a)));
    citizen.age().filter(a -> a > 130)
        .ifPresent(a -> problems.add(Problems.variant("citizen.age", ProblemCode.AGE_OUT_OF_RANGE, "implausible", a)));
    if (caseFile.track() == Track.ANONYMOUS_DRUG) {
      citizen.cpr().ifPresent(c -> problems.add(Problems.variant("citizen.cpr", ProblemCode.IDENTIFIES_ANONYMOUS_CITIZEN, "cpr")));
      citizen.name().ifPresent(n -> problems.add(Problems.variant("citizen.name", ProblemCode.IDENTIFIES_ANONYMOUS_CITIZEN, "name")));
    }
  }

  /** The fields given, one bit each in the order of {@link #FIELDS}. */
  private static int given(CaseEvent event) {
    return (event.channel().isPresent() ? 1 : 0) | (event.offer().isPresent() ? 2 : 0) | (event.status().isPresent() ? 4 : 0)
        | (event.granted().isPresent() ? 8 : 0) | (event.subject().isPresent() ? 16 : 0) | (event.outcome().isPresent() ? 32 : 0);
  }

  private static final List<String> FIELDS = List.of("channel", "offer", "status", "granted", "subject", "outcome");

  /** The fields each type takes, as the bits of {@link #given}. */
  private static final int[] TAKES = new int[EventType.values().length];

  static {
    for (EventType type : EventType.values()) {
      for (String field : fieldsOf(type)) {
        TAKES[type.ordinal()] |= 1 << FIELDS.indexOf(field);
      }
    }
  }

  private static void event(CaseFile caseFile, int index, Optional<QualityStandard> standard, List<Problem> problems) {
    CaseEvent event = caseFile.events().get(index);
    boolean fieldsRight = given(event) == TAKES[event.type().ordinal()];
    boolean quick = fieldsRight && !event.date().isAfter(caseFile.asOf())
        && event.type() != EventType.UNDER18_GUARANTEE_DECISION && offerKnown(event, standard);
    if (quick) {
      return;
    }
    String path = "events[" + index + "]";
    if (event.date().isAfter(caseFile.asOf())) {
      problems.add(Problems.variant(path + ".date", ProblemCode.AFTER_AS_OF, "event", event.date(), caseFile.asOf()));
    }
    Map<String, Boolean> given = Map.of(
        "channel", event.channel().isPresent(), "offer", event.offer().isPresent(), "status", event.status().isPresent(),
        "granted", event.granted().isPresent(), "subject", event.subject().isPresent(), "outcome", event.outcome().isPresent());
    Set<String> allowed = fieldsOf(event.type());
    for (String field : allowed) {
      if (!given.get(field)) {
        problems.add(Problems.variant(path + "." + field, ProblemCode.REQUIRED, "event-field", event.type(), field));
      }
    }
    given.entrySet().stream().filter(e -> e.getValue() && !allowed.contains(e.getKey())).map(Map.Entry::getKey).sorted()
        .forEach(field -> problems.add(Problems.variant(path + "." + field, ProblemCode.FIELD_NOT_TAKEN, "event", event.type(), field)));
    if (event.type() == EventType.UNDER18_GUARANTEE_DECISION && caseFile.citizen().age().filter(a -> a >= 18).isPresent()) {
      problems.add(Problems.of(path + ".type", ProblemCode.UNDER18_DECISION_FOR_ADULT, caseFile.citizen().age().get()));
    }
    event.offer().ifPresent(offer -> standard.ifPresent(s -> {
      if (s.offerKind(offer).isEmpty()) {
        problems.add(unknownOffer(path + ".offer", offer, s));
      }
    }));
  }

  /**
   * The problem of an offer that is neither an offer kind nor an offer of the standard, listing both.
   *
   * @param path where the offer is named
   * @param offer the offer as named
   * @param standard the municipality's standard
   * @return the problem
   */
  public static Problem unknownOffer(String path, String offer, QualityStandard standard) {
    return Problems.of(path, ProblemCode.UNKNOWN_OFFER, Problem.quote(offer),
        Arrays.stream(OfferKind.values()).map(Enum::name).collect(Collectors.joining(", ")), standard.municipality().name(),
        standard.offers().stream().map(Offer::id).collect(Collectors.joining(", ")));
  }

  /** Whether the event names no offer, or one the standard knows; any offer where the standard is unknown. */
  private static boolean offerKnown(CaseEvent event, Optional<QualityStandard> standard) {
    Optional<String> offer = event.offer();
    return offer.isEmpty() || standard.isEmpty() || standard.get().offerKind(offer.get()).isPresent();
  }

  private static Set<String> fieldsOf(EventType type) {
    if (type == EventType.DECISION_RECEIVED) {
      return Set.of("subject", "outcome");
    }
    String field = REQUIRED_FIELD.get(type);
    return field == null ? Set.of() : Set.of(field);
  }

  /**
   * Whether every event that needs an earlier one has it, read in date order. Since each type that
   * must come first also sorts first on the same day, one pass over the events in date order with
   * the types seen so far decides it without a single allocation beyond the set; only a case that
   * fails goes on to {@link #order}, which names each offending event by its index.
   */
  private static boolean inOrder(CaseFile caseFile) {
    Set<EventType> seen = EnumSet.noneOf(EventType.class);
    for (CaseEvent event : caseFile.chronological()) {
      EventType before = MUST_FOLLOW.get(event.type());
      if (before != null && !seen.contains(before)) {
        return false;
      }
      seen.add(event.type());
    }
    return true;
  }

  /**
   * Each event whose type needs an earlier one ({@link #MUST_FOLLOW}) that came neither before it
   * nor on the same day. One sort and one pass; each offending event is named by its own index.
   */
  private static void order(CaseFile caseFile, List<Problem> problems) {
    List<CaseEvent> events = caseFile.events();
    Map<LocalDate, Set<EventType>> typesOn = new HashMap<>();
    for (CaseEvent event : events) {
      typesOn.computeIfAbsent(event.date(), d -> EnumSet.noneOf(EventType.class)).add(event.type());
    }
    Integer[] byDate = new Integer[events.size()];
    Arrays.setAll(byDate, i -> i);
    Arrays.sort(byDate, Comparator.comparing((Integer i) -> events.get(i), CaseFile.CHRONOLOGICAL));
    Set<EventType> seen = EnumSet.noneOf(EventType.class);
    for (int index : byDate) {
      CaseEvent event = events.get(index);
      EventType before = MUST_FOLLOW.get(event.type());
      if (before != null && !seen.contains(before) && !typesOn.get(event.date()).contains(before)) {
        problems.add(Problems.of("events[" + index + "]", ProblemCode.OUT_OF_ORDER, event.type(), event.date(), before));
      }
      seen.add(event.type());
    }
  }
}
