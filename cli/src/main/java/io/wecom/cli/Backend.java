package io.wecom.cli;

import io.wecom.client.WeComClient;
import io.wecom.client.WeComClientBuilder;
import io.wecom.client.token.TokenKind;
import io.wecom.sandbox.WeComSandbox;
import java.io.PrintStream;
import java.util.Optional;

/**
 * The WeCom a command talks to: the one configured, or, without credentials, a sandbox started for the command on
 * a free loopback port and stopped with it.
 */
final class Backend implements AutoCloseable {

  /** The agent id messages get on the embedded sandbox: the app of the spec's examples. */
  static final long SANDBOX_AGENT_ID = 1000002;
  private static final String SANDBOX_CORP_ID = "ww-sandbox";
  private static final String SANDBOX_SECRET = "sandbox-secret";

  private final WeComClient client;
  private final WeComSandbox sandbox;

  private Backend(WeComClient client, WeComSandbox sandbox) {
    this.client = client;
    this.sandbox = sandbox;
  }

  /** Connects as {@code config} says; says on {@code err}, in one line, when it starts an embedded sandbox. */
  static Backend open(CliConfig config, PrintStream err) {
    if (config.hasCredentials()) {
      WeComClientBuilder builder = WeComClient.builder();
      if (config.corpId() != null) {
        builder.corpId(config.corpId());
      }
      if (config.secret() != null) {
        builder.secret(config.secret());
      }
      config.value("msgaudit-secret").ifPresent(builder::msgAuditSecret);
      config.value("suite-id").ifPresent(id -> builder.suite(id, config.value("suite-secret").orElseThrow(),
          () -> config.value("suite-ticket").orElseThrow()));
      config.value("provider-corp-id").ifPresent(id -> builder.provider(id,
          config.value("provider-secret").orElseThrow()));
      config.value("auth-corp-id").ifPresent(id -> builder.authorizedCorp(id,
          config.value("permanent-code").orElseThrow()));
      config.value("webhook-key").ifPresent(key -> builder.tokenProvider(new FixedCredential(TokenKind.WEBHOOK_KEY,
          key)));
      config.baseUrl().ifPresent(builder::baseUrl);
      return new Backend(builder.build(), null);
    }
    WeComSandbox sandbox = WeComSandbox.start();
    err.println("wecom: no credentials configured (WECOM_CORP_ID, WECOM_SECRET or ~/" + CliConfig.DEFAULT_FILE
        + "), so this runs against an embedded sandbox at " + sandbox.baseUrl() + "; nothing reaches WeCom");
    WeComClient client = WeComClient.builder().baseUrl(sandbox.baseUrl()).corpId(SANDBOX_CORP_ID)
        .secret(SANDBOX_SECRET).msgAuditSecret("sandbox-msgaudit-secret")
        .suite("sandbox-suite", "sandbox-suite-secret", () -> "sandbox-suite-ticket")
        .provider("ww-sandbox-provider", "sandbox-provider-secret")
        .tokenProvider(new FixedCredential(TokenKind.WEBHOOK_KEY, "sandbox-robot-key"))
        .tokenProvider(new FixedCredential(TokenKind.DEVICE_ACCESS_TOKEN, "sandbox-device-token"))
        .tokenProvider(new FixedCredential(TokenKind.MODEL_ACCESS_TOKEN, "sandbox-model-token")).build();
    return new Backend(client, sandbox);
  }

  /** The agent id to send with when none is given: the configured one, or the sandbox's app. */
  static Optional<Long> defaultAgentId(CliConfig config) {
    return config.hasCredentials() ? config.agentId() : Optional.of(SANDBOX_AGENT_ID);
  }

  WeComClient client() {
    return client;
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
