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

  /**
   * Creates the figures of a group, copying {@code byStatus} with every status present (zero where
   * it has none) and checking that the counts add up.
   *
   * @param municipality the municipality's slug, not null
   * @param year the calendar year
   * @param track the track, not null
   * @param guarantees how many treatment guarantees the group holds
   * @param byStatus how many of them have each status; a status left out counts zero; not null
   * @param daysToStart the days from request to start over those closed by a start, not null
   * @throws NullPointerException if an object argument is null
   * @throws IllegalArgumentException if the counts by status do not add up to {@code guarantees}
   */
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

  /**
   * Counts the guarantees of the group with a given status.
   *
   * @param status the status, not null
   * @return how many guarantees have {@code status}, zero or more
   */
  public long count(Status status) {
    return byStatus.get(status);
  }

  /**
   * Computes the share of the guarantees decided either way that were kept. Pending, waived, not
   * applicable and undecided guarantees are neither kept nor broken.
   *
   * @return {@code MET} out of {@code MET} and {@code BREACHED}, from 0 to 1; empty where none was
   *     decided
   */
  public OptionalDouble keptShare() {
    long decided = count(Status.MET) + count(Status.BREACHED);
    return decided == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count(Status.MET) / decided);
  }
}
