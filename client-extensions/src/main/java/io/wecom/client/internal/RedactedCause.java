package io.wecom.client.internal;

/**
 * A stand-in for an exception of a cause chain whose message could hold a secret (Feign's name the request URL,
 * tokens and all): the original's class name and masked message as its message, its stack trace, and a masked copy
 * of its own cause. Built for every link of a chain, so that no original message is reachable from what the caller gets.
 */
public final class RedactedCause extends Exception {

  private RedactedCause(Throwable original) {
    super(original.getClass().getName() + (original.getMessage() == null ? ""
        : ": " + Redactor.redact(original.getMessage())), original.getCause() == null ? null
        : of(original.getCause()), false, true);
    setStackTrace(original.getStackTrace());
  }

  /** A masked copy of {@code cause} and its chain; {@code null} for {@code null}. */
  public static Throwable of(Throwable cause) {
    if (cause == null || cause instanceof RedactedCause) {
      return cause;
    }
    return new RedactedCause(cause);
  }

  @Override
  public String toString() {
    return getMessage();
  }
}
