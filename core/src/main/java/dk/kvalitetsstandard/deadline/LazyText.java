package dk.kvalitetsstandard.deadline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.function.Function;

/**
 * A finding's message, written in the caller's language when it is first read (as JSON, or through
 * {@link Finding#message()}), not when the report is computed: a case tool that reads only the
 * dates and statuses pays nothing for the sentences. One read from JSON holds its text as given.
 * Equal when the texts are equal. Thread-safe: a text written twice by two threads is the same text.
 *
 * <p>Deadlines and complaint guidance write their own texts in the same way ({@link
 * Deadline#explanation()}, {@link ComplaintGuidance#text()}).
 */
final class LazyText {

  private final Function<Explainer, String> writer;
  private final Explainer explainer;
  private volatile String text;

  private LazyText(Function<Explainer, String> writer, Explainer explainer, String text) {
    this.writer = writer;
    this.explainer = explainer;
    this.text = text;
  }

  /** A text {@code writer} writes with {@code explainer} when first read: a finding's message. */
  static LazyText of(Function<Explainer, String> writer, Explainer explainer) {
    return new LazyText(writer, explainer, null);
  }

  /** A text already written, as read from JSON. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static LazyText written(String text) {
    return new LazyText(null, null, Objects.requireNonNull(text, "text"));
  }

  @JsonValue
  @Override
  public String toString() {
    String written = text;
    if (written == null) {
      written = writer.apply(explainer);
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
