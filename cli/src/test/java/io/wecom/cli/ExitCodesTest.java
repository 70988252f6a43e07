package io.wecom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each kind of failure ends with its own exit code and one line on stderr with errcode, errmsg and hint. */
class ExitCodesTest extends SandboxFixture {

  @Test
  void aTokenRejectedTwiceExitsWith3() {
    sandbox.scenario().failNext("sendMessage", 42001, 2);

    CliRun run = wecom("send", "text", "--to", "zhangsan", "disk full");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).hasLineCount(1)
        .contains("sendMessage failed with TokenInvalidException: errcode=42001 errmsg=\"scripted error 42001")
        .contains("hint=");
    assertThat(requests("sendMessage")).hasSize(2);
    assertThat(requests("getToken")).hasSize(2);
  }

  @Test
  void rejectedCredentialsExitWith3() {
    sandbox.scenario().failNext("getToken", 40001, 1);

    CliRun run = wecom("send", "text", "--to", "zhangsan", "disk full");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).hasLineCount(1).contains("InvalidCredentialException").contains("errcode=40001")
        .contains("check the corp id and secret");
    assertThat(requests("sendMessage")).isEmpty();
  }

  @Test
  void aRateLimitExitsWith4() {
    sandbox.scenario().failNext("sendMessage", 45009, 1);

    CliRun run = wecom("send", "text", "--to", "zhangsan", "disk full");

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).hasLineCount(1).contains("RateLimitedException: errcode=45009").contains("hint=");
  }

  @Test
  void noUsableAnswerExitsWith5() {
    sandbox.scenario().badGatewayNext("sendMessage", 1);

    CliRun run = wecom("send", "text", "--to", "zhangsan", "disk full");

    assertThat(run.exitCode()).isEqualTo(5);
    assertThat(run.err()).hasLineCount(1).contains("WeComTransportException").contains("502");
    assertThat(requests("sendMessage")).hasSize(1);
  }

  @Test
  void anyOtherWeComErrorExitsWith1() {
    sandbox.scenario().failNext("getUser", 60111, 1);

    CliRun run = wecom("call", "getUser", "userid=nobody");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).hasLineCount(1).contains("BadRequestException: errcode=60111")
        .contains("errmsg=\"scripted error 60111").contains("hint=");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMessageBreakingALimitExitsWith2() {
    CliRun run = wecom("send", "markdown", "--to", "zhangsan", "界".repeat(700));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).hasLineCount(1).contains("markdown.content").contains("2100 bytes, limit 2048");
  }

  @Test
  void anUnknownOptionExitsWith2() {
    CliRun run = wecom("send", "text", "--to", "zhangsan", "--urgent", "disk full");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).hasLineCount(1).contains("Unknown option: '--urgent'").contains("wecom send text --help");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void aMissingCommandExitsWith2() {
    assertThat(wecom().exitCode()).isEqualTo(2);
    assertThat(wecom("send").err()).contains("text, markdown, textcard or news");
  }

  @Test
  void helpExitsWith0AndListsTheExitCodes() {
    CliRun run = wecom("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("send", "call", "ops", "sandbox", "Exit codes", "rate limited");
  }
}
