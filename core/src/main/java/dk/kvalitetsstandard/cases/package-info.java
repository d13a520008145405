/**
 * A citizen's case as the deadline engine sees it: the municipality, the report date, the track,
 * the citizen and the events, with their validation. The JSON form is in CASE-FORMAT terms and is
 * read by {@link dk.kvalitetsstandard.cases.CaseFileReader}.
 */
@ValueStyle
package dk.kvalitetsstandard.cases;

import dk.kvalitetsstandard.value.ValueStyle;
