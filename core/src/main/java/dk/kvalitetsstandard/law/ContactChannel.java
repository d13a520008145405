package dk.kvalitetsstandard.law;

/** How a citizen made contact. */
public enum ContactChannel {
  IN_PERSON, PHONE, DIGITAL, VIA_PROVIDER
}
