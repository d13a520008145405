package dk.kvalitetsstandard.spi;

import dk.kvalitetsstandard.standard.QualityStandard;

/**
 * The extension point: a municipality module provides its quality standard through this
 * interface, registered both in its {@code module-info.java} ({@code provides … with …}) and in
 * {@code META-INF/services/dk.kvalitetsstandard.spi.StandardProvider}, and is found by
 * {@link dk.kvalitetsstandard.registry.StandardRegistry} through {@link java.util.ServiceLoader}.
 *
 * <p>An implementation has a public no-argument constructor, is thread-safe, and returns the same
 * standard on every call. One provider gives one standard: a municipality with a revised standard
 * adds a provider for each period.
 */
public interface StandardProvider {

  /**
   * Gives this provider's standard.
   *
   * @return the standard, the same on every call; never null
   */
  QualityStandard standard();
}
