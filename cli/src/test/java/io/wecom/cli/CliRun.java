package io.wecom.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One in-process run of {@code wecom}: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

  /** Runs with an empty standard input that is not a terminal. */
  static CliRun run(Map<String, String> env, String... args) {
    return run(env, "", false, args);
  }

  static CliRun run(Map<String, String> env, String stdin, boolean stdinIsTerminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), stdinIsTerminal,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env);
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Both streams, for asserting what was never printed. */
  String printed() {
    return out + err;
  }
}
