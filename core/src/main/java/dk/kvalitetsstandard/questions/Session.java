package dk.kvalitetsstandard.questions;

import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** One session of a course and whether the citizen came. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableSession.class)
@JsonDeserialize(as = ImmutableSession.class)
public abstract class Session {

  /** {@return the session's date} */
  @Value.Parameter
  public abstract LocalDate date();

  /** {@return whether the citizen came} */
  @Value.Parameter
  public abstract Attendance attendance();

  /**
   * Obtains a session.
   *
   * @param date the session's date, not null
   * @param attendance whether the citizen came, not null
   * @return the session, not null
   */
  public static Session of(LocalDate date, Attendance attendance) {
    return ImmutableSession.of(date, attendance);
  }
}
