package dk.kvalitetsstandard.audit;

import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.DeadlineKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * The audit's aggregate: how often the treatment guarantee was kept, per municipality, calendar
 * year and track, fed one case and its deadline report at a time, in the manner of
 * {@link java.util.IntSummaryStatistics}.
 *
 * <p>What is counted: every {@code TREATMENT_GUARANTEE} deadline of a report, one per course
 * (D0-7), so a case with three courses counts three times. A guarantee is filed under the
 * municipality of the report, the track of the case, and the calendar year of the request that
 * started its clock ({@code startedBy}); a guarantee whose clock never started (the anonymous
 * track, a course with no request that starts the law's clock) is filed under the course's first
 * request, and one of a case with no request at all under the case's first event. Each is counted by
 * its status, and the days from {@code startedBy} to {@code closedBy} over those closed by a start of
 * treatment. Under {@link Counting#REGISTRY} the register's convention applies (D0-8): a course whose
 * request came 10 days or less after the previous course ended is merged into it (its guarantee is
 * not counted again: the merged course keeps the original request date and start), and anonymous
 * (§ 101 a) cases are left out.
 *
 * <p>The aggregate is associative: {@code a.combine(b)} holds the figures of both, and splitting a
 * stream of cases anywhere, aggregating the parts and combining them in any grouping gives the same
 * {@link #summary()}. So parallel streams, a batch job's partitions or a distributed engine's
 * reduce step all give the figures one pass would. Counting is commutative too: the order in which
 * cases arrive does not change the figures.
 *
 * <pre>{@code
 * AuditSummary figures = caseFiles.parallelStream()
 *     .collect(AuditFigures.collector(engine, Counting.LAW)).summary();
 * }</pre>
 *
 * <p>Not thread-safe: each thread feeds its own aggregate, and the aggregates are combined.
 */
public final class AuditFigures {

  private static final Status[] STATUSES = Status.values();

  /** A group: municipality, year and track. */
  private record Key(String municipality, int year, Track track) {
    static final Comparator<Key> ORDER = Comparator.comparing(Key::municipality).thenComparingInt(Key::year)
        .thenComparing(Key::track);
  }

  /** The running counts of one group; days[n] is how many guarantees were closed by a start after n days. */
  private static final class Tally {
    final long[] byStatus = new long[STATUSES.length];
    long[] days = new long[32];

    void countDays(int n, long times) {
      if (n >= days.length) {
        days = Arrays.copyOf(days, Math.max(days.length * 2, n + 1));
      }
      days[n] += times;
    }

    void add(Tally other) {
      for (int i = 0; i < byStatus.length; i++) {
        byStatus[i] += other.byStatus[i];
      }
      if (other.days.length > days.length) {
        days = Arrays.copyOf(days, other.days.length);
      }
      for (int i = 0; i < other.days.length; i++) {
        days[i] += other.days[i];
      }
    }
  }

  private final Counting counting;
  private final Map<Key, Tally> tallies = new HashMap<>();
  private long valid;
  private long invalid;
  private long mergedCourses;
  private long anonymousLeftOut;
  private LocalDate firstRequest;
  private LocalDate lastRequest;

  private AuditFigures(Counting counting) {
    this.counting = Objects.requireNonNull(counting, "counting");
  }

  /**
   * Obtains an empty aggregate.
   *
   * @param counting how the guarantees are counted, not null
   * @return a new, empty aggregate
   * @throws NullPointerException if {@code counting} is null
   */
  public static AuditFigures of(Counting counting) {
    return new AuditFigures(counting);
  }

  /**
   * An aggregate holding the figures of {@code summary}, to be combined with others: how partial
   * figures made elsewhere (another thread, process or machine) come back together, since a
   * summary is an immutable value with every count and every group's distribution of days.
   *
   * @param summary the figures to start from, not null
   * @return a new aggregate holding those figures, counting as the summary did
   */
  public static AuditFigures from(AuditSummary summary) {
    AuditFigures figures = new AuditFigures(summary.counting());
    figures.valid = summary.valid();
    figures.invalid = summary.invalid();
    figures.mergedCourses = summary.mergedCourses();
    figures.anonymousLeftOut = summary.anonymousLeftOut();
    figures.firstRequest = summary.firstRequest().orElse(null);
    figures.lastRequest = summary.lastRequest().orElse(null);
    for (GroupFigures g : summary.groups()) {
      Tally tally = figures.tallies.computeIfAbsent(new Key(g.municipality(), g.year(), g.track()), k -> new Tally());
      g.byStatus().forEach((status, n) -> tally.byStatus[status.ordinal()] += n);
      g.daysToStart().distribution().forEach(tally::countDays);
    }
    return figures;
  }

  /**
   * Obtains a collector of audited cases into an aggregate: {@code
   * audited.collect(AuditFigures.collector(Counting.LAW))}.
   *
   * @param counting how the guarantees are counted, not null
   * @return a collector that may be used on a parallel stream
   * @throws NullPointerException if {@code counting} is null
   */
  public static Collector<AuditedCase, AuditFigures, AuditFigures> collector(Counting counting) {
    Objects.requireNonNull(counting, "counting");
    return Collector.of(() -> of(counting), AuditFigures::add, AuditFigures::combine,
        Collector.Characteristics.IDENTITY_FINISH);
  }

  /**
   * Collects case files into an aggregate, each evaluated by {@code engine} (English explanations,
   * which the figures do not use). A case file that is not valid makes the engine throw
   * {@link dk.kvalitetsstandard.cases.InvalidCaseException}; read files with
   * {@link dk.kvalitetsstandard.cases.CaseFileReader} or {@link CaseStreamAudit} first to count
   * them instead.
   *
   * @param engine the engine that makes each report, not null
   * @param counting how the guarantees are counted, not null
   * @return a collector that may be used on a parallel stream
   * @throws NullPointerException if an argument is null
   */
  public static Collector<CaseFile, AuditFigures, AuditFigures> collector(DeadlineEngine engine, Counting counting) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(counting, "counting");
    return Collector.of(() -> of(counting), (figures, caseFile) -> figures.add(caseFile, engine.report(caseFile)),
        AuditFigures::combine, Collector.Characteristics.IDENTITY_FINISH);
  }

  /**
   * Adds a valid case and its report.
   *
   * @param audited the case file and its report, not null
   * @return this aggregate
   */
  public AuditFigures add(AuditedCase audited) {
    return add(audited.caseFile(), audited.report());
  }

  /**
   * Adds a valid case and its deadline report.
   *
   * @param caseFile the case file, valid; not null
   * @param report its deadline report, not null
   * @return this aggregate
   * @throws IllegalArgumentException where the report was made for another {@code asOf}
   */
  public AuditFigures add(CaseFile caseFile, DeadlineReport report) {
    if (!caseFile.asOf().equals(report.asOf())) {
      throw new IllegalArgumentException("the report is made for " + report.asOf() + ", the case file for "
          + caseFile.asOf());
    }
    valid++;
    boolean leaveOut = counting == Counting.REGISTRY && caseFile.track() == Track.ANONYMOUS_DRUG;
    Courses courses = null;
    for (Deadline d : report.deadlines()) {
      if (d.kind() != DeadlineKind.TREATMENT_GUARANTEE) {
        continue;
      }
      if (leaveOut) {
        anonymousLeftOut++;
        continue;
      }
      if (counting == Counting.REGISTRY || d.startedBy().isEmpty()) {
        courses = courses != null ? courses : Courses.of(caseFile);
      }
      if (counting == Counting.REGISTRY && courses.mergedByRegistry(d.course())) {
        mergedCourses++;
        continue;
      }
      LocalDate filed = d.startedBy().isPresent() ? d.startedBy().get()
          : courses.opened(d.course(), caseFile.firstEventDate().orElse(caseFile.asOf()));
      count(report.municipality(), filed, caseFile.track(), d);
    }
    return this;
  }

  private void count(String municipality, LocalDate filed, Track track, Deadline d) {
    Tally tally = tallies.computeIfAbsent(new Key(municipality, filed.getYear(), track), k -> new Tally());
    tally.byStatus[d.status().ordinal()]++;
    if (d.startedBy().isPresent() && d.closedBy().isPresent()) {
      tally.countDays(Math.toIntExact(ChronoUnit.DAYS.between(d.startedBy().get(), d.closedBy().get())), 1);
    }
    firstRequest = firstRequest == null || filed.isBefore(firstRequest) ? filed : firstRequest;
    lastRequest = lastRequest == null || filed.isAfter(lastRequest) ? filed : lastRequest;
  }

  /**
   * Counts a case file that could not be read or evaluated: it is in {@link #cases()}, not in the
   * figures.
   *
   * @return this aggregate
   */
  public AuditFigures addInvalid() {
    invalid++;
    return this;
  }

  /**
   * Adds another aggregate's figures to these; {@code other} is left as it was.
   *
   * @param other the aggregate to add, not null
   * @return this aggregate
   * @throws IllegalArgumentException where {@code other} counts differently
   */
  public AuditFigures combine(AuditFigures other) {
    if (other.counting != counting) {
      throw new IllegalArgumentException("cannot combine " + counting.label() + " and " + other.counting.label()
          + " counting");
    }
    valid += other.valid;
    invalid += other.invalid;
    mergedCourses += other.mergedCourses;
    anonymousLeftOut += other.anonymousLeftOut;
    other.tallies.forEach((key, tally) -> tallies.computeIfAbsent(key, k -> new Tally()).add(tally));
    if (other.firstRequest != null && (firstRequest == null || other.firstRequest.isBefore(firstRequest))) {
      firstRequest = other.firstRequest;
    }
    if (other.lastRequest != null && (lastRequest == null || other.lastRequest.isAfter(lastRequest))) {
      lastRequest = other.lastRequest;
    }
    return this;
  }

  /** {@return how the guarantees are counted} */
  public Counting counting() {
    return counting;
  }

  /** {@return how many case files were added, valid and invalid} */
  public long cases() {
    return valid + invalid;
  }

  /** {@return how many invalid case files were counted} */
  public long invalid() {
    return invalid;
  }

  /** {@return the figures so far, as an immutable value, groups ordered by municipality, year and track} */
  public AuditSummary summary() {
    List<Map.Entry<Key, Tally>> entries = new ArrayList<>(tallies.entrySet());
    entries.sort(Map.Entry.comparingByKey(Key.ORDER));
    List<GroupFigures> groups = new ArrayList<>(entries.size());
    for (Map.Entry<Key, Tally> e : entries) {
      Tally t = e.getValue();
      Map<Status, Long> byStatus = new EnumMap<>(Status.class);
      long guarantees = 0;
      for (Status status : STATUSES) {
        byStatus.put(status, t.byStatus[status.ordinal()]);
        guarantees += t.byStatus[status.ordinal()];
      }
      Map<Integer, Long> days = new TreeMap<>();
      for (int n = 0; n < t.days.length; n++) {
        if (t.days[n] > 0) {
          days.put(n, t.days[n]);
        }
      }
      groups.add(new GroupFigures(e.getKey().municipality(), e.getKey().year(), e.getKey().track(), guarantees, byStatus,
          DaysToStart.of(days)));
    }
    return new AuditSummary(valid + invalid, valid, invalid, counting, mergedCourses, anonymousLeftOut,
        Optional.ofNullable(firstRequest), Optional.ofNullable(lastRequest), groups);
  }

  @Override
  public String toString() {
    return "AuditFigures[" + counting.label() + ", " + valid + " valid, " + invalid + " invalid, " + tallies.size()
        + " groups]";
  }
}
