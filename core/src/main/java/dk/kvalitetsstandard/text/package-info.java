/** Texts for people, in English or Danish, from resource bundles. */
package dk.kvalitetsstandard.text;
