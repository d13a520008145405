/**
 * The conformance kit for municipalities, auditors and plug-in authors, independent of any test
 * framework: the NAT-Q1 checklist and the floor checks of a standard against the law
 * ({@link dk.kvalitetsstandard.conformance.StandardChecker}), plug-in checks
 * ({@link dk.kvalitetsstandard.conformance.PluginCheck}), property checks over generated case
 * histories ({@link dk.kvalitetsstandard.conformance.PropertyCheck},
 * {@link dk.kvalitetsstandard.conformance.DeadlineProperties}), and all of them in one call
 * ({@link dk.kvalitetsstandard.conformance.ConformanceKit}).
 */
@ValueStyle
package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.value.ValueStyle;
