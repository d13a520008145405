package dk.kvalitetsstandard.odsherred;

import dk.kvalitetsstandard.standardfile.StandardFileProvider;

/**
 * Provides Odsherred Kommune's quality standard for alcohol treatment (SUL § 141) and drug
 * treatment (SEL §§ 101, 101 a; SUL § 142), in force January 2025 to December 2026, code 0306,
 * from the data file {@code odsherred.yaml} beside this class. Found by the registry under the
 * slug {@code odsherred}.
 *
 * <p>Registered in {@code module-info.java} and in {@code META-INF/services}. The file is compiled into Java
 * ({@code OdsherredStandardData}) when this module is built, and the standard built by that code when it
 * is first asked for; this class is thread-safe.
 */
public final class OdsherredStandardProvider extends StandardFileProvider {

  /** A provider of the standard in {@code odsherred.yaml}. */
  public OdsherredStandardProvider() {
    super("odsherred.yaml", () -> OdsherredStandardProvider.class.getResourceAsStream("odsherred.yaml"),
        OdsherredStandardData::standard);
  }
}
