package dk.kvalitetsstandard.deadline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A deadline's explanation, written in the caller's language when it is first read (as JSON, or
 * through {@link Deadline#explanation()}), not when the report is computed: a case tool that reads
 * only the dates and statuses pays nothing for the sentences. One read from JSON holds its text
 * as given. Equal when the texts are equal. Thread-safe: a text written twice by two threads is
 * the same text.
 */
final class LazyText {

  private final Draft draft;
  private final Explainer explainer;
  private volatile String text;

  private LazyText(Draft draft, Explainer explainer, String text) {
    this.draft = draft;
    this.explainer = explainer;
    this.text = text;
  }

  /** The explanation of {@code draft}, to be written by {@code explainer} when first read. */
  static LazyText of(Draft draft, Explainer explainer) {
    return new LazyText(draft, explainer, null);
  }

  /** A text already written, as read from JSON. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static LazyText written(String text) {
    return new LazyText(null, null, text);
  }

  @JsonValue
  @Override
  public String toString() {
    String written = text;
    if (written == null) {
      written = explainer.explain(draft);
      text = written;
    }
    return written;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LazyText that && toString().equals(that.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
