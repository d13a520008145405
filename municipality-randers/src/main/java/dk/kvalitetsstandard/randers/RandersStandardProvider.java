package dk.kvalitetsstandard.randers;

import dk.kvalitetsstandard.spi.StandardProvider;
import dk.kvalitetsstandard.standard.QualityStandard;

/**
 * Provides Randers Kommune's quality standard for social drug treatment (code 0730, slug
 * {@code randers}); see {@link RandersStandard} for the seed and the reading decisions.
 *
 * <p>The standard is built once, when the class is initialised, and the same instance is returned
 * on every call. This class is immutable and thread-safe.
 */
public final class RandersStandardProvider implements StandardProvider {

  private static final QualityStandard STANDARD = RandersStandard.build();

  /** A provider; found by {@link java.util.ServiceLoader}. */
  public RandersStandardProvider() {}

  @Override
  public QualityStandard standard() {
    return STANDARD;
  }
}
