/**
 * The counting of procedural time limits over the public holidays: a limit that ends on a Saturday, Sunday or public holiday runs to the next working day.
 *
 * <p>Not part of the library's API: the module does not export this package. On the class path its
 * types are public only so that the library's other packages can reach them; they may change in any
 * release.
 */
package dk.kvalitetsstandard.calendar.internal;
