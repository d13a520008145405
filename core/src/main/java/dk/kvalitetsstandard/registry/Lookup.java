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

  /**
   * Creates a lookup result.
   *
   * @param standard the standard found, not null
   * @param date the date asked about, not null
   * @param inForce how the standard relates to the date, not null
   * @throws NullPointerException if any argument is null
   */
  public Lookup {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(inForce, "inForce");
  }

  /** {@return true if the standard had expired by the date ({@link InForce#EXPIRED})} */
  public boolean isExpired() {
    return inForce == InForce.EXPIRED;
  }
}
