package dk.kvalitetsstandard.ringsted;

import dk.kvalitetsstandard.spi.StandardProvider;
import dk.kvalitetsstandard.standard.QualityStandard;

/**
 * Provides Ringsted Kommune's "Kvalitetsstandard for social behandling for stofmisbrug", approved
 * by the municipal council on 20 June 2017 (see {@link RingstedStandard} for how it is read).
 *
 * <p>Registered in {@code module-info.java} and in {@code META-INF/services}. This class is
 * immutable and thread-safe: the standard is built once and the same instance is returned on every
 * call.
 */
public final class RingstedStandardProvider implements StandardProvider {

  private static final QualityStandard STANDARD = RingstedStandard.build();

  /** A provider; the standard itself is built once, when the class is loaded. */
  public RingstedStandardProvider() {}

  /** Ringsted's standard; never null, the same instance on every call. */
  @Override
  public QualityStandard standard() {
    return STANDARD;
  }
}
