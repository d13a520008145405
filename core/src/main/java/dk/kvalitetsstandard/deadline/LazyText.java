package dk.kvalitetsstandard.deadline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A deadline's explanation or a decision's complaint guidance, written in the caller's language
 * when it is first read (as JSON, or through {@link Deadline#explanation()} and
 * {@link ComplaintGuidance#text()}), not when the report is computed: a case tool that reads only
 * the dates and statuses pays nothing for the sentences. One read from JSON holds its text as
 * given. Equal when the texts are equal. Thread-safe: a text written twice by two threads is the
 * same text.
 */
final class LazyText {

  private final Draft draft;
  private final GuidanceDraft guidance;
  private final Explainer explainer;
  private volatile String text;

  private LazyText(Draft draft, GuidanceDraft guidance, Explainer explainer, String text) {
    this.draft = draft;
    this.guidance = guidance;
    this.explainer = explainer;
    this.text = text;
  }

  /** The explanation of {@code draft}, to be written by {@code explainer} when first read. */
  static LazyText of(Draft draft, Explainer explainer) {
    return new LazyText(draft, null, explainer, null);
  }

  /** The complaint guidance of {@code guidance}, to be written by {@code explainer} when first read. */
  static LazyText of(GuidanceDraft guidance, Explainer explainer) {
    return new LazyText(null, guidance, explainer, null);
  }

  /** A text already written, as read from JSON. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static LazyText written(String text) {
    return new LazyText(null, null, null, text);
  }

  @JsonValue
  @Override
  public String toString() {
    String written = text;
    if (written == null) {
      written = draft != null ? explainer.explain(draft) : explainer.guidance(guidance);
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
