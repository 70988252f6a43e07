package io.wecom.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option of the commands that call WeCom. */
final class ConnectionOptions {

  @Option(names = "--config", paramLabel = "FILE",
      description = "Properties file with corp-id, secret, agent-id, base-url (default ~/" + CliConfig.DEFAULT_FILE
          + "); WECOM_CORP_ID, WECOM_SECRET, WECOM_AGENT_ID, WECOM_BASE_URL override it.")
  private Path file;

  CliConfig load(Map<String, String> env) {
    return CliConfig.load(file, env);
  }
}
