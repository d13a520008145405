package dk.kvalitetsstandard.randers;

import dk.kvalitetsstandard.standardfile.StandardFileProvider;

/**
 * Provides Randers Kommune's draft quality standard for social drug treatment (SEL §§ 101-101 a),
 * code 0730, from the data file {@code randers.yaml} beside this class. Found by the registry
 * under the slug {@code randers}.
 *
 * <p>Registered in {@code module-info.java} and in {@code META-INF/services}. The file is compiled into Java
 * ({@code RandersStandardData}) when this module is built, and the standard built by that code when it
 * is first asked for; this class is thread-safe.
 */
public final class RandersStandardProvider extends StandardFileProvider {

  /** A provider of the standard in {@code randers.yaml}. */
  public RandersStandardProvider() {
    super("randers.yaml", () -> RandersStandardProvider.class.getResourceAsStream("randers.yaml"),
        RandersStandardData::standard);
  }
}
