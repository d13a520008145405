/** Ringsted Kommune's quality standard for social drug treatment, as a plug-in. */
module dk.kvalitetsstandard.ringsted {
  requires transitive dk.kvalitetsstandard.core;

  exports dk.kvalitetsstandard.ringsted;

  provides dk.kvalitetsstandard.spi.StandardProvider with dk.kvalitetsstandard.ringsted.RingstedStandardProvider;
}
