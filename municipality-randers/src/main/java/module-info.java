/**
 * Randers Kommune's quality standard for social drug treatment (SEL §§ 101-101 a), as data for the
 * core vocabulary.
 */
module dk.kvalitetsstandard.randers {
  requires transitive dk.kvalitetsstandard.core;

  exports dk.kvalitetsstandard.randers;

  provides dk.kvalitetsstandard.spi.StandardProvider with dk.kvalitetsstandard.randers.RandersStandardProvider;
}
