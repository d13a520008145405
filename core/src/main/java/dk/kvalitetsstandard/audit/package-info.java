/**
 * Auditing many cases at once: how often the treatment guarantee was kept, per municipality, year
 * and track, and why not. {@link dk.kvalitetsstandard.audit.AuditFigures} is the aggregate any
 * stream of deadline reports can feed (associative, so partial figures from parallel or distributed
 * work combine into the same result); {@link dk.kvalitetsstandard.audit.CaseStreamAudit} reads a
 * file of newline-delimited case files, streamed and on all cores, and reports every bad line;
 * {@link dk.kvalitetsstandard.audit.SyntheticHistories} writes synthetic case histories for tests
 * and benchmarks.
 */
package dk.kvalitetsstandard.audit;
