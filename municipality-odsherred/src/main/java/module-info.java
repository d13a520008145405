/**
 * Odsherred Kommune's quality standard for alcohol and drug treatment (Rusmiddelteamet), as a
 * plug-in of the kvalitetsstandard library.
 */
module dk.kvalitetsstandard.odsherred {
  requires transitive dk.kvalitetsstandard.core;

  exports dk.kvalitetsstandard.odsherred;

  provides dk.kvalitetsstandard.spi.StandardProvider with dk.kvalitetsstandard.odsherred.OdsherredStandardProvider;
}
