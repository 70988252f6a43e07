package io.wecom.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * What one run of the command works with: its standard streams and its environment variables.
 *
 * @param stdinIsTerminal whether {@code in} is a terminal, in which case a send without text does not read it
 */
record CliContext(InputStream in, boolean stdinIsTerminal, PrintStream out, PrintStream err, Map<String, String> env) {
}
