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
 *
 * <p>Deadlines and complaint guidance write their own texts in the same way; this type serves a
 * finding's message.
 */
abstract class LazyText {

  private volatile String text;

  LazyText() {
  }

  private LazyText(String text) {
    this.text = text;
  }

  /** Writes the text; called when it is first read, and again only by a thread that read it at the same time. */
  abstract String write();

  /** A text {@code writer} writes with {@code explainer} when first read: a finding's message. */
  static LazyText of(Function<Explainer, String> writer, Explainer explainer) {
    return new LazyText() {
      @Override
      String write() {
        return writer.apply(explainer);
      }
    };
  }

  /** A text already written, as read from JSON. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static LazyText written(String text) {
    return new Written(Objects.requireNonNull(text, "text"));
  }

  @JsonValue
  @Override
  public final String toString() {
    String written = text;
    if (written == null) {
      written = write();
      text = written;
    }
    return written;
  }

  @Override
  public final boolean equals(Object other) {
    return other instanceof LazyText that && toString().equals(that.toString());
  }

  @Override
  public final int hashCode() {
    return toString().hashCode();
  }

  /** A text given as it is. */
  private static final class Written extends LazyText {
    Written(String text) {
      super(text);
    }

    @Override
    String write() {
      throw new AssertionError("a written text is never written again");
    }
  }
}
