package dk.kvalitetsstandard.deadline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.function.Function;

/**
 * A deadline's explanation, a decision's complaint guidance or a finding's message, written in the
 * caller's language when it is first read (as JSON, or through {@link Deadline#explanation()},
 * {@link ComplaintGuidance#text()} and {@link Finding#message()}), not when the report is computed:
 * a case tool that reads only the dates and statuses pays nothing for the sentences. One read from
 * JSON holds its text as given. Equal when the texts are equal. Thread-safe: a text written twice by
 * two threads is the same text.
 */
final class LazyText {

  private final Draft draft;
  private final GuidanceDraft guidance;
  private final Function<Explainer, String> writer;
  private final Explainer explainer;
  private volatile String text;

  private LazyText(Draft draft, GuidanceDraft guidance, Function<Explainer, String> writer, Explainer explainer,
      String text) {
    this.draft = draft;
    this.guidance = guidance;
    this.writer = writer;
    this.explainer = explainer;
    this.text = text;
  }

  /** The explanation of {@code draft}, to be written by {@code explainer} when first read. */
  static LazyText of(Draft draft, Explainer explainer) {
    return new LazyText(draft, null, null, explainer, null);
  }

  /** The complaint guidance of {@code guidance}, to be written by {@code explainer} when first read. */
  static LazyText of(GuidanceDraft guidance, Explainer explainer) {
    return new LazyText(null, guidance, null, explainer, null);
  }

  /** A text {@code writer} writes with {@code explainer} when first read: a finding's message. */
  static LazyText of(Function<Explainer, String> writer, Explainer explainer) {
    return new LazyText(null, null, writer, explainer, null);
  }

  /** A text already written, as read from JSON. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static LazyText written(String text) {
    return new LazyText(null, null, null, null, Objects.requireNonNull(text, "text"));
  }

  @JsonValue
  @Override
  public String toString() {
    String written = text;
    if (written == null) {
      written = draft != null ? explainer.explain(draft)
          : guidance != null ? explainer.guidance(guidance) : writer.apply(explainer);
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
