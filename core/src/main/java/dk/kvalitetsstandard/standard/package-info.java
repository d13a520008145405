/**
 * The vocabulary of a municipal quality standard: offers, contact points, guarantee clocks,
 * deadlines, follow-up schedules, free-choice rules, fees, gift-card schemes, complaint routes,
 * provider requirements, key figures and the standard itself.
 *
 * <p>Every element carries a {@link dk.kvalitetsstandard.standard.Source}: the catalogue rule ID
 * it encodes and a short quote of the seed text it came from. All types are immutable and
 * thread-safe; optional values are {@link java.util.Optional}, never null.
 */
@ValueStyle
package dk.kvalitetsstandard.standard;

import dk.kvalitetsstandard.value.ValueStyle;
