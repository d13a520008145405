package dk.kvalitetsstandard.conformance.property;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Citizen;
import dk.kvalitetsstandard.cases.Cpr;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.cases.internal.CaseValidator;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Generates realistic case histories for one standard from a seed: one to five courses (a relapse
 * is ordinary, D0-7), each with contacts by several channels, a minor's decision, free choices,
 * examinations, a refusal or a start, plan reviews, interruptions, an ending of any status and the
 * follow-ups after it; decisions, complaints and reconsiderations. Dates fall often on or just
 * before public holidays, weekends, month ends and leap days, or 14 days, 28 days, a month or six
 * months before one, so that the deadlines they start land there; ages fall often on either side
 * of every age limit the standard names ({@link Boundaries}).
 *
 * <p>Every case it makes is valid for the standard (events in a possible order, none after
 * {@code asOf}, no identifier on an anonymous case), and the same seed always gives the same case.
 * {@link #shrink} proposes smaller valid cases: fewer events, an earlier {@code asOf}, dates pulled
 * together, plainer channels and offers, a citizen of whom less is known. {@link #show} writes a
 * case as JSON for {@code standards-cli report -}, with any CPR number masked.
 *
 * <pre>{@code
 * CaseFiles.of(standard).onTrack(Track.SOCIAL_DRUG).courses(2, 4)
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CaseFiles implements Generator<CaseFile> {

  /** The years the generated histories start in. */
  public static final int FIRST_YEAR = 2020;

  /** The last year a generated history starts in. */
  public static final int LAST_YEAR = 2030;

  private static final LocalDate EARLIEST = LocalDate.of(FIRST_YEAR, 1, 1);
  private static final int SPREAD_DAYS = (int) (LocalDate.of(LAST_YEAR, 1, 1).toEpochDay() - EARLIEST.toEpochDay());

  /** How many courses a history has unless set: relapse is ordinary, so one to five, more often few. */
  private static final int[] COURSES = {1, 1, 1, 2, 2, 2, 3, 3, 4, 5};

  private static final Map<PublicHolidays, List<LocalDate>> AWKWARD = new ConcurrentHashMap<>();

  private final QualityStandard standard;
  private final List<Track> tracks;
  private final int minCourses;
  private final int maxCourses;
  private final PublicHolidays holidays;
  private final CaseValidator validator;
  private final List<Integer> ages;

  private CaseFiles(QualityStandard standard, List<Track> tracks, int minCourses, int maxCourses, PublicHolidays holidays,
      CaseValidator validator) {
    this.standard = standard;
    this.tracks = List.copyOf(tracks);
    this.minCourses = minCourses;
    this.maxCourses = maxCourses;
    this.holidays = holidays;
    this.validator = validator;
    this.ages = List.copyOf(Boundaries.ages(standard));
  }

  /**
   * Cases under {@code standard}, on every track it covers, with the Danish public holidays.
   *
   * @param standard a valid standard
   * @return the generator
   * @throws dk.kvalitetsstandard.registry.RegistryException if the standard is not valid
   */
  public static CaseFiles of(QualityStandard standard) {
    Objects.requireNonNull(standard, "standard");
    return new CaseFiles(standard, List.copyOf(standard.tracks()), 0, 0, PublicHolidays.denmark(),
        CaseValidator.with(StandardRegistry.of(List.of(() -> standard))));
  }

  /**
   * Only cases on {@code track}.
   *
   * @param track a track the standard covers
   * @return a new generator
   */
  public CaseFiles onTrack(Track track) {
    if (!standard.covers(Objects.requireNonNull(track, "track"))) {
      throw new IllegalArgumentException(standard.municipality().name() + "'s standard does not cover " + track);
    }
    return new CaseFiles(standard, List.of(track), minCourses, maxCourses, holidays, validator);
  }

  /**
   * Histories of {@code min} to {@code max} courses, each number equally likely (the last course
   * may stay open).
   *
   * @param min at least 1
   * @param max at least {@code min}
   * @return a new generator
   */
  public CaseFiles courses(int min, int max) {
    if (min < 1 || max < min) {
      throw new IllegalArgumentException("courses from " + min + " to " + max);
    }
    return new CaseFiles(standard, tracks, min, max, holidays, validator);
  }

  /**
   * Dates drawn around the holidays of {@code calendar} rather than the Danish ones.
   *
   * @param calendar the public holidays
   * @return a new generator
   */
  public CaseFiles withHolidays(PublicHolidays calendar) {
    return new CaseFiles(standard, tracks, minCourses, maxCourses, Objects.requireNonNull(calendar, "calendar"), validator);
  }

  /** {@return the standard the cases are made for} */
  public QualityStandard standard() {
    return standard;
  }

  @Override
  public CaseFile generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Track track = tracks.get(random.nextInt(tracks.size()));
    Integer age = age(random);
    Citizen.Builder citizen = Citizen.builder().age(Optional.ofNullable(age));
    if (track != Track.ANONYMOUS_DRUG && random.nextInt(3) == 0) {
      citizen.cpr(Cpr.of(String.format("%06d%04d", 10190 + random.nextInt(800000), random.nextInt(10000))));
    }
    List<CaseEvent> events = new ArrayList<>();
    LocalDate day = random.nextInt(3) == 0 ? awkward(random, EARLIEST.plusDays(random.nextInt(SPREAD_DAYS))).minus(offset(random))
        : EARLIEST.plusDays(random.nextInt(SPREAD_DAYS));
    int courses = minCourses == 0 ? COURSES[random.nextInt(COURSES.length)]
        : minCourses + random.nextInt(maxCourses - minCourses + 1);
    for (int i = 1; i <= courses; i++) {
      LocalDate closed = course(random, events, day, track, age, i == courses);
      if (closed == null) {
        break;
      }
      // The next request comes after the course closed (D0-7), sometimes on the very next day.
      day = closed.plusDays(1 + (random.nextBoolean() ? random.nextInt(12) : random.nextInt(200)));
      if (random.nextInt(4) == 0) {
        day = awkward(random, day);
      }
    }
    decisions(random, events, last(events), track);
    LocalDate asOf = last(events).plusDays(random.nextInt(4) == 0 ? 0 : random.nextInt(500));
    CaseFile generated = CaseFile.builder().municipality(standard.municipality().slug()).asOf(asOf).track(track)
        .citizen(citizen.build()).events(shuffled(random, events)).build();
    List<?> problems = validator.problems(generated);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the generator made an invalid case for seed " + seed + ": " + problems);
    }
    return generated;
  }

  private static LocalDate last(List<CaseEvent> events) {
    return events.stream().map(CaseEvent::date).max(LocalDate::compareTo).orElseThrow();
  }

  private Integer age(SplittableRandom random) {
    int pick = random.nextInt(10);
    if (pick == 0) {
      return null;
    }
    return pick <= 4 ? ages.get(random.nextInt(ages.size())) : 14 + random.nextInt(60);
  }

  /** An awkward date on or after {@code from}, a few along. */
  private LocalDate awkward(SplittableRandom random, LocalDate from) {
    List<LocalDate> dates = AWKWARD.computeIfAbsent(holidays, h -> Boundaries.awkwardDates(FIRST_YEAR, LAST_YEAR + 2, h));
    int at = Collections.binarySearch(dates, from);
    int index = (at >= 0 ? at : -at - 1) + random.nextInt(4);
    return index < dates.size() ? dates.get(index) : from;
  }

  /** How far before an awkward date a history starts, so that a deadline it starts lands on the date. */
  private static Period offset(SplittableRandom random) {
    return switch (random.nextInt(6)) {
      case 0 -> Period.ZERO;
      case 1 -> Period.ofDays(14);
      case 2 -> Period.ofDays(28);
      case 3 -> Period.ofMonths(1);
      case 4 -> Period.ofMonths(6);
      default -> Period.ofDays(1 + random.nextInt(3));
    };
  }

  /**
   * One course from its first request: contacts, a minor's decision, a free choice, an examination,
   * then a refusal or a start with its treatment. A course that is not the last always closes (by a
   * refusal, or by a start and an end). Returns the date it closed, or null where it stays open.
   */
  private LocalDate course(SplittableRandom random, List<CaseEvent> events, LocalDate from, Track track, Integer age,
      boolean last) {
    LocalDate day = from;
    int contacts = 1 + random.nextInt(3);
    for (int i = 0; i < contacts; i++) {
      events.add(CaseEvent.contact(day, ContactChannel.values()[random.nextInt(ContactChannel.values().length)]));
      day = day.plusDays(random.nextInt(8));
    }
    if (age != null && age < 18 && random.nextBoolean()) {
      events.add(CaseEvent.under18Decision(day.plusDays(random.nextInt(10)), random.nextBoolean()));
    }
    if (random.nextInt(6) == 0) {
      events.add(CaseEvent.of(EventType.FREE_CHOICE, day.plusDays(random.nextInt(20))));
    }
    if (random.nextInt(5) == 0) {
      events.add(CaseEvent.of(EventType.MEDICAL_EXAMINATION, day.plusDays(random.nextInt(25))));
    }
    if (random.nextInt(last ? 8 : 4) == 0) {
      LocalDate refused = day.plusDays(random.nextInt(30));
      events.add(CaseEvent.decision(refused, refusalSubject(track), Outcome.REFUSED));
      return refused;
    }
    if (last && random.nextInt(4) == 0) {
      return null;
    }
    day = day.plusDays(random.nextInt(25));
    events.add(CaseEvent.treatmentStart(day, offer(random, track)));
    return treatment(random, events, day, last);
  }

  /** The subject of a decision refusing the track's treatment. */
  static ComplaintSubject refusalSubject(Track track) {
    return switch (track) {
      case SOCIAL_DRUG -> ComplaintSubject.SOCIAL_TREATMENT;
      case ANONYMOUS_DRUG -> ComplaintSubject.ANONYMOUS_TREATMENT;
      case MEDICAL_DRUG, ALCOHOL -> ComplaintSubject.HEALTH_TREATMENT;
    };
  }

  private String offer(SplittableRandom random, Track track) {
    List<Offer> offers = standard.offersOn(track);
    if (!offers.isEmpty() && random.nextBoolean()) {
      return offers.get(random.nextInt(offers.size())).id();
    }
    OfferKind[] kinds = track == Track.ANONYMOUS_DRUG ? new OfferKind[] {OfferKind.ANONYMOUS_OUTPATIENT}
        : new OfferKind[] {OfferKind.OUTPATIENT, OfferKind.DAY, OfferKind.RESIDENTIAL, OfferKind.MOVE};
    return kinds[random.nextInt(kinds.length)].name();
  }

  /** Reviews, action plan, interruptions, the end and what follows it; returns the end, or null where there is none. */
  private LocalDate treatment(SplittableRandom random, List<CaseEvent> events, LocalDate start, boolean last) {
    LocalDate day = start;
    if (random.nextBoolean()) {
      events.add(CaseEvent.of(EventType.ACTION_PLAN_CLARIFIED, start.plusDays(random.nextInt(90))));
    }
    int reviews = random.nextInt(3);
    for (int i = 0; i < reviews; i++) {
      day = day.plusDays(120 + random.nextInt(100));
      events.add(CaseEvent.of(EventType.PLAN_REVIEW, day));
    }
    if (random.nextInt(4) == 0) {
      LocalDate interrupted = start.plusDays(1 + random.nextInt(60));
      events.add(CaseEvent.of(EventType.TREATMENT_INTERRUPTED, interrupted));
      if (random.nextBoolean()) {
        events.add(CaseEvent.of(EventType.PROVIDER_NOTIFIED, interrupted.plusDays(random.nextInt(5))));
      }
    }
    if (last && random.nextInt(3) == 0) {
      return null;
    }
    day = day.plusDays(30 + random.nextInt(200));
    if (random.nextInt(4) == 0) {
      day = awkward(random, day);
    }
    EndStatus status = EndStatus.values()[random.nextInt(EndStatus.values().length)];
    events.add(CaseEvent.treatmentEnd(day, status));
    LocalDate after = day;
    int followUps = random.nextInt(3);
    for (int i = 0; i < followUps; i++) {
      after = after.plusDays(1 + random.nextInt(200));
      events.add(CaseEvent.of(random.nextInt(3) == 0 ? EventType.RELAPSE_PREVENTION_TALK : EventType.FOLLOW_UP, after));
    }
    return day;
  }

  private void decisions(SplittableRandom random, List<CaseEvent> events, LocalDate from, Track track) {
    if (random.nextInt(3) != 0) {
      return;
    }
    LocalDate first = events.stream().map(CaseEvent::date).min(LocalDate::compareTo).orElseThrow();
    LocalDate received = from.minusDays(random.nextInt(40));
    if (random.nextBoolean()) {
      // Received four weeks before an awkward date, so that the complaint limit lands on it (D0-5).
      received = awkward(random, received).minusDays(28);
    }
    if (received.isBefore(first)) {
      received = first;
    }
    ComplaintSubject subject = track == Track.ANONYMOUS_DRUG && random.nextBoolean() ? ComplaintSubject.ANONYMOUS_TREATMENT
        : ComplaintSubject.values()[random.nextInt(ComplaintSubject.values().length)];
    Outcome outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
    if (outcome == Outcome.REFUSED && subject == refusalSubject(track) && received.isBefore(from)) {
      // A refusal of the track's treatment inside the history would close a course early and split it (D0-7);
      // the courses are made by course(), so this decision only partly refuses.
      outcome = Outcome.PARTLY_GRANTED;
    }
    events.add(CaseEvent.decision(received, subject, outcome));
    if (random.nextBoolean()) {
      LocalDate complaint = received.plusDays(random.nextInt(40));
      events.add(CaseEvent.of(EventType.COMPLAINT, complaint));
      if (random.nextBoolean()) {
        events.add(CaseEvent.of(EventType.RECONSIDERED, complaint.plusDays(random.nextInt(40))));
      }
    }
  }

  private static List<CaseEvent> shuffled(SplittableRandom random, List<CaseEvent> events) {
    List<CaseEvent> copy = new ArrayList<>(events);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      CaseEvent t = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, t);
    }
    return copy;
  }

  /** Whether {@code caseFile} is valid for the standard. */
  boolean isValid(CaseFile caseFile) {
    return validator.problems(caseFile).isEmpty();
  }

  @Override
  public List<CaseFile> shrink(CaseFile value) {
    return CaseShrinker.candidates(value).stream().filter(this::isValid).toList();
  }

  /** Where a failure shows a case: as JSON for the tool, never with a CPR number. */
  @Override
  public String show(CaseFile value) {
    return withoutCpr(Json.mapper().writeValueAsString(value));
  }

  @Override
  public String shows() {
    return "the case file, ready for `standards-cli report -`";
  }

  /** Masks every CPR number: a failure is a message, and never shows one, not even a generated one. */
  static String withoutCpr(String text) {
    return text.replaceAll("\\b\\d{6}-?\\d{4}\\b", "**********");
  }

  @Override
  public String toString() {
    return "CaseFiles[" + standard.municipality() + ", " + tracks + (minCourses == 0 ? "" : ", " + minCourses + "-"
        + maxCourses + " courses") + "]";
  }
}
