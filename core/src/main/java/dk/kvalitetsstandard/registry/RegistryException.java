package dk.kvalitetsstandard.registry;

/** The registry cannot answer: an unknown municipality, or providers that contradict each other. */
public final class RegistryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RegistryException(String message) {
    super(message);
  }

  RegistryException(String message, Throwable cause) {
    super(message, cause);
  }
}
