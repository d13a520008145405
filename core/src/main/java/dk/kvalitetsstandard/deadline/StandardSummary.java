package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The standard a report applied: title, adoption and validity. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableStandardSummary.class)
@JsonDeserialize(as = ImmutableStandardSummary.class)
public abstract class StandardSummary {

  public abstract String title();

  public abstract Optional<LocalDate> adopted();

  public abstract Optional<LocalDate> validFrom();

  public abstract Optional<LocalDate> validTo();

  /** The summary of {@code standard}. */
  public static StandardSummary of(QualityStandard standard) {
    return ImmutableStandardSummary.builder().title(standard.title()).adopted(standard.adoption().date())
        .validFrom(standard.validity().from()).validTo(standard.validity().to()).build();
  }
}
