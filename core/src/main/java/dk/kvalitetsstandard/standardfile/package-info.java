/**
 * A municipality's standard as a data file: the YAML form of {@link
 * dk.kvalitetsstandard.standard.QualityStandard}, its schema, and the reader that checks a file and
 * names every problem with its path.
 */
package dk.kvalitetsstandard.standardfile;
