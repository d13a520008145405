package dk.kvalitetsstandard.jammerbugt;

import dk.kvalitetsstandard.spi.StandardProvider;
import dk.kvalitetsstandard.standard.QualityStandard;

/**
 * Provides Jammerbugt Kommune's "Kvalitetsstandard for Rusmiddelindsatsen 2022-2023" (municipality
 * code 0849, slug {@code jammerbugt}), encoded from its published text by
 * {@link JammerbugtStandard}.
 *
 * <p>Registered in {@code module-info.java} and in {@code META-INF/services}. The standard is built
 * once, when the class is initialised, and the same instance is returned on every call. This class
 * is immutable and thread-safe.
 */
public final class JammerbugtStandardProvider implements StandardProvider {

  private static final QualityStandard STANDARD = JammerbugtStandard.build();

  /** A provider; the standard itself is shared by every instance. */
  public JammerbugtStandardProvider() {}

  /** Jammerbugt's standard; never null, always the same instance. */
  @Override
  public QualityStandard standard() {
    return STANDARD;
  }
}
