package dk.kvalitetsstandard.standard;

/** An element of a standard that says where it comes from. */
public interface Sourced {

  /** {@return the rule ID and seed quote behind this element; never null} */
  Source source();
}
