package dk.kvalitetsstandard.questions;

/** The addictive medicine of a substitution treatment (SUL § 142). */
public enum Medicine {
  /** Heroin: excluded from free choice (NAT-F5). */
  DIACETYLMORPHINE,
  /** Methadone. */
  METHADONE,
  /** Buprenorphine. */
  BUPRENORPHINE,
  /** Any other addictive medicine. */
  OTHER
}
