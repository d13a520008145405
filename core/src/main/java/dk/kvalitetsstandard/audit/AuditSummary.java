package dk.kvalitetsstandard.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of an audit at one moment, as a value: how many case files were read, how many were
 * valid and invalid, the counting used, what the register's convention left out, the period of
 * the requests counted, and the figures of every group ordered by municipality, year and track.
 * Two audits of the same cases give equal summaries, however the work was split.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param cases how many case files were read, valid and invalid
 * @param valid how many of them were valid and counted
 * @param invalid how many could not be read or evaluated
 * @param counting how the guarantees were counted
 * @param mergedCourses under {@link Counting#REGISTRY}: courses merged into the course before them (D0-8); 0 under the law
 * @param anonymousLeftOut under {@link Counting#REGISTRY}: guarantees of anonymous (§ 101 a) courses left out; 0 under the law
 * @param firstRequest the earliest date a counted guarantee is filed under
 * @param lastRequest the latest such date
 * @param groups the figures per municipality, year and track
 */
@JsonPropertyOrder({"cases", "valid", "invalid", "counting", "mergedCourses", "anonymousLeftOut", "firstRequest",
    "lastRequest", "groups"})
public record AuditSummary(@JsonProperty("cases") long cases, @JsonProperty("valid") long valid,
    @JsonProperty("invalid") long invalid, @JsonProperty("counting") Counting counting,
    @JsonProperty("mergedCourses") long mergedCourses, @JsonProperty("anonymousLeftOut") long anonymousLeftOut,
    @JsonProperty("firstRequest") Optional<LocalDate> firstRequest,
    @JsonProperty("lastRequest") Optional<LocalDate> lastRequest,
    @JsonProperty("groups") List<GroupFigures> groups) {

  /**
   * Creates a summary, checking that the counts of case files add up, and copying the groups.
   *
   * @param cases how many case files were read
   * @param valid how many of them were valid, zero or more
   * @param invalid how many were invalid, zero or more
   * @param counting how the guarantees were counted, not null
   * @param mergedCourses how many courses the register's convention merged
   * @param anonymousLeftOut how many guarantees of anonymous courses the register's convention left out
   * @param firstRequest the earliest date a counted guarantee is filed under, or empty; not null
   * @param lastRequest the latest such date, or empty; not null
   * @param groups the figures per group, not null and without null elements
   * @throws NullPointerException if an object argument is null
   * @throws IllegalArgumentException if {@code valid} or {@code invalid} is negative, or they do
   *     not add up to {@code cases}
   */
  public AuditSummary {
    Objects.requireNonNull(counting, "counting");
    Objects.requireNonNull(firstRequest, "firstRequest");
    Objects.requireNonNull(lastRequest, "lastRequest");
    groups = List.copyOf(groups);
    if (valid + invalid != cases || valid < 0 || invalid < 0) {
      throw new IllegalArgumentException(valid + " valid and " + invalid + " invalid do not make " + cases + " cases");
    }
  }

  /** {@return how many guarantees all groups hold together} */
  public long guarantees() {
    return groups.stream().mapToLong(GroupFigures::guarantees).sum();
  }
}
