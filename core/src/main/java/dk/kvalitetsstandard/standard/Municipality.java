package dk.kvalitetsstandard.standard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A Danish municipality: its name, the slug used in files and on the command line, and its
 * four-digit municipality code.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMunicipality.class)
@JsonDeserialize(as = ImmutableMunicipality.class)
public abstract class Municipality {

  /** The name, for example {@code Randers}. */
  @NotBlank
  public abstract String name();

  /** The slug: lower-case letters, for example {@code randers}. */
  @Pattern(regexp = "[a-z][a-z0-9-]*", message = "is not a lower-case slug")
  public abstract String slug();

  /** The four-digit municipality code, for example {@code 0730}. */
  @Pattern(regexp = "[0-9]{4}", message = "is not a four-digit municipality code")
  public abstract String code();

  /** A municipality. */
  public static Municipality of(String name, String slug, String code) {
    return ImmutableMunicipality.builder().name(name).slug(slug).code(code).build();
  }

  /** Whether {@code slugOrCode} names this municipality (slug in any case, or code). */
  public boolean isNamedBy(String slugOrCode) {
    return slug().equalsIgnoreCase(slugOrCode) || code().equals(slugOrCode);
  }

  @Override
  public String toString() {
    return name() + " (" + code() + ")";
  }
}
