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

  public abstract ComplaintSubject subject();

  /** The body that receives the complaint first. */
  @NotBlank
  public abstract String body();

  /** Its postal address, where the seed gives one. */
  public abstract Optional<String> address();

  /** The body the complaint goes on to if the decision is kept, if any. */
  public abstract Optional<String> appealTo();

  /** The citizen's time limit, if any (4 weeks for decisions on social treatment, NAT-C1). */
  public abstract Optional<@Valid Span> limit();

  /** Whether the decision can be appealed at all (not under § 101 a, NAT-A4). */
  @Value.Default
  public boolean appealable() {
    return true;
  }

  @Override
  @Valid
  public abstract Source source();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ComplaintRoute}. */
  public static class Builder extends ImmutableComplaintRoute.Builder {}
}
