package io.wecom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wecom.sandbox.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the credentials come from, what happens without them, and that no secret is ever printed. */
class ConfigurationTest extends SandboxFixture {

  @Test
  void withoutCredentialsRunsAgainstAnEmbeddedSandboxAndSaysSo() {
    CliRun run = CliRun.run(Map.of(), "send", "text", "--to", "zhangsan", "disk /data is 95% full");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("sent msgid=");
    assertThat(run.err()).hasLineCount(1).contains("embedded sandbox at http://127.0.0.1:");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void readsCredentialsFromAPropertiesFile(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("wecom.properties"), "corp-id=ww-from-file\nsecret=" + SECRET
        + "\nagent-id=1000007\nbase-url=" + sandbox.baseUrl() + "\n");

    CliRun run = CliRun.run(Map.of(), "send", "text", "--config", config.toString(), "--to", "zhangsan", "hi");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(requests("getToken").get(0).query("corpid")).containsExactly("ww-from-file");
    assertThat(body(requests("sendMessage").get(0)).path("agentid").asLong()).isEqualTo(1000007);
  }

  @Test
  void readsTheDefaultFileInTheHomeDirectoryAndLetsTheEnvironmentOverrideIt(@TempDir Path home) throws Exception {
    Files.writeString(home.resolve(".wecom.properties"), "corp-id=ww-from-file\nsecret=" + SECRET
        + "\nagent-id=1000007\nbase-url=" + sandbox.baseUrl() + "\n");

    CliRun run = CliRun.run(Map.of("HOME", home.toString(), "WECOM_AGENT_ID", "1000009"),
        "send", "text", "--to", "zhangsan", "hi");

    assertThat(run.exitCode()).isZero();
    assertThat(requests("getToken").get(0).query("corpid")).containsExactly("ww-from-file");
    assertThat(body(requests("sendMessage").get(0)).path("agentid").asLong()).isEqualTo(1000009);
  }

  @Test
  void refusesAnUnknownKeyInTheFile(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("wecom.properties"), "corpid=ww-typo\nsecret=" + SECRET + "\n");

    CliRun run = CliRun.run(Map.of(), "call", "--config", config.toString(), "listAgents");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown key 'corpid'").contains("corp-id").doesNotContain(SECRET);
  }

  @Test
  void refusesAMissingConfigFile(@TempDir Path dir) {
    CliRun run = CliRun.run(Map.of(), "call", "--config", dir.resolve("nope").toString(), "listAgents");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot read the config file");
  }

  @Test
  void incompleteCredentialsExitWith3() {
    CliRun noSecret = CliRun.run(Map.of("WECOM_CORP_ID", CORP_ID), "call", "listAgents");
    CliRun onlyBaseUrl = CliRun.run(Map.of("WECOM_BASE_URL", sandbox.baseUrl()), "call", "listAgents");

    assertThat(noSecret.exitCode()).isEqualTo(3);
    assertThat(noSecret.err()).contains("no secret");
    assertThat(onlyBaseUrl.exitCode()).isEqualTo(3);
    assertThat(onlyBaseUrl.err()).contains("no credentials");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void neverPrintsTheSecretOrATokenWhateverHappens() {
    List<CliRun> runs = new ArrayList<>();
    runs.add(wecom("send", "text", "--to", "zhangsan", "ok"));
    runs.add(wecom("call", "getUser", "userid=zhangsan"));
    sandbox.scenario().failNext("getToken", 40001, 1);
    runs.add(wecom("call", "getUser", "userid=zhangsan"));
    sandbox.scenario().failNext("getUser", 42001, 2);
    runs.add(wecom("call", "getUser", "userid=zhangsan"));
    sandbox.scenario().badGatewayNext("sendMessage", 1);
    runs.add(wecom("send", "text", "--to", "zhangsan", "ok"));
    runs.add(wecom("call", "getToken", "corpid=x", "corpsecret=" + SECRET));
    runs.add(CliRun.run(Map.of("WECOM_SECRET", SECRET), "call", "listAgents"));
    runs.add(CliRun.run(Map.of("WECOM_CORP_ID", CORP_ID, "WECOM_SECRET", SECRET, "WECOM_AGENT_ID", "x"),
        "send", "text", "--to", "zhangsan", "ok"));

    List<String> tokens = sandbox.requests().stream().flatMap(r -> r.query("access_token").stream()).toList();
    assertThat(tokens).isNotEmpty();
    assertThat(runs).allSatisfy(run -> {
      assertThat(run.printed()).doesNotContain(SECRET);
      tokens.forEach(token -> assertThat(run.printed()).doesNotContain(token));
    });
    assertThat(runs).extracting(CliRun::exitCode).containsExactly(0, 0, 3, 3, 5, 2, 3, 2);
  }

  @Test
  void theTokenEndpointGetsTheConfiguredCredentialsOnce() {
    wecom("call", "getUser", "userid=zhangsan");

    RecordedRequest tokenCall = requests("getToken").get(0);
    assertThat(tokenCall.query("corpid")).containsExactly(CORP_ID);
    assertThat(tokenCall.query("corpsecret")).containsExactly(SECRET);
  }
}
