package dk.kvalitetsstandard.jammerbugt;

import dk.kvalitetsstandard.standardfile.StandardFileProvider;

/**
 * Provides Jammerbugt Kommune's quality standard for Rusmiddelindsatsen 2022-2023, code 0849, from
 * the data file {@code jammerbugt.yaml} beside this class. Found by the registry under the slug
 * {@code jammerbugt}.
 *
 * <p>Registered in {@code module-info.java} and in {@code META-INF/services}. The file is compiled into Java
 * ({@code JammerbugtStandardData}) when this module is built, and the standard built by that code when it
 * is first asked for; this class is thread-safe.
 */
public final class JammerbugtStandardProvider extends StandardFileProvider {

  /** A provider of the standard in {@code jammerbugt.yaml}. */
  public JammerbugtStandardProvider() {
    super("jammerbugt.yaml", () -> JammerbugtStandardProvider.class.getResourceAsStream("jammerbugt.yaml"),
        JammerbugtStandardData::standard);
  }
}
