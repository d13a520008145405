/**
 * The conformance kit for municipalities, auditors and plug-in authors, independent of any test
 * framework: the NAT-Q1 checklist and the floor checks of a standard against the law
 * ({@link dk.kvalitetsstandard.conformance.StandardChecker}), plug-in checks
 * ({@link dk.kvalitetsstandard.conformance.PluginCheck}), the library's own laws as properties
 * over generated case histories, questions and mutated standards, and as an exhaustive check of
 * the date arithmetic ({@link dk.kvalitetsstandard.conformance.Laws}), and all of them in one call
 * ({@link dk.kvalitetsstandard.conformance.ConformanceKit}). The generators and the property
 * runner are in {@link dk.kvalitetsstandard.conformance.property}.
 */
@ValueStyle
package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.value.ValueStyle;
