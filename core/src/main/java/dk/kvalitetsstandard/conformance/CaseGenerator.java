package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Citizen;
import dk.kvalitetsstandard.cases.Cpr;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Generates realistic case histories for a standard from a seed: contacts by several channels,
 * free choices, starts, plan reviews, interruptions, endings of every status, follow-ups,
 * decisions and complaints, with dates that often fall on month ends, leap days, around Easter and
 * Christmas, and on Store Bededag before and after its abolition. Every case it makes is valid
 * for the standard (events in a possible order, none after {@code asOf}, no identifier on an
 * anonymous case). The same seed always gives the same case. Immutable and thread-safe.
 */
public final class CaseGenerator {

  /** Dates that test calendar arithmetic: month ends, leap days, Easter, Store Bededag, Christmas. */
  private static final List<LocalDate> AWKWARD = List.of(
      LocalDate.of(2023, 1, 31), LocalDate.of(2024, 1, 31), LocalDate.of(2026, 1, 31), LocalDate.of(2023, 4, 7),
      LocalDate.of(2023, 5, 5), LocalDate.of(2024, 4, 26), LocalDate.of(2024, 2, 29), LocalDate.of(2026, 4, 2),
      LocalDate.of(2026, 3, 31), LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 5, 14),
      LocalDate.of(2022, 8, 31), LocalDate.of(2025, 5, 31));

  private static final LocalDate EARLIEST = LocalDate.of(2022, 1, 1);

  /** How many courses a history has: relapse is ordinary, so one to five, more often few. */
  private static final int[] COURSES = {1, 1, 1, 2, 2, 2, 3, 3, 4, 5};

  private final QualityStandard standard;

  private CaseGenerator(QualityStandard standard) {
    this.standard = Objects.requireNonNull(standard, "standard");
  }

  /** A generator of cases under {@code standard}. */
  public static CaseGenerator forStandard(QualityStandard standard) {
    return new CaseGenerator(standard);
  }

  /** The case for {@code seed}. */
  public CaseFile generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Track> tracks = List.copyOf(standard.tracks());
    Track track = tracks.get(random.nextInt(tracks.size()));
    Integer age = random.nextInt(10) == 0 ? null : 14 + random.nextInt(60);
    Citizen.Builder citizen = Citizen.builder().age(java.util.Optional.ofNullable(age));
    if (track != Track.ANONYMOUS_DRUG && random.nextInt(3) == 0) {
      citizen.cpr(Cpr.of(String.format("%06d%04d", 10190 + random.nextInt(800000), random.nextInt(10000))));
    }
    List<CaseEvent> events = new ArrayList<>();
    LocalDate day = random.nextInt(3) == 0 ? AWKWARD.get(random.nextInt(AWKWARD.size()))
        : EARLIEST.plusDays(random.nextInt(5 * 365));
    int courses = COURSES[random.nextInt(COURSES.length)];
    for (int i = 1; i <= courses; i++) {
      LocalDate closed = course(random, events, day, track, age, i == courses);
      if (closed == null) {
        break;
      }
      // The next request comes after the course closed (D0-7), sometimes on the very next day.
      day = closed.plusDays(1 + (random.nextBoolean() ? random.nextInt(12) : random.nextInt(200)));
    }
    decisions(random, events, events.stream().map(CaseEvent::date).max(LocalDate::compareTo).orElseThrow(), track);
    LocalDate last = events.stream().map(CaseEvent::date).max(LocalDate::compareTo).orElseThrow();
    LocalDate asOf = last.plusDays(random.nextInt(4) == 0 ? 0 : random.nextInt(500));
    return CaseFile.builder().municipality(standard.municipality().slug()).asOf(asOf).track(track)
        .citizen(citizen.build()).events(shuffled(random, events)).build();
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

  private static ComplaintSubject refusalSubject(Track track) {
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

  private static void decisions(SplittableRandom random, List<CaseEvent> events, LocalDate from, Track track) {
    if (random.nextInt(3) != 0) {
      return;
    }
    LocalDate received = from.minusDays(random.nextInt(40));
    LocalDate first = events.stream().map(CaseEvent::date).min(LocalDate::compareTo).orElseThrow();
    if (received.isBefore(first)) {
      received = first;
    }
    ComplaintSubject subject = track == Track.ANONYMOUS_DRUG && random.nextBoolean() ? ComplaintSubject.ANONYMOUS_TREATMENT
        : ComplaintSubject.values()[random.nextInt(ComplaintSubject.values().length)];
    Outcome outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
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
}
