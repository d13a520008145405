package dk.kvalitetsstandard.standard;

/** How a key figure's percentage is meant. */
public enum Bound {
  AT_LEAST, AT_MOST
}
