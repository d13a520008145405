/**
 * The deadline engine: from a case's events, every deadline the law and the municipality's
 * standard give it, the effective one of the two, whether it was met, and where the standard
 * alone would give the citizen less.
 */
@ValueStyle
package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.value.ValueStyle;
