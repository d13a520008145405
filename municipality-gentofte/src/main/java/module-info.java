/**
 * Gentofte Kommune's quality standard for social drug treatment (SEL §§ 101, 101 a; SUL § 142),
 * provided to the core registry as a plug-in.
 */
module dk.kvalitetsstandard.gentofte {
  requires transitive dk.kvalitetsstandard.core;

  exports dk.kvalitetsstandard.gentofte;

  provides dk.kvalitetsstandard.spi.StandardProvider with dk.kvalitetsstandard.gentofte.GentofteStandardProvider;
}
