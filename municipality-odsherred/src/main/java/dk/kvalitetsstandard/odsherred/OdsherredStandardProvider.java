package dk.kvalitetsstandard.odsherred;

import dk.kvalitetsstandard.spi.StandardProvider;
import dk.kvalitetsstandard.standard.QualityStandard;

/**
 * Provides Odsherred Kommune's quality standard for alcohol treatment (SUL § 141) and drug
 * treatment (SEL §§ 101, 101 a; SUL § 142), valid January 2025 to December 2026. Found by
 * {@link dk.kvalitetsstandard.registry.StandardRegistry} under the slug {@code odsherred} and the
 * code {@code 0306}.
 *
 * <p>The standard is built once, when the class is initialised; this class is immutable and
 * thread-safe and returns the same standard on every call.
 */
public final class OdsherredStandardProvider implements StandardProvider {

  private static final QualityStandard STANDARD = OdsherredStandard.build();

  /** A provider; the standard itself is shared by every instance. */
  public OdsherredStandardProvider() {}

  @Override
  public QualityStandard standard() {
    return STANDARD;
  }
}
