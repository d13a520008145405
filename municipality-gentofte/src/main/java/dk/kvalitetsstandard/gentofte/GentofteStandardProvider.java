package dk.kvalitetsstandard.gentofte;

import dk.kvalitetsstandard.standardfile.StandardFileProvider;

/**
 * Provides Gentofte Kommune's undated quality standard for social drug treatment (SEL §§ 101, 101
 * a; SUL § 142), code 0157, from the data file {@code gentofte.yaml} beside this class. Found by
 * the registry under the slug {@code gentofte}.
 *
 * <p>Registered in {@code module-info.java} and in {@code META-INF/services}. The file is compiled into Java
 * ({@code GentofteStandardData}) when this module is built, and the standard built by that code when it
 * is first asked for; this class is thread-safe.
 */
public final class GentofteStandardProvider extends StandardFileProvider {

  /** A provider of the standard in {@code gentofte.yaml}. */
  public GentofteStandardProvider() {
    super("gentofte.yaml", () -> GentofteStandardProvider.class.getResourceAsStream("gentofte.yaml"),
        GentofteStandardData::standard);
  }
}
