package dk.kvalitetsstandard.questions;


import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A point a caseworker may still weigh, with the rule that raises it. */
@Value.Immutable
@JsonSerialize(as = ImmutableNote.class)
@JsonDeserialize(as = ImmutableNote.class)
public abstract class Note {

  @Value.Parameter
  public abstract String rule();

  @Value.Parameter
  public abstract String message();

  public static Note of(String rule, String message) {
    return ImmutableNote.of(rule, message);
  }
}
