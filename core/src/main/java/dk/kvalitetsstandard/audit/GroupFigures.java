package dk.kvalitetsstandard.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.law.Track;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The guarantee figures of one group: one municipality, one calendar year (that of the request
 * that opened the course, see {@link AuditFigures}) and one track.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param municipality the municipality's slug
 * @param year the calendar year
 * @param track the track
 * @param guarantees how many treatment guarantees (one per course) the group holds
 * @param byStatus how many of them have each status, every status present (zero where none)
 * @param daysToStart the days from request to start over those closed by a start
 */
@JsonPropertyOrder({"municipality", "year", "track", "guarantees", "byStatus", "daysToStart"})
public record GroupFigures(@JsonProperty("municipality") String municipality, @JsonProperty("year") int year,
    @JsonProperty("track") Track track, @JsonProperty("guarantees") long guarantees,
    @JsonProperty("byStatus") Map<Status, Long> byStatus, @JsonProperty("daysToStart") DaysToStart daysToStart) {

  /** Checks that every status is counted and the counts add up, and copies the map. */
  public GroupFigures {
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(track, "track");
    Objects.requireNonNull(daysToStart, "daysToStart");
    EnumMap<Status, Long> copy = new EnumMap<>(Status.class);
    for (Status status : Status.values()) {
      copy.put(status, byStatus.getOrDefault(status, 0L));
    }
    if (copy.values().stream().mapToLong(Long::longValue).sum() != guarantees) {
      throw new IllegalArgumentException("the statuses " + copy + " do not add up to " + guarantees + " guarantees");
    }
    byStatus = Collections.unmodifiableMap(copy);
  }

  /** How many guarantees have {@code status}. */
  public long count(Status status) {
    return byStatus.get(status);
  }

  /**
   * The share of the guarantees decided either way that were kept: {@code MET} out of {@code MET}
   * and {@code BREACHED}; empty where none was decided. Pending, waived, not applicable and
   * undecided guarantees are neither kept nor broken.
   */
  public OptionalDouble keptShare() {
    long decided = count(Status.MET) + count(Status.BREACHED);
    return decided == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count(Status.MET) / decided);
  }
}
