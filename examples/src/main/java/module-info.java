/**
 * The command-line tool over every standard found on the module path, also offered in process as
 * the {@link java.util.spi.ToolProvider} {@code standards-cli}.
 */
module dk.kvalitetsstandard.examples {
  requires dk.kvalitetsstandard.core;
  requires info.picocli;
  requires jmh.core;
  requires java.management;

  exports dk.kvalitetsstandard.examples.bench;

  opens dk.kvalitetsstandard.examples.cli to info.picocli;

  uses dk.kvalitetsstandard.spi.StandardProvider;

  provides java.util.spi.ToolProvider with dk.kvalitetsstandard.examples.cli.StandardsCliTool;
}
