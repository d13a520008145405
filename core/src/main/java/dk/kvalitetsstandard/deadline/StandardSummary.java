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

  /** {@return the standard's title} */
  public abstract String title();

  /** {@return the date the standard was adopted, if it states one} */
  public abstract Optional<LocalDate> adopted();

  /** {@return the first day the standard is valid, if it states one} */
  public abstract Optional<LocalDate> validFrom();

  /** {@return the last day the standard is valid, if it states one} */
  public abstract Optional<LocalDate> validTo();

  /**
   * Summarises a standard.
   *
   * @param standard the standard to summarise, not null
   * @return the summary, not null
   */
  public static StandardSummary of(QualityStandard standard) {
    return ImmutableStandardSummary.builder().title(standard.title()).adopted(standard.adoption().date())
        .validFrom(standard.validity().from()).validTo(standard.validity().to()).build();
  }
}
