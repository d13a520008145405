package dk.kvalitetsstandard.registry;

import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The standard found for a municipality on a date, and whether it is in force then.
 *
 * @param standard the standard; never null
 * @param date the date asked about; never null
 * @param inForce how the standard relates to the date; never null
 */
public record Lookup(QualityStandard standard, LocalDate date, InForce inForce) {

  public Lookup {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(inForce, "inForce");
  }

  /** Whether the standard had expired by the date. */
  public boolean isExpired() {
    return inForce == InForce.EXPIRED;
  }
}
