/**
 * The four questions a case tool asks besides deadlines: may the citizen choose
 * this provider (free choice), which offers fit this citizen (screening), what does the citizen
 * pay (fees), and how many gift cards has the citizen earned. Every answer names the rules that
 * decided it; a point left to a caseworker or an input not given is answered {@code null}, never
 * guessed. The JSON form of the questions, read by
 * {@link dk.kvalitetsstandard.questions.QuestionReader}, and of the answers is described field by
 * field in {@code core/FORMATS.md} in the source repository; their JSON Schemas are
 * {@link dk.kvalitetsstandard.schema.FormatSchema#QUESTION} and
 * {@link dk.kvalitetsstandard.schema.FormatSchema#ANSWER}.
 */
@ValueStyle
package dk.kvalitetsstandard.questions;

import dk.kvalitetsstandard.value.ValueStyle;
