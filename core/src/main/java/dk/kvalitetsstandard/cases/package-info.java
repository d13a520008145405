/**
 * A citizen's case as the deadline engine sees it: the municipality, the report date, the track,
 * the citizen and the events, with their validation. The JSON form is read by
 * {@link dk.kvalitetsstandard.cases.CaseFileReader}; every field of it, and what each event type
 * means, is described in {@code core/FORMATS.md} in the source repository, and its JSON Schema is
 * {@link dk.kvalitetsstandard.schema.FormatSchema#CASE_FILE}.
 */
@ValueStyle
package dk.kvalitetsstandard.cases;

import dk.kvalitetsstandard.value.ValueStyle;
