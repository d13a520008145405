package dk.kvalitetsstandard.standard;

import dk.kvalitetsstandard.law.Span;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where and how a citizen complains about one subject: the body that receives the complaint, the
 * body it goes on to, the citizen's time limit, and whether it can be appealed at all.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComplaintRoute.class)
@JsonDeserialize(as = ImmutableComplaintRoute.class)
public abstract class ComplaintRoute implements Sourced {

  /** {@return what the complaints this route takes are about} */
  public abstract ComplaintSubject subject();

  /** {@return the body that receives the complaint first, as the seed names it} */
  @NotBlank
  public abstract String body();

  /** {@return the postal address of the body that receives the complaint; empty where the seed gives none} */
  public abstract Optional<String> address();

  /** {@return the body the complaint goes on to if the decision is kept; empty if none} */
  public abstract Optional<String> appealTo();

  /**
   * {@return the citizen's time limit for complaining (4 weeks for decisions on social treatment,
   * NAT-C1); empty if there is none}
   */
  public abstract Optional<@Valid Span> limit();

  /**
   * {@return whether the decision can be appealed at all: true unless set; false for anonymous
   * treatment under § 101 a (NAT-A4)}
   */
  @Value.Default
  public boolean appealable() {
    return true;
  }

  @Override
  @Valid
  public abstract Source source();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ComplaintRoute}. */
  public static class Builder extends ImmutableComplaintRoute.Builder {}
}
