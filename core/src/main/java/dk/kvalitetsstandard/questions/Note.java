package dk.kvalitetsstandard.questions;


import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A point a caseworker may still weigh, with the rule that raises it. */
@Value.Immutable
@JsonSerialize(as = ImmutableNote.class)
@JsonDeserialize(as = ImmutableNote.class)
public abstract class Note {

  /** {@return the catalogue ID of the rule that raises the point} */
  @Value.Parameter
  public abstract String rule();

  /** {@return the point, in the language asked for} */
  @Value.Parameter
  public abstract String message();

  /**
   * Obtains a note.
   *
   * @param rule the catalogue ID of the rule that raises the point, not null
   * @param message the point, not null
   * @return the note, not null
   */
  public static Note of(String rule, String message) {
    return ImmutableNote.of(rule, message);
  }
}
