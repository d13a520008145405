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

  @Value.Parameter
  public abstract LocalDate date();

  @Value.Parameter
  public abstract Attendance attendance();

  /** A session. */
  public static Session of(LocalDate date, Attendance attendance) {
    return ImmutableSession.of(date, attendance);
  }
}
