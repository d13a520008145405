package dk.kvalitetsstandard.standardfile;

import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.spi.StandardProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A provider whose standard is a data file in its module ({@link StandardFile}): a municipality
 * module names its file and nothing else.
 *
 * <pre>{@code
 * public final class OdsherredStandardProvider extends StandardFileProvider {
 *   public OdsherredStandardProvider() {
 *     super("odsherred.yaml", () -> OdsherredStandardProvider.class.getResourceAsStream("odsherred.yaml"));
 *   }
 * }
 * }</pre>
 *
 * <p>The file is opened by the module's own class, so it is found on the module path too. It is read
 * when the standard is first asked for, once per provider class: every instance gives the same standard. The file was checked against its schema and
 * every constraint when the module was built (by the conformance kit), so reading it only binds it; a
 * file that cannot be bound is an error naming every problem. This class is thread-safe.
 */
public abstract class StandardFileProvider implements StandardProvider {

  /** The standard of each provider class, read once however many instances the service loaders make. */
  private static final Map<Class<?>, QualityStandard> READ = new ConcurrentHashMap<>();

  private final String name;
  private final Supplier<InputStream> file;

  /**
   * A provider of the standard in a file.
   *
   * @param name the file's name, for messages
   * @param file opens the file; gives null if the file is missing
   */
  protected StandardFileProvider(String name, Supplier<InputStream> file) {
    this.name = Objects.requireNonNull(name, "name");
    this.file = Objects.requireNonNull(file, "file");
  }

  /** {@return the name of the standard's file, as given to the constructor} */
  public final String fileName() {
    return name;
  }

  /**
   * The standard in the file, read on the first call.
   *
   * @throws InvalidStandardFileException if the file is not a standard
   * @throws UncheckedIOException if the file is missing or cannot be read
   */
  @Override
  public final QualityStandard standard() {
    return READ.computeIfAbsent(getClass(), c -> readFile());
  }

  private QualityStandard readFile() {
    try (InputStream in = file.get()) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("the standard file " + name + " is missing from "
            + getClass().getName() + "'s module"));
      }
      return StandardFile.read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the standard file " + name, e);
    }
  }
}
