package dk.kvalitetsstandard.law;

import java.util.List;
import java.util.Locale;

/**
 * The body that handles complaints about the health-professional part of treatment under
 * SUL §§ 141-142 (NAT-C3): Styrelsen for Patientsikkerhed, which took over the tasks of
 * Patientombuddet. Some standards still name the former body (Jammerbugt names Patientombuddet).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HealthComplaintBody {

  /** The body that handles the complaints now. */
  public static final String CURRENT = "Styrelsen for Patientsikkerhed";

  /** The bodies that handled the complaints before {@link #CURRENT}, the most recent first. */
  public static final List<String> FORMER = List.of("Patientombuddet");

  private HealthComplaintBody() {}

  /**
   * Checks whether a body's name, as a standard writes it, names the body that handles the complaints now.
   *
   * @param body the name as written, not null
   * @return true if it contains "patientsikkerhed", in any case
   */
  public static boolean isCurrent(String body) {
    return body.toLowerCase(Locale.ROOT).contains("patientsikkerhed");
  }

  /**
   * Checks whether a body's name, as a standard writes it, names a body whose complaints have passed
   * to {@link #CURRENT}.
   *
   * @param body the name as written, not null
   * @return true if it contains "patientombud", in any case
   */
  public static boolean isFormer(String body) {
    return body.toLowerCase(Locale.ROOT).contains("patientombud");
  }
}
