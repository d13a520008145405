/**
 * The check of a case file against the law and its municipality's standard, and the strict JSON reader that names every problem of a case file or question with its path.
 *
 * <p>Not part of the library's API: the module does not export this package. On the class path its
 * types are public only so that the library's other packages can reach them; they may change in any
 * release.
 */
package dk.kvalitetsstandard.cases.internal;
