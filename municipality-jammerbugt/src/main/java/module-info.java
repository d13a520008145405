/**
 * Jammerbugt Kommune's quality standard for drug and alcohol treatment ("Kvalitetsstandard for
 * Rusmiddelindsatsen 2022-2023") as a plug-in of the core library.
 */
module dk.kvalitetsstandard.jammerbugt {
  requires transitive dk.kvalitetsstandard.core;

  exports dk.kvalitetsstandard.jammerbugt;

  provides dk.kvalitetsstandard.spi.StandardProvider
      with dk.kvalitetsstandard.jammerbugt.JammerbugtStandardProvider;
}
