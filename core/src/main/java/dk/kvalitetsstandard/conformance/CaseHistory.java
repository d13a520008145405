package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Citizen;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A case history written as it happened, for examples and tests: a fluent builder of a
 * {@link CaseFile} whose methods read like the case's events.
 *
 * <pre>{@code
 * CaseFile c = CaseHistory.of("randers", Track.SOCIAL_DRUG).age(34)
 *     .phone(d(2026, 1, 5)).start(d(2026, 1, 12), "OUTPATIENT").end(d(2026, 3, 10), EndStatus.DROPPED_OUT)
 *     .phone(d(2026, 4, 7))
 *     .asOf(d(2026, 5, 1));
 * }</pre>
 *
 * <p>Not thread-safe; {@link #asOf} builds an immutable case file.
 */
public final class CaseHistory {

  private final String municipality;
  private final Track track;
  private Citizen citizen = Citizen.unknown();
  private final List<CaseEvent> events = new ArrayList<>();

  private CaseHistory(String municipality, Track track) {
    this.municipality = Objects.requireNonNull(municipality, "municipality");
    this.track = Objects.requireNonNull(track, "track");
  }

  /**
   * A history in {@code municipality} (slug or code) on {@code track}.
   *
   * @param municipality the municipality's slug or four-digit code
   * @param track the track
   * @return an empty history
   */
  public static CaseHistory of(String municipality, Track track) {
    return new CaseHistory(municipality, track);
  }

  /**
   * The citizen's age at first contact.
   *
   * @param years whole years
   * @return this history
   */
  public CaseHistory age(int years) {
    citizen = Citizen.builder().age(years).build();
    return this;
  }

  /**
   * Any event.
   *
   * @param event the event
   * @return this history
   */
  public CaseHistory then(CaseEvent event) {
    events.add(event);
    return this;
  }

  /**
   * An event of a type that takes no field other than its date.
   *
   * @param type the event's type
   * @param date its date
   * @return this history
   */
  public CaseHistory then(EventType type, LocalDate date) {
    return then(CaseEvent.of(type, date));
  }

  /**
   * A request for treatment by phone.
   *
   * @param date its date
   * @return this history
   */
  public CaseHistory phone(LocalDate date) {
    return then(CaseEvent.contact(date, ContactChannel.PHONE));
  }

  /**
   * A request for treatment in person.
   *
   * @param date its date
   * @return this history
   */
  public CaseHistory inPerson(LocalDate date) {
    return then(CaseEvent.contact(date, ContactChannel.IN_PERSON));
  }

  /**
   * The start of treatment.
   *
   * @param date its date
   * @param offer an offer kind or the ID of one of the standard's offers
   * @return this history
   */
  public CaseHistory start(LocalDate date, String offer) {
    return then(CaseEvent.treatmentStart(date, offer));
  }

  /**
   * The end of treatment.
   *
   * @param date its date
   * @param status how it ended
   * @return this history
   */
  public CaseHistory end(LocalDate date, EndStatus status) {
    return then(CaseEvent.treatmentEnd(date, status));
  }

  /**
   * A decision the citizen received.
   *
   * @param date the date it was received
   * @param subject what it is about
   * @param outcome its outcome
   * @return this history
   */
  public CaseHistory decision(LocalDate date, ComplaintSubject subject, Outcome outcome) {
    return then(CaseEvent.decision(date, subject, outcome));
  }

  /**
   * The case file, reported on {@code asOf}.
   *
   * @param asOf the date the report is made for
   * @return the case file
   */
  public CaseFile asOf(LocalDate asOf) {
    return CaseFile.builder().municipality(municipality).asOf(asOf).track(track).citizen(citizen).events(events).build();
  }
}
