/**
 * The constraint check of a quality standard (Jakarta Validation with Hibernate Validator), whose constraints fire on the value types' accessor methods.
 *
 * <p>Not part of the library's API: the module does not export this package. On the class path its
 * types are public only so that the library's other packages can reach them; they may change in any
 * release.
 */
package dk.kvalitetsstandard.standard.internal;
