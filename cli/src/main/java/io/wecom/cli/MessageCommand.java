package io.wecom.cli;

import io.wecom.client.message.AppMessage;
import io.wecom.client.message.SendResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every {@code wecom send} kind shares: recipients, agent id, options, the text and the sending itself. The
 * message is checked against WeCom's limits (by the client's builders) before anything is started or sent.
 */
abstract class MessageCommand implements Callable<Integer> {

  @Mixin
  private ConnectionOptions connection;

  @Option(names = "--to", split = ",", paramLabel = "USER", description = "Userids, comma-separated, or @all.")
  private List<String> users = List.of();

  @Option(names = "--party", split = ",", paramLabel = "ID", description = "Department ids, comma-separated.")
  private List<String> parties = List.of();

  @Option(names = "--tag", split = ",", paramLabel = "ID", description = "Tag ids, comma-separated.")
  private List<String> tags = List.of();

  @Option(names = "--agent", paramLabel = "ID", description = "The sending app (default WECOM_AGENT_ID).")
  private Long agentId;

  @Option(names = "--file", paramLabel = "FILE", description = "Read the text from FILE (UTF-8).")
  private Path file;

  @Option(names = "--duplicate-check", paramLabel = "SECONDS",
      description = "Have WeCom drop the same message sent again within SECONDS (at most 14400); makes retries safe.")
  private Long duplicateCheckSeconds;

  @Option(names = "--json", description = "Print the result as JSON.")
  private boolean json;

  @Parameters(paramLabel = "TEXT", arity = "0..*",
      description = "The text (words are joined with spaces); - reads standard input, as does no text when it is "
          + "not a terminal.")
  private List<String> words = List.of();

  private final CliContext context;

  MessageCommand(CliContext context) {
    this.context = context;
  }

  /** The message of this kind, with {@code text} (from TEXT, --file or standard input) when there is one. */
  abstract AppMessage content(Optional<String> text);

  static String required(Optional<String> text) {
    return text.orElseThrow(() -> CliException.usage(
        "no text: give TEXT, --file FILE, or - to read it from standard input"));
  }

  @Override
  public Integer call() {
    CliConfig config = connection.load(context.env());
    long agent = Optional.ofNullable(agentId).or(() -> Backend.defaultAgentId(config))
        .orElseThrow(() -> CliException.usage("no agent id to send with: give --agent ID, or set WECOM_AGENT_ID "
            + "or agent-id in the config file"));
    AppMessage message = content(TextInput.read(words, file, context))
        .toUsers(users).toParties(parties).toTags(tags).agentId(agent);
    if (duplicateCheckSeconds != null) {
      message = message.duplicateCheck(Duration.ofSeconds(duplicateCheckSeconds));
    }
    message.build();
    try (Backend backend = Backend.open(config, context.err())) {
      SendResult result = backend.client().messages().send(message);
      context.out().println(json ? SendResultOutput.json(result) : SendResultOutput.line(result));
    }
    return Failures.OK;
  }
}
