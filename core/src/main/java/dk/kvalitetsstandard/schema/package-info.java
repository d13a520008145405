/**
 * The JSON Schemas of the library's JSON formats, for validators and code generators outside Java:
 * {@link dk.kvalitetsstandard.schema.FormatSchema} names them and opens them from the core jar.
 * {@code core/FORMATS.md} in the source repository describes every field for people.
 */
package dk.kvalitetsstandard.schema;
