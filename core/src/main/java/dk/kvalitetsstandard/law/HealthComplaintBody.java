package dk.kvalitetsstandard.law;

import java.util.Locale;

/**
 * The body that handles complaints about the health-professional part of treatment (NAT-C3):
 * Styrelsen for Patientsikkerhed, which took over the tasks of Patientombuddet. Some standards still
 * name the former body.
 */
public final class HealthComplaintBody {

  /** The body in office. */
  public static final String CURRENT = "Styrelsen for Patientsikkerhed";

  /** The former body whose tasks passed to {@link #CURRENT}. */
  public static final String FORMER = "Patientombuddet";

  private HealthComplaintBody() {}

  /** Whether {@code body}, as a standard writes it, names the body in office. */
  public static boolean isCurrent(String body) {
    return body.toLowerCase(Locale.ROOT).contains("patientsikkerhed");
  }

  /** Whether {@code body}, as a standard writes it, names the former body. */
  public static boolean isFormer(String body) {
    return body.toLowerCase(Locale.ROOT).contains("patientombud");
  }
}
