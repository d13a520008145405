package dk.kvalitetsstandard.standardfile;

import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.spi.StandardProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
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
 * file that cannot be bound is an error naming every problem.
 *
 * <p>A module may also compile its file into Java when it is built ({@link StandardFileCompiler}) and
 * name the compiled class besides the file: then the standard is built by that class, without
 * starting Jackson and its YAML parser, which a program otherwise pays for at its start. The
 * conformance kit checks that the compiled standard equals the file's ({@link #checkFile()}).
 *
 * <pre>{@code
 * super("odsherred.yaml", () -> OdsherredStandardProvider.class.getResourceAsStream("odsherred.yaml"),
 *     OdsherredStandardData::standard);
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public abstract class StandardFileProvider implements StandardProvider {

  /** The standard of each provider class, read once however many instances the service loaders make. */
  private static final Map<Class<?>, QualityStandard> READ = new ConcurrentHashMap<>();

  private final String name;
  private final Supplier<InputStream> file;
  private final Supplier<QualityStandard> compiled;

  /**
   * A provider of the standard in a file, read when the standard is first asked for.
   *
   * @param name the file's name, for messages
   * @param file opens the file; gives null if the file is missing
   */
  protected StandardFileProvider(String name, Supplier<InputStream> file) {
    this.name = Objects.requireNonNull(name, "name");
    this.file = Objects.requireNonNull(file, "file");
    this.compiled = null;
  }

  /**
   * A provider of the standard in a file that was compiled into Java when the module was built.
   *
   * @param name the file's name, for messages
   * @param file opens the file; gives null if the file is missing
   * @param compiled builds the standard of the file, as the class {@link StandardFileCompiler}
   *     wrote does; not null
   */
  protected StandardFileProvider(String name, Supplier<InputStream> file, Supplier<QualityStandard> compiled) {
    this.name = Objects.requireNonNull(name, "name");
    this.file = Objects.requireNonNull(file, "file");
    this.compiled = Objects.requireNonNull(compiled, "compiled");
  }

  /** {@return the name of the standard's file, as given to the constructor} */
  public final String fileName() {
    return name;
  }

  /**
   * The standard in the file, built by the compiled class or else read from the file, on the first
   * call.
   *
   * @throws InvalidStandardFileException if the file is not a standard
   * @throws UncheckedIOException if the file is missing or cannot be read
   */
  @Override
  public final QualityStandard standard() {
    return READ.computeIfAbsent(getClass(), c -> compiled != null ? compiled.get() : readFile(StandardFile::read));
  }

  /**
   * Reads the file itself, whether or not it was compiled, and checks it as an author's draft is
   * checked ({@link StandardFile#check}): against the schema, bound, and against every constraint.
   *
   * @return the standard in the file, read anew
   * @throws InvalidStandardFileException naming every problem of the file
   * @throws UncheckedIOException if the file is missing or cannot be read
   */
  public final QualityStandard checkFile() {
    return readFile(StandardFile::check);
  }

  private QualityStandard readFile(BiFunction<InputStream, String, QualityStandard> reader) {
    try (InputStream in = file.get()) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("the standard file " + name + " is missing from "
            + getClass().getName() + "'s module"));
      }
      return reader.apply(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the standard file " + name, e);
    }
  }
}
