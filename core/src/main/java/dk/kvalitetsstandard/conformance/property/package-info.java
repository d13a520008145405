/**
 * Property checks over the library's domain, usable from any test framework or none: generators
 * of case histories ({@link dk.kvalitetsstandard.conformance.property.CaseFiles}), of the four
 * questions ({@link dk.kvalitetsstandard.conformance.property.Questions}) and of changed
 * standards ({@link dk.kvalitetsstandard.conformance.property.Mutations}), drawing dates and ages
 * from {@link dk.kvalitetsstandard.conformance.property.Boundaries}; a runner,
 * {@link dk.kvalitetsstandard.conformance.property.ForAll}, that tries a
 * {@link dk.kvalitetsstandard.conformance.property.Property} on values from consecutive seeds,
 * shrinks the first failing value and reports it with its seed as a
 * {@link dk.kvalitetsstandard.conformance.property.PropertyFailure}; and
 * {@link dk.kvalitetsstandard.conformance.property.NamedCheck}, one check ready to run as a test
 * of its own. Small and domain-specific by design: it is not a general framework.
 */
package dk.kvalitetsstandard.conformance.property;
