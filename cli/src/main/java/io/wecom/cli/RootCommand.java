package io.wecom.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wecom}: the command group; its help and version options (and their text) reach every subcommand. */
@Command(name = "wecom", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
    scope = CommandLine.ScopeType.INHERIT,
    description = "Send WeCom (企业微信) alerts and call any operation of the WeCom API. Without credentials "
        + "every command runs against an embedded sandbox.",
    subcommands = {SendCommand.class, CallCommand.class, OpsCommand.class, SandboxCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "1:any other failure", "2:usage, or a message breaking a WeCom limit",
        "3:token or credentials rejected or missing", "4:rate limited", "5:transport (no usable answer)"})
final class RootCommand implements Runnable {

  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is missing: send, call, ops or sandbox");
  }

  /** The version from the runnable jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = RootCommand.class.getPackage().getImplementationVersion();
      return new String[] {"wecom " + (version == null ? "(development build)" : version)};
    }
  }
}
