package dk.kvalitetsstandard.gentofte;

import dk.kvalitetsstandard.spi.StandardProvider;
import dk.kvalitetsstandard.standard.QualityStandard;

/**
 * Provides Gentofte Kommune's (code 0157) quality standard "Social behandling af stofmisbrug,
 * servicelovens § 101, 101a og sundhedslovens § 142" (its published text). The
 * standard is undated (GEN-M1), so it is offered for every date.
 *
 * <p>Registered in {@code module-info.java} and in {@code META-INF/services}. The standard is built
 * once, when the class is initialised; this class is immutable and thread-safe.
 */
public final class GentofteStandardProvider implements StandardProvider {

  private static final QualityStandard STANDARD = GentofteStandard.build();

  /** A provider; the service loader calls this. */
  public GentofteStandardProvider() {
    // Nothing to set up: the standard is a shared constant.
  }

  /** Gentofte's standard; the same instance on every call, never null. */
  @Override
  public QualityStandard standard() {
    return STANDARD;
  }
}
