package dk.kvalitetsstandard.ringsted;

import dk.kvalitetsstandard.standardfile.StandardFileProvider;

/**
 * Provides Ringsted Kommune's quality standard for social drug treatment, approved by the
 * municipal council on 20 June 2017, code 0329, from the data file {@code ringsted.yaml} beside
 * this class. Found by the registry under the slug {@code ringsted}.
 *
 * <p>Registered in {@code module-info.java} and in {@code META-INF/services}. The file is compiled into Java
 * ({@code RingstedStandardData}) when this module is built, and the standard built by that code when it
 * is first asked for; this class is thread-safe.
 */
public final class RingstedStandardProvider extends StandardFileProvider {

  /** A provider of the standard in {@code ringsted.yaml}. */
  public RingstedStandardProvider() {
    super("ringsted.yaml", () -> RingstedStandardProvider.class.getResourceAsStream("ringsted.yaml"),
        RingstedStandardData::standard);
  }
}
