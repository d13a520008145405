/** The command-line tool over every standard found on the module path. */
module dk.kvalitetsstandard.examples {
  requires dk.kvalitetsstandard.core;
  requires info.picocli;
  requires jmh.core;

  exports dk.kvalitetsstandard.examples.bench;

  opens dk.kvalitetsstandard.examples.cli to info.picocli;

  uses dk.kvalitetsstandard.spi.StandardProvider;
}
