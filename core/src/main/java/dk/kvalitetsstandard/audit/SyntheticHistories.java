package dk.kvalitetsstandard.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Citizen;
import dk.kvalitetsstandard.cases.Cpr;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.Municipality;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes synthetic case histories, one case file per line, for tests, benchmarks and
 * demonstrations of an audit. They are made up from a seed and describe no one: every municipality
 * of the registry equally often, every track its standard covers, one to five courses with the
 * ordinary relapse (D0-7), sometimes within days of the previous end (which the register merges,
 * D0-8), realistic waits to start (most within the 14 days, a tail beyond; each municipality's
 * waits differ a little), free choices, refusals, minors, drop-outs, follow-ups, complaints, and
 * courses still waiting or running on the date of the extract. A small share of lines is bad in one
 * of the ways a real extract can be ({@link Defect}). CPR numbers, where a case has one, begin with
 * day 00, which no real CPR number has.
 *
 * <p>The same seed and line number always give the same line, whatever else is written, so a test
 * can ask which lines are bad. This class is immutable and thread-safe.
 */
public final class SyntheticHistories {

  /** The date of the made-up extract: every case file is reported on it, and nothing happens after it. */
  public static final LocalDate EXTRACTED = LocalDate.of(2026, 11, 30);

  /** The share of bad lines unless told otherwise: 0.4 %. */
  public static final double DEFAULT_BAD_SHARE = 0.004;

  /** How many lines are made at once by {@link #write}. */
  private static final int BLOCK = 8192;

  private static final LocalDate FIRST_REQUEST = LocalDate.of(2022, 1, 1);

  /** How many courses a history has, one entry per 20 histories: mostly one, often two, up to five. */
  private static final int[] COURSES = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 4, 5};

  /** The shared mapper's JSON on one line, fields that are absent left out (as a case tool would write them). */
  private static final ObjectWriter ONE_LINE = Json.mapper().rebuild()
      .changeDefaultPropertyInclusion(include -> include.withValueInclusion(JsonInclude.Include.NON_ABSENT))
      .build().writer().without(SerializationFeature.INDENT_OUTPUT);

  /** How a bad line is bad. */
  public enum Defect {
    /** The line breaks off in the middle of the JSON. */
    MALFORMED_JSON,
    /** The line is not JSON at all. */
    NOT_JSON,
    /** The last event's date does not exist (29 February 2025). */
    IMPOSSIBLE_DATE,
    /** A field the case format does not know. */
    UNKNOWN_FIELD,
    /** A municipality with no standard. */
    UNKNOWN_MUNICIPALITY,
    /** A track the municipality's standard does not cover (or, where it covers all, an unknown municipality). */
    TRACK_NOT_COVERED,
    /** An anonymous (§ 101 a) case that carries a CPR number (NAT-A6). */
    IDENTIFIED_ANONYMOUS,
    /** A start of treatment before any request. */
    START_BEFORE_REQUEST,
    /** A negative age. */
    NEGATIVE_AGE,
    /** An event after the date the case is reported on. */
    EVENT_AFTER_AS_OF
  }

  /**
   * One line of a synthetic file.
   *
   * @param number the line number, from 1
   * @param json the line, without its line feed
   * @param defect how it is bad, if it is
   */
  public record Line(long number, String json, Optional<Defect> defect) {}

  private final StandardRegistry registry;
  private final List<Municipality> municipalities;
  private final LocalDate extracted;
  private final double badShare;

  private SyntheticHistories(StandardRegistry registry, LocalDate extracted, double badShare) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.municipalities = registry.municipalities();
    if (municipalities.isEmpty()) {
      throw new IllegalArgumentException("the registry knows no municipality");
    }
    this.extracted = Objects.requireNonNull(extracted, "extracted");
    if (!(badShare >= 0 && badShare <= 1)) {
      throw new IllegalArgumentException("the share of bad lines lies between 0 and 1: " + badShare);
    }
    this.badShare = badShare;
  }

  /**
   * Obtains histories in the municipalities of a registry, extracted on {@link #EXTRACTED}, with
   * {@link #DEFAULT_BAD_SHARE} of the lines bad.
   *
   * @param registry the registry whose municipalities and standards the histories use, not null
   * @return the histories
   * @throws NullPointerException if {@code registry} is null
   * @throws IllegalArgumentException if the registry knows no municipality
   */
  public static SyntheticHistories of(StandardRegistry registry) {
    return new SyntheticHistories(registry, EXTRACTED, DEFAULT_BAD_SHARE);
  }

  /**
   * Returns a copy of these histories with another share of bad lines.
   *
   * @param share the share of bad lines, from 0 to 1
   * @return these histories with {@code share} of the lines bad
   * @throws IllegalArgumentException if {@code share} is not between 0 and 1
   */
  public SyntheticHistories withBadShare(double share) {
    return new SyntheticHistories(registry, extracted, share);
  }

  /**
   * Returns a copy of these histories extracted on another date: every case file is reported on it,
   * nothing happens after it, and requests are made from 1 January 2022 on.
   *
   * @param date the date of the extract, after 1 January 2022; not null
   * @return these histories extracted on {@code date}
   * @throws IllegalArgumentException if {@code date} is not after 1 January 2022
   */
  public SyntheticHistories extractedOn(LocalDate date) {
    if (!date.isAfter(FIRST_REQUEST)) {
      throw new IllegalArgumentException("an extract comes after " + FIRST_REQUEST + ": " + date);
    }
    return new SyntheticHistories(registry, date, badShare);
  }

  /**
   * Writes {@code lines} lines for {@code seed}, each followed by a line feed. The lines are made in
   * parallel, a block at a time, and written in order; {@code out} is flushed, not closed.
   *
   * @param out where to write the lines, not null
   * @param lines how many lines to write; none if less than 1
   * @param seed the seed the lines are made from
   * @return how many of them are bad
   * @throws IOException if writing to {@code out} fails
   */
  public long write(Writer out, long lines, long seed) throws IOException {
    long bad = 0;
    for (long from = 1; from <= lines; from += BLOCK) {
      List<Line> block = LongStream.range(from, Math.min(lines + 1, from + BLOCK)).parallel()
          .mapToObj(n -> line(seed, n)).toList();
      for (Line line : block) {
        out.write(line.json());
        out.write('\n');
        bad += line.defect().isPresent() ? 1 : 0;
      }
    }
    out.flush();
    return bad;
  }

  /**
   * Makes one line of the file for a seed.
   *
   * @param seed the seed the file is made from
   * @param number the line number, from 1
   * @return line {@code number} of the file for {@code seed}, the same on every call
   */
  public Line line(long seed, long number) {
    SplittableRandom random = random(seed, number);
    boolean bad = random.nextDouble() < badShare;
    CaseFile history = history(random);
    if (!bad) {
      return new Line(number, ONE_LINE.writeValueAsString(history), Optional.empty());
    }
    Defect defect = Defect.values()[random.nextInt(Defect.values().length)];
    return new Line(number, spoil(history, defect, random, number), Optional.of(defect));
  }

  /**
   * Makes the valid history behind one line of the file for a seed; a bad line spoils it.
   *
   * @param seed the seed the file is made from
   * @param number the line number, from 1
   * @return the history behind line {@code number} for {@code seed}
   */
  public CaseFile history(long seed, long number) {
    SplittableRandom random = random(seed, number);
    random.nextDouble();
    return history(random);
  }

  /** A generator for one line, from the seed and the line number alone (SplitMix64's mixing). */
  private static SplittableRandom random(long seed, long number) {
    long z = seed + number * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new SplittableRandom(z ^ (z >>> 31));
  }

  // ------------------------------------------------------------------------------------ histories

  private CaseFile history(SplittableRandom random) {
    Municipality municipality = municipalities.get(random.nextInt(municipalities.size()));
    long span = ChronoUnit.DAYS.between(FIRST_REQUEST, extracted);
    LocalDate day = FIRST_REQUEST.plusDays(random.nextLong(span));
    QualityStandard standard = registry.find(municipality.slug(), day).standard();
    Track track = track(random, standard.tracks());
    int age = track == Track.ANONYMOUS_DRUG ? 18 + random.nextInt(40)
        : random.nextInt(30) == 0 ? 15 + random.nextInt(3) : 18 + random.nextInt(55);
    Citizen.Builder citizen = Citizen.builder().age(age);
    if (track != Track.ANONYMOUS_DRUG && random.nextInt(10) < 7) {
      citizen.cpr(Cpr.of(String.format("00%02d%02d%04d", 1 + random.nextInt(12), random.nextInt(100), random.nextInt(10_000))));
    }
    // Each municipality waits a little differently (a made-up profile from its code), and waits grow slowly over the years.
    double municipalWait = 0.8 + 0.1 * Math.floorMod(municipality.code().hashCode(), 6);
    List<CaseEvent> events = new ArrayList<>();
    int courses = COURSES[random.nextInt(COURSES.length)];
    for (int i = 1; i <= courses && !day.isAfter(extracted); i++) {
      LocalDate closed = course(random, events, day, standard, track, age, municipalWait);
      if (closed == null) {
        break;
      }
      int gap = random.nextInt(100);
      day = closed.plusDays(gap < 15 ? 1 + random.nextInt(10) : gap < 25 ? 11 + random.nextInt(20) : 31 + random.nextInt(470));
    }
    List<CaseEvent> happened = events.stream().filter(e -> !e.date().isAfter(extracted)).toList();
    return CaseFile.builder().municipality(random.nextInt(4) == 0 ? municipality.code() : municipality.slug())
        .asOf(extracted).track(track).citizen(citizen.build()).events(happened).build();
  }

  private static Track track(SplittableRandom random, Set<Track> covered) {
    // Social drug treatment is the most common request, then alcohol, substitution, anonymous treatment.
    int[] weights = {55, 10, 15, 20};
    Track[] tracks = {Track.SOCIAL_DRUG, Track.ANONYMOUS_DRUG, Track.MEDICAL_DRUG, Track.ALCOHOL};
    int total = 0;
    for (int i = 0; i < tracks.length; i++) {
      total += covered.contains(tracks[i]) ? weights[i] : 0;
    }
    int pick = random.nextInt(total);
    for (int i = 0; i < tracks.length; i++) {
      if (covered.contains(tracks[i])) {
        pick -= weights[i];
        if (pick < 0) {
          return tracks[i];
        }
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /**
   * One course from its request on {@code day}: contacts, perhaps a minor's decision, a free choice,
   * a medical examination, then a refusal, or a start after a realistic wait, treatment, an end and
   * follow-ups. Returns the date the course closed, or null where it is still open or the history
   * ends with it.
   */
  private LocalDate course(SplittableRandom random, List<CaseEvent> events, LocalDate day, QualityStandard standard,
      Track track, int age, double municipalWait) {
    ContactChannel first = channel(random);
    events.add(CaseEvent.contact(day, first));
    LocalDate clock = day;
    if (first == ContactChannel.VIA_PROVIDER && random.nextInt(10) < 7) {
      clock = day.plusDays(1 + random.nextInt(5));
      events.add(CaseEvent.contact(clock, random.nextBoolean() ? ContactChannel.PHONE : ContactChannel.IN_PERSON));
    } else if (random.nextInt(10) < 3) {
      events.add(CaseEvent.contact(day.plusDays(1 + random.nextInt(7)), ContactChannel.IN_PERSON));
    }
    if (age < 18 && random.nextInt(10) < 7) {
      events.add(CaseEvent.under18Decision(day.plusDays(1 + random.nextInt(10)), random.nextInt(10) < 8));
    }
    if (random.nextInt(25) == 0) {
      LocalDate refused = day.plusDays(3 + random.nextInt(18));
      events.add(CaseEvent.decision(refused, refusalSubject(track), Outcome.REFUSED));
      if (random.nextInt(10) < 4) {
        LocalDate complaint = refused.plusDays(1 + random.nextInt(35));
        events.add(CaseEvent.of(EventType.COMPLAINT, complaint));
        if (random.nextInt(10) < 6) {
          events.add(CaseEvent.of(EventType.RECONSIDERED, complaint.plusDays(3 + random.nextInt(30))));
        }
      }
      return refused;
    }
    if (random.nextInt(20) == 0) {
      events.add(CaseEvent.of(EventType.FREE_CHOICE, clock.plusDays(1 + random.nextInt(10))));
    }
    LocalDate start = clock.plusDays(wait(random, municipalWait, day.getYear(), track));
    if (standard.deadlines().stream().anyMatch(r -> r.kind() == DeadlineKind.MEDICAL_EXAMINATION)
        && random.nextInt(10) < 7) {
      events.add(CaseEvent.of(EventType.MEDICAL_EXAMINATION, clock.plusDays(random.nextInt(
          (int) Math.max(1, ChronoUnit.DAYS.between(clock, start)) + 1))));
    }
    if (start.isAfter(extracted)) {
      return null; // still waiting on the day of the extract
    }
    OfferKind offer = offer(random, track);
    events.add(CaseEvent.treatmentStart(start, offer.name()));
    return treatment(random, events, start, offer);
  }

  /** Days from the request that starts the clock to the start: log-normal, median about nine days, one in five beyond 14. */
  private static int wait(SplittableRandom random, double municipalWait, int year, Track track) {
    double median = 8.5 * municipalWait * (1 + 0.04 * (year - 2022)) * (track == Track.MEDICAL_DRUG ? 0.8 : 1.0);
    double days = median * Math.exp(0.55 * gaussian(random));
    return (int) Math.max(0, Math.min(180, Math.round(days)));
  }

  /** A standard normal variate (Box-Muller). */
  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  private static ContactChannel channel(SplittableRandom random) {
    int pick = random.nextInt(100);
    return pick < 45 ? ContactChannel.PHONE : pick < 70 ? ContactChannel.IN_PERSON : pick < 90 ? ContactChannel.DIGITAL
        : ContactChannel.VIA_PROVIDER;
  }

  private static OfferKind offer(SplittableRandom random, Track track) {
    return switch (track) {
      case ANONYMOUS_DRUG -> OfferKind.ANONYMOUS_OUTPATIENT;
      case MEDICAL_DRUG -> OfferKind.SUBSTITUTION;
      case ALCOHOL -> random.nextInt(10) < 8 ? OfferKind.OUTPATIENT : random.nextBoolean() ? OfferKind.DAY : OfferKind.RESIDENTIAL;
      case SOCIAL_DRUG -> {
        int pick = random.nextInt(20);
        yield pick < 12 ? OfferKind.OUTPATIENT : pick < 15 ? OfferKind.DAY : pick < 18 ? OfferKind.RESIDENTIAL : OfferKind.MOVE;
      }
    };
  }

  private static ComplaintSubject refusalSubject(Track track) {
    return switch (track) {
      case SOCIAL_DRUG -> ComplaintSubject.SOCIAL_TREATMENT;
      case ANONYMOUS_DRUG -> ComplaintSubject.ANONYMOUS_TREATMENT;
      case MEDICAL_DRUG, ALCOHOL -> ComplaintSubject.HEALTH_TREATMENT;
    };
  }

  /** Plan reviews, an action plan, an interruption, the end and the follow-ups; returns the end, or null where none. */
  private LocalDate treatment(SplittableRandom random, List<CaseEvent> events, LocalDate start, OfferKind offer) {
    int length = (int) Math.max(14, Math.round(110 * Math.exp(0.7 * gaussian(random))));
    LocalDate end = start.plusDays(length);
    if (random.nextBoolean()) {
      LocalDate clarified = start.plusDays(14 + random.nextInt(60));
      events.add(CaseEvent.of(EventType.ACTION_PLAN_CLARIFIED, clarified.isAfter(end) ? end : clarified));
    }
    for (LocalDate review = start.plusDays(150 + random.nextInt(40)); review.isBefore(end);
        review = review.plusDays(150 + random.nextInt(40))) {
      events.add(CaseEvent.of(EventType.PLAN_REVIEW, review));
    }
    if (offer == OfferKind.RESIDENTIAL && random.nextInt(5) == 0) {
      LocalDate interrupted = start.plusDays(1 + random.nextInt(Math.max(1, length - 1)));
      events.add(CaseEvent.of(EventType.TREATMENT_INTERRUPTED, interrupted));
      events.add(CaseEvent.of(EventType.PROVIDER_NOTIFIED, interrupted.plusDays(random.nextInt(4))));
    }
    if (end.isAfter(extracted)) {
      return null; // still in treatment on the day of the extract
    }
    EndStatus status = endStatus(random);
    events.add(CaseEvent.treatmentEnd(end, status));
    if (status != EndStatus.DROPPED_OUT && status != EndStatus.DECEASED) {
      if (random.nextInt(10) < 7) {
        events.add(CaseEvent.of(EventType.FOLLOW_UP, end.plusDays(25 + random.nextInt(10))));
      }
      if (random.nextInt(10) < 5) {
        events.add(CaseEvent.of(EventType.FOLLOW_UP, end.plusDays(175 + random.nextInt(15))));
      }
      if (status == EndStatus.COMPLETED && random.nextInt(10) < 3) {
        events.add(CaseEvent.of(EventType.RELAPSE_PREVENTION_TALK, end.plusDays(30 + random.nextInt(300))));
      }
    }
    return status == EndStatus.DECEASED ? null : end;
  }

  private static EndStatus endStatus(SplittableRandom random) {
    int pick = random.nextInt(100);
    return pick < 45 ? EndStatus.COMPLETED : pick < 70 ? EndStatus.DROPPED_OUT : pick < 82 ? EndStatus.OTHER_REASON
        : pick < 92 ? EndStatus.OTHER_OFFER : pick < 97 ? EndStatus.HOSPITAL : EndStatus.DECEASED;
  }

  // ------------------------------------------------------------------------------------ bad lines

  private String spoil(CaseFile history, Defect defect, SplittableRandom random, long number) {
    String json = ONE_LINE.writeValueAsString(history);
    ObjectNode node = (ObjectNode) Json.mapper().readTree(json);
    switch (defect) {
      case MALFORMED_JSON -> {
        return json.substring(0, json.length() / 2);
      }
      case NOT_JSON -> {
        return "synthetic line " + number + " is not a case file";
      }
      case IMPOSSIBLE_DATE -> {
        int events = node.withArray("events").size();
        if (events == 0) {
          node.put("asOf", "2025-02-29");
        } else {
          ((ObjectNode) node.withArray("events").get(events - 1)).put("date", "2025-02-29");
        }
      }
      case UNKNOWN_FIELD -> node.put("colour", "blue");
      case UNKNOWN_MUNICIPALITY -> node.put("municipality", "atlantis");
      case TRACK_NOT_COVERED -> {
        QualityStandard standard = registry.find(history.municipality(),
            history.firstEventDate().orElse(history.asOf())).standard();
        Optional<Track> uncovered = EnumSet.allOf(Track.class).stream().filter(t -> !standard.covers(t)).findFirst();
        if (uncovered.isPresent()) {
          node.put("track", uncovered.get().name());
        } else {
          node.put("municipality", "atlantis");
        }
      }
      case IDENTIFIED_ANONYMOUS -> {
        node.put("track", Track.ANONYMOUS_DRUG.name());
        node.withObject("citizen").put("cpr", String.format("00%02d%02d%04d", 1 + random.nextInt(12), random.nextInt(100),
            random.nextInt(10_000)));
      }
      case START_BEFORE_REQUEST -> {
        LocalDate before = history.firstEventDate().orElse(history.asOf()).minusDays(5);
        node.withArray("events").insert(0, Json.mapper().valueToTree(CaseEvent.treatmentStart(before, "OUTPATIENT")));
      }
      case NEGATIVE_AGE -> node.withObject("citizen").put("age", -1 - random.nextInt(40));
      case EVENT_AFTER_AS_OF -> node.put("asOf", history.firstEventDate().orElse(history.asOf()).minusDays(1).toString());
      default -> throw new IllegalStateException("unknown defect " + defect);
    }
    return ONE_LINE.writeValueAsString(node);
  }
}
