package dk.kvalitetsstandard.law;

import java.util.List;
import java.util.Locale;

/**
 * The body that handles complaints about the health-professional part of treatment under
 * SUL §§ 141-142 (NAT-C3): Styrelsen for Patientklager. The complaints passed to it from Styrelsen
 * for Patientsikkerhed, which had taken them over from Patientombuddet; standards still name
 * either former body (Odsherred names Styrelsen for Patientsikkerhed, Jammerbugt Patientombuddet).
 */
public final class HealthComplaintBody {

  /** The body that handles the complaints now. */
  public static final String CURRENT = "Styrelsen for Patientklager";

  /** The bodies that handled the complaints before {@link #CURRENT}, the most recent first. */
  public static final List<String> FORMER = List.of("Styrelsen for Patientsikkerhed", "Patientombuddet");

  private HealthComplaintBody() {}

  /** Whether {@code body}, as a standard writes it, names the body that handles the complaints now. */
  public static boolean isCurrent(String body) {
    return body.toLowerCase(Locale.ROOT).contains("patientklager");
  }

  /** Whether {@code body}, as a standard writes it, names a body whose complaints have passed to {@link #CURRENT}. */
  public static boolean isFormer(String body) {
    String lower = body.toLowerCase(Locale.ROOT);
    return lower.contains("patientombud") || lower.contains("patientsikkerhed");
  }
}
