/**
 * Problems: what is wrong with a case file, a question, a standard file or the registry's
 * providers, each with its path, a stable {@link dk.kvalitetsstandard.problem.ProblemCode code} and
 * a message in English and Danish, and never a CPR number.
 */
package dk.kvalitetsstandard.problem;
