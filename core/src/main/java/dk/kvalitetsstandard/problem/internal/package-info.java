/**
 * The texts of problems in English and Danish, and the factory that words a problem from its code.
 *
 * <p>Not part of the library's API: the module does not export this package. On the class path its
 * types are public only so that the library's other packages can reach them; they may change in any
 * release.
 */
package dk.kvalitetsstandard.problem.internal;
