package dk.kvalitetsstandard.examples.cli;

/**
 * A command given wrongly, or a file the tool cannot read or write (as opposed to a file whose
 * content is wrong): exit code 2. The message is the tool's own, in English.
 */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
