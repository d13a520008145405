package dk.kvalitetsstandard.standard;

/** An element with an ID that is unique within its standard. */
public interface Identified {

  /** The ID; never null. */
  String id();
}
