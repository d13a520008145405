package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** File names and writing files for the commands: never half a file, and errors in the tool's own words. */
final class FileAccess {

  private FileAccess() {}

  /** {@code name} as a path. */
  static Path path(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new UsageException(Problem.quote(name) + " is not a usable file name");
    }
  }

  /**
   * Writes {@code text} to {@code target} all at once: into a temporary file beside it, then moved
   * into place, so that a reader never sees half a file and a failure leaves nothing behind.
   */
  static void writeAtomically(Path target, String text) {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new UsageException("cannot write " + target + ": it is a directory");
    }
    Path temp = null;
    try {
      temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
      try {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: keep its defaults
      }
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UsageException("cannot write " + target + ": " + reason(e));
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException | UncheckedIOException e) {
          // the temporary file was moved, or cannot be removed either; nothing more to do
        }
      }
    }
  }

  /** Why an input or output failed, in words (never the name of an exception). */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "the directory does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return "an input or output error";
  }
}
