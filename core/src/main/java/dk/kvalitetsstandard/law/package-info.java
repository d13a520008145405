/**
 * The law behind every quality standard: acts, legal references rendered as Danish citations and
 * dated by the period they are in force, the treatment tracks, the national rules (NAT-*) and the
 * contents that every standard must describe (NAT-Q1).
 */
@ValueStyle
package dk.kvalitetsstandard.law;

import dk.kvalitetsstandard.value.ValueStyle;
