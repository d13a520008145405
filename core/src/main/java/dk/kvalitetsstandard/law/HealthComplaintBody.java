package dk.kvalitetsstandard.law;

import java.util.Locale;

/**
 * The body that handles complaints about the health-professional part of treatment (NAT-C3):
 * Styrelsen for Patientsikkerhed, which took over the tasks of Patientombuddet. Some standards still
 * name the former body.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HealthComplaintBody {

  /** The body in office. */
  public static final String CURRENT = "Styrelsen for Patientsikkerhed";

  /** The former body whose tasks passed to {@link #CURRENT}. */
  public static final String FORMER = "Patientombuddet";

  private HealthComplaintBody() {}

  /**
   * Checks whether a body's name, as a standard writes it, names the body in office.
   *
   * @param body the name as written, not null
   * @return true if it contains "patientsikkerhed", in any case
   */
  public static boolean isCurrent(String body) {
    return body.toLowerCase(Locale.ROOT).contains("patientsikkerhed");
  }

  /**
   * Checks whether a body's name, as a standard writes it, names the former body.
   *
   * @param body the name as written, not null
   * @return true if it contains "patientombud", in any case
   */
  public static boolean isFormer(String body) {
    return body.toLowerCase(Locale.ROOT).contains("patientombud");
  }
}
