package io.wecom.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wecom ops}: the operations of the spec by tag, with method, path and summary. */
@Command(name = "ops", description = "List the operations 'wecom call' calls.")
final class OpsCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "TAG", description = "Only this tag, e.g. user.")
  private String only;

  private final CliContext context;

  OpsCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    OperationCatalog catalog = OperationCatalog.bundled();
    if (only != null && !catalog.tags().contains(only)) {
      throw CliException.usage("unknown tag " + only + "; the tags are " + String.join(", ", catalog.tags()));
    }
    PrintStream out = context.out();
    for (String tag : catalog.tags()) {
      List<OperationSpec> operations = catalog.byTag(tag);
      if ((only != null && !only.equals(tag)) || operations.isEmpty()) {
        continue;
      }
      out.println(tag + (tag.equals("tokens") ? " (the command line fetches tokens itself; not for 'wecom call')" : ""));
      for (OperationSpec op : operations) {
        out.printf("  %-34s %-4s %-48s %s%n", op.id(), op.method(), op.path(), op.summary());
      }
    }
    return Failures.OK;
  }
}
