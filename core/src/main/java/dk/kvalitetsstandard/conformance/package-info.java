/**
 * The conformance kit for plug-in authors, independent of any test framework: checks that a
 * provider is registered, discoverable and valid, and that its standard carries its rule IDs.
 */
package dk.kvalitetsstandard.conformance;
