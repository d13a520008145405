package dk.kvalitetsstandard.standard;

/**
 * An element of a standard with an ID that is unique among the elements of its kind in that
 * standard ({@link UniqueIds}).
 */
public interface Identified {

  /** {@return the ID, unique among the elements of its kind in its standard; never null} */
  String id();
}
