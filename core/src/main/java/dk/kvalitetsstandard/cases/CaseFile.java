package dk.kvalitetsstandard.cases;

import dk.kvalitetsstandard.cases.internal.CaseMemo;
import dk.kvalitetsstandard.law.Track;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A case: which municipality's standard applies, the date the report is made for, the track, the
 * citizen, and the events in any order. {@link #toString()} never shows an
 * identifier.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCaseFile.class)
@JsonDeserialize(as = ImmutableCaseFile.class)
public abstract class CaseFile {

  /** The earliest date a case may name: an earlier date is a problem of the case. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

  /** The latest date a case may name: a later date is a problem of the case. */
  public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

  /** The most events a case may hold. */
  public static final int MAX_EVENTS = 100_000;

  /** Orders events by date, then by type in the order of {@link EventType}, so ties are deterministic. */
  public static final Comparator<CaseEvent> CHRONOLOGICAL =
      Comparator.comparing(CaseEvent::date).thenComparing(CaseEvent::type);

  static {
    CaseMemo.install(new CaseMemo.Access() {
      @Override
      public Object get(CaseFile caseFile) {
        return caseFile.checked;
      }

      @Override
      public void set(CaseFile caseFile, Object memo) {
        caseFile.checked = memo;
      }
    });
  }

  /**
   * What the case check found for this instance: the registry it was found valid against and the
   * standard found for it, so that a case is checked once, not on every report. No part of the
   * value; written and read through {@link CaseMemo} only.
   */
  private transient volatile Object checked;

  /** {@return the municipality whose standard applies, by its slug or four-digit code} */
  public abstract String municipality();

  /** {@return the date the report is made for; no event may lie after it} */
  public abstract LocalDate asOf();

  /** {@return the track the case is on} */
  public abstract Track track();

  /**
   * Returns what the case says about the citizen. A case that says nothing gets {@link
   * Citizen#unknown()}.
   *
   * @return the citizen, not null
   */
  @Value.Default
  public Citizen citizen() {
    return Citizen.unknown();
  }

  /** {@return the events, in the order given} */
  public abstract List<CaseEvent> events();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseFile}. */
  public static class Builder extends ImmutableCaseFile.Builder {}

  /** {@return the events in date order, those on the same day ordered by {@link #CHRONOLOGICAL}} */
  @Value.Derived
  @com.fasterxml.jackson.annotation.JsonIgnore
  public List<CaseEvent> chronological() {
    CaseEvent[] events = events().toArray(new CaseEvent[0]);
    Arrays.sort(events, CHRONOLOGICAL); // one pass where they are in order already
    return List.of(events);
  }

  /** {@return the date of the earliest event; empty if the case has no events} */
  public Optional<LocalDate> firstEventDate() {
    List<CaseEvent> events = chronological();
    return events.isEmpty() ? Optional.empty() : Optional.of(events.get(0).date());
  }

  /** Shows municipality, date, track and event count; never an identifier. */
  @Override
  public String toString() {
    return "CaseFile[" + municipality() + ", asOf=" + asOf() + ", " + track() + ", " + citizen() + ", "
        + events().size() + " events]";
  }
}
