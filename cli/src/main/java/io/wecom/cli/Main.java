package io.wecom.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * The {@code wecom} command: sends alerts, calls any operation of the spec, lists the operations and runs the
 * sandbox. {@link #run} is the whole program with its input, output and environment passed in, so that it runs
 * in-process as well; {@link #main} runs it on the process's own and exits with the code it returns: 0 ok, 2 usage,
 * 3 token or credential, 4 rate limited, 5 transport, 1 anything else.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.in, stdinIsTerminal(), System.out, System.err, System.getenv()));
  }

  /** Runs {@code wecom args} with a standard input that is not a terminal; returns the exit code. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    return run(args, in, false, out, err, env);
  }

  /**
   * Runs {@code wecom args}; returns the exit code. When {@code stdinIsTerminal} is false, a send without text reads
   * it from {@code in}.
   */
  public static int run(String[] args, InputStream in, boolean stdinIsTerminal, PrintStream out, PrintStream err,
      Map<String, String> env) {
    CliContext context = new CliContext(in, stdinIsTerminal, out, err, Map.copyOf(env));
    CommandLine commandLine = new CommandLine(RootCommand.class, new ContextFactory(context));
    commandLine.setExpandAtFiles(false);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setParameterExceptionHandler((e, ignored) -> {
      err.println(Failures.usageLine(e.getMessage(), e.getCommandLine().getCommandSpec().qualifiedName()));
      return Failures.USAGE;
    });
    commandLine.setExecutionExceptionHandler((e, failed, ignored) -> {
      err.println(Failures.describe(e, failed.getCommandSpec().qualifiedName()));
      return Failures.exitCode(e);
    });
    return commandLine.execute(args);
  }

  /** Whether the process's standard input is a terminal (and so not a text to read). */
  private static boolean stdinIsTerminal() {
    if (System.console() != null) {
      return true;
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
