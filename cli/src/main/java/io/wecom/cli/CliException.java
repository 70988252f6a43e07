package io.wecom.cli;

/** A failure the command line itself detects (bad input, incomplete configuration), with the exit code it means. */
final class CliException extends RuntimeException {

  private final int exitCode;

  private CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /** Wrong input: exit code 2. */
  static CliException usage(String message) {
    return new CliException(Failures.USAGE, message);
  }

  /** Missing or incomplete credentials: exit code 3. */
  static CliException credentials(String message) {
    return new CliException(Failures.CREDENTIALS, message);
  }

  int exitCode() {
    return exitCode;
  }
}
