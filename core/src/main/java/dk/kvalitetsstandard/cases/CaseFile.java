package dk.kvalitetsstandard.cases;

import dk.kvalitetsstandard.law.Track;
import java.time.LocalDate;
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

  /** Orders events by date, then by type in the order of {@link EventType}, so ties are deterministic. */
  public static final Comparator<CaseEvent> CHRONOLOGICAL =
      Comparator.comparing(CaseEvent::date).thenComparing(CaseEvent::type);

  /** The municipality's slug or four-digit code. */
  public abstract String municipality();

  /** The date the report is made for. */
  public abstract LocalDate asOf();

  public abstract Track track();

  @Value.Default
  public Citizen citizen() {
    return Citizen.unknown();
  }

  /** The events, in the order given. */
  public abstract List<CaseEvent> events();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseFile}. */
  public static class Builder extends ImmutableCaseFile.Builder {}

  /** The events in date order (ties by type). */
  @Value.Derived
  @com.fasterxml.jackson.annotation.JsonIgnore
  public List<CaseEvent> chronological() {
    return events().stream().sorted(CHRONOLOGICAL).toList();
  }

  /** The date of the first event, if any. */
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
