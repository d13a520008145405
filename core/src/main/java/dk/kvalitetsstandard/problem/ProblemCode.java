package dk.kvalitetsstandard.problem;

/**
 * What kind of problem a {@link Problem} is: a stable code that a program may act on and a user
 * interface may look up, whatever the wording of the message. The names are a contract: a code is
 * never renamed or given another meaning, and new codes may be added. {@code core/FORMATS.md}
 * lists every code with an example.
 *
 * <p>The first group concerns reading a document (a case file, a question, a standard file, a line
 * of an audit), the second what a case or question says, the third a standard and the registry.
 */
public enum ProblemCode {

  // Reading a document

  /** The document, line or file is longer than the reader takes. */
  DOCUMENT_TOO_LONG,
  /** The bytes are not UTF-8 text. */
  NOT_UTF8,
  /** The document or file holds nothing. */
  EMPTY_DOCUMENT,
  /** The document is JSON, but not a single JSON object. */
  NOT_AN_OBJECT,
  /** A case file was given where a question was expected, or the other way round. */
  WRONG_DOCUMENT,
  /** The document cannot be read as JSON or YAML at all. */
  MALFORMED,
  /** The document is nested too deeply or holds a number, key or string beyond the reader's limits. */
  READER_LIMIT,
  /** More follows the end of the document's one object. */
  TRAILING_CONTENT,
  /** A key is given more than once in one object. */
  DUPLICATE_KEY,
  /** A key the format does not know. */
  UNKNOWN_FIELD,
  /** A field that must be given is missing. */
  REQUIRED,
  /** A field the format knows, but not for this type of event or question. */
  FIELD_NOT_TAKEN,
  /** A value of the wrong JSON or YAML type: a string for a number, a fraction for a whole number, and so on. */
  WRONG_TYPE,
  /** A value that is not one of the values the field takes. */
  NOT_ONE_OF,
  /** A text that is not an ISO date ({@code YYYY-MM-DD}) of the calendar. */
  NOT_A_DATE,
  /** A number too large, or too precise, to be read. */
  NUMBER_OUT_OF_RANGE,

  // What a case or question says

  /** A date outside the dates the library handles ({@link dk.kvalitetsstandard.cases.CaseFile#EARLIEST_DATE} to
   * {@link dk.kvalitetsstandard.cases.CaseFile#LATEST_DATE}). */
  DATE_OUT_OF_RANGE,
  /** More events, or sessions, than a document may list. */
  TOO_MANY_ENTRIES,
  /** No quality standard is known for the municipality. */
  UNKNOWN_MUNICIPALITY,
  /** The municipality's standard does not cover the track. */
  TRACK_NOT_COVERED,
  /** An offer that is neither an offer kind nor an offer of the municipality's standard. */
  UNKNOWN_OFFER,
  /** An age that cannot be, or that falls outside what the rule asked about admits. */
  AGE_OUT_OF_RANGE,
  /** A CPR number that is not ten digits (the value is never repeated). */
  INVALID_CPR,
  /** A CPR number or a name on an anonymous case (SEL § 101 a, NAT-A6). */
  IDENTIFIES_ANONYMOUS_CITIZEN,
  /** A date after the document's {@code asOf}: a report describes only what has happened. */
  AFTER_AS_OF,
  /** A decision on the guarantee for a minor, on a citizen aged 18 or more. */
  UNDER18_DECISION_FOR_ADULT,
  /** An event that cannot come before the event it needs (a start before any contact, for example). */
  OUT_OF_ORDER,
  /** An amount in DKK that is negative, too large or finer than whole øre. */
  INVALID_AMOUNT,
  /** The library could not evaluate a case it had accepted: a defect of the library, reported by the audit. */
  NOT_EVALUATED,

  // A standard and the registry

  /** A standard file breaks the schema of standard files in a way none of the codes above names. */
  SCHEMA_VIOLATION,
  /** A standard breaks a constraint of the model: an age range that ends before it starts, for example. */
  CONSTRAINT_VIOLATED,
  /** A standard provider on the class or module path could not be loaded. */
  PROVIDER_NOT_LOADED,
  /** A standard provider failed, or gave no standard. */
  PROVIDER_FAILED,
  /** Two providers claim the same municipality for overlapping periods, or one slug or code for two municipalities. */
  CONFLICTING_PROVIDERS
}
