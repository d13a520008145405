package dk.kvalitetsstandard.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The days from the request that started a guarantee's clock ({@code startedBy}) to the start of
 * treatment that closed it ({@code closedBy}), over the guarantees of a group that were closed by a
 * start: how many, the median and the 90th percentile (nearest rank: the smallest number of days
 * that at least half, or nine in ten, of the guarantees reached), and the whole distribution.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param started how many guarantees were closed by a start
 * @param median the median number of days; empty when {@code started} is 0
 * @param p90 the 90th percentile; empty when {@code started} is 0
 * @param distribution how many guarantees were closed after each number of days, by days ascending
 */
@JsonPropertyOrder({"started", "median", "p90"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DaysToStart(@JsonProperty("started") long started, @JsonProperty("median") Optional<Integer> median,
    @JsonProperty("p90") Optional<Integer> p90, @JsonIgnore SortedMap<Integer, Long> distribution) {

  /**
   * Creates the figures, checking that {@code started} agrees with the distribution, and copying
   * the distribution. The median and the 90th percentile are taken as given; {@link #of} computes
   * them.
   *
   * @param started how many guarantees were closed by a start
   * @param median the median number of days, or empty; not null
   * @param p90 the 90th percentile, or empty; not null
   * @param distribution how many guarantees were closed after each number of days; not null
   * @throws NullPointerException if {@code median}, {@code p90} or {@code distribution} is null
   * @throws IllegalArgumentException if the distribution does not add up to {@code started}
   */
  public DaysToStart {
    Objects.requireNonNull(median, "median");
    Objects.requireNonNull(p90, "p90");
    distribution = Collections.unmodifiableSortedMap(new TreeMap<>(distribution));
    if (distribution.values().stream().mapToLong(Long::longValue).sum() != started) {
      throw new IllegalArgumentException(started + " started differs from the distribution " + distribution);
    }
  }

  /**
   * Computes the figures of a distribution.
   *
   * @param distribution how many guarantees were closed after each number of days; not null
   * @return the count, median, 90th percentile and distribution
   */
  public static DaysToStart of(Map<Integer, Long> distribution) {
    long count = distribution.values().stream().mapToLong(Long::longValue).sum();
    return new DaysToStart(count, percentile(distribution, count, 50), percentile(distribution, count, 90),
        new TreeMap<>(distribution));
  }

  /** The smallest number of days that at least {@code percent} per cent of the guarantees reached (nearest rank). */
  static Optional<Integer> percentile(Map<Integer, Long> distribution, long count, int percent) {
    if (count == 0) {
      return Optional.empty();
    }
    long rank = (count * percent + 99) / 100; // ceil(count · percent / 100), at least 1
    long seen = 0;
    for (Map.Entry<Integer, Long> e : new TreeMap<>(distribution).entrySet()) {
      seen += e.getValue();
      if (seen >= rank) {
        return Optional.of(e.getKey());
      }
    }
    throw new IllegalStateException("unreachable: rank " + rank + " of " + count);
  }
}
