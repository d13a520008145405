package dk.kvalitetsstandard.examples.template;

import dk.kvalitetsstandard.standardfile.StandardFileProvider;

/**
 * The provider of the template standard file {@code eksempelby.yaml}: all the Java a municipality
 * module needs. Copy it with the file and rename both.
 *
 * <p>It is registered by {@code META-INF/services/dk.kvalitetsstandard.spi.StandardProvider} (kept
 * apart, in {@code src/test/template}, so that the five real standards stay the tool's only ones); a
 * modular plug-in also declares it in {@code module-info.java}.
 */
public final class TemplateStandardProvider extends StandardFileProvider {

  /** A provider of the standard in {@code eksempelby.yaml}. */
  public TemplateStandardProvider() {
    super("eksempelby.yaml", () -> TemplateStandardProvider.class.getResourceAsStream("eksempelby.yaml"));
  }
}
