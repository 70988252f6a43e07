package io.wecom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wecom send}: each kind goes out through the message builders as one message/send with the right body. */
class SendCommandTest extends SandboxFixture {

  @Test
  void sendsATextToTheUsersAndPrintsTheResultOnOneLine() throws Exception {
    CliRun run = wecom("send", "text", "--to", "zhangsan,lisi,ghost", "disk /data is 95% full");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("sent msgid=sandbox-msg-").hasLineCount(1).contains("invalidUsers=ghost");
    assertThat(run.err()).isEmpty();
    assertThat(requests("sendMessage")).hasSize(1);
    JsonNode sent = body(requests("sendMessage").get(0));
    assertThat(sent.path("msgtype").asText()).isEqualTo("text");
    assertThat(sent.path("touser").asText()).isEqualTo("zhangsan|lisi|ghost");
    assertThat(sent.path("agentid").asLong()).isEqualTo(1000002);
    assertThat(sent.path("text").path("content").asText()).isEqualTo("disk /data is 95% full");
    assertThat(requests("sendMessage").get(0).query("access_token")).hasSize(1);
  }

  @Test
  void sendsMarkdownToDepartmentsAndTagsWithTheGivenAgent() throws Exception {
    CliRun run = wecom("send", "markdown", "--party", "2,3", "--tag", "7", "--agent", "1000005",
        "**db-1**", "disk", "95%");

    assertThat(run.exitCode()).isZero();
    JsonNode sent = body(requests("sendMessage").get(0));
    assertThat(sent.path("msgtype").asText()).isEqualTo("markdown");
    assertThat(sent.path("toparty").asText()).isEqualTo("2|3");
    assertThat(sent.path("totag").asText()).isEqualTo("7");
    assertThat(sent.has("touser")).isFalse();
    assertThat(sent.path("agentid").asLong()).isEqualTo(1000005);
    assertThat(sent.path("markdown").path("content").asText()).isEqualTo("**db-1** disk 95%");
  }

  @Test
  void sendsATextCardWithTheTextAsItsDescription() throws Exception {
    CliRun run = wecom("send", "textcard", "--to", "@all", "--title", "Leave approved", "--url",
        "https://hr.example.com/1", "--button", "详情", "2024-05-01 to 2024-05-03");

    assertThat(run.exitCode()).isZero();
    JsonNode sent = body(requests("sendMessage").get(0));
    assertThat(sent.path("touser").asText()).isEqualTo("@all");
    assertThat(sent.path("textcard").path("title").asText()).isEqualTo("Leave approved");
    assertThat(sent.path("textcard").path("description").asText()).isEqualTo("2024-05-01 to 2024-05-03");
    assertThat(sent.path("textcard").path("url").asText()).isEqualTo("https://hr.example.com/1");
    assertThat(sent.path("textcard").path("btntxt").asText()).isEqualTo("详情");
  }

  @Test
  void sendsANewsArticle() throws Exception {
    CliRun run = wecom("send", "news", "--to", "zhangsan", "--title", "Release 2.0", "--url",
        "https://example.com/2.0", "--picurl", "https://example.com/2.0.png", "What is new");

    assertThat(run.exitCode()).isZero();
    JsonNode article = body(requests("sendMessage").get(0)).path("news").path("articles").path(0);
    assertThat(article.path("title").asText()).isEqualTo("Release 2.0");
    assertThat(article.path("description").asText()).isEqualTo("What is new");
    assertThat(article.path("url").asText()).isEqualTo("https://example.com/2.0");
    assertThat(article.path("picurl").asText()).isEqualTo("https://example.com/2.0.png");
  }

  @Test
  void readsTheTextFromStandardInputGivenADash() throws Exception {
    CliRun run = CliRun.run(env(), "backup failed\non db-2\n", true, "send", "text", "--to", "zhangsan", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(body(requests("sendMessage").get(0)).path("text").path("content").asText())
        .isEqualTo("backup failed\non db-2");
  }

  @Test
  void readsTheTextFromStandardInputWhenNoneIsGivenAndStdinIsNotATerminal() throws Exception {
    CliRun run = CliRun.run(env(), "piped alert\n", false, "send", "markdown", "--to", "zhangsan");

    assertThat(run.exitCode()).isZero();
    assertThat(body(requests("sendMessage").get(0)).path("markdown").path("content").asText())
        .isEqualTo("piped alert");
  }

  @Test
  void refusesToSendNothingWhenStdinIsATerminal() {
    CliRun run = CliRun.run(env(), "", true, "send", "text", "--to", "zhangsan");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no text").hasLineCount(1);
    assertThat(requests("sendMessage")).isEmpty();
  }

  @Test
  void readsTheTextFromAFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("alert.md"), "## db-1\ndisk 95%\n", StandardCharsets.UTF_8);

    CliRun run = wecom("send", "markdown", "--to", "zhangsan", "--file", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(body(requests("sendMessage").get(0)).path("markdown").path("content").asText())
        .isEqualTo("## db-1\ndisk 95%");
  }

  @Test
  void printsTheResultAsJsonWhenAsked() throws Exception {
    CliRun run = wecom("send", "text", "--to", "zhangsan,ghost1,ghost2", "--party", "2,99", "--json", "hello");

    assertThat(run.exitCode()).isZero();
    JsonNode result = Json.MAPPER.readTree(run.out());
    assertThat(result.path("msgid").asText()).startsWith("sandbox-msg-");
    assertThat(result.path("invalidUsers")).extracting(JsonNode::asText).containsExactly("ghost1", "ghost2");
    assertThat(result.path("invalidParties")).extracting(JsonNode::asText).containsExactly("99");
  }

  @Test
  void asksWeComToDropDuplicatesWhenGivenAWindow() throws Exception {
    wecom("send", "text", "--to", "zhangsan", "--duplicate-check", "600", "hello");

    JsonNode sent = body(requests("sendMessage").get(0));
    assertThat(sent.path("enable_duplicate_check").asInt()).isEqualTo(1);
    assertThat(sent.path("duplicate_check_interval").asInt()).isEqualTo(600);
  }

  @Test
  void refusesATooLongTextBeforeSendingAnything() {
    CliRun run = wecom("send", "text", "--to", "zhangsan", "x".repeat(2049));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).hasLineCount(1).contains("text.content").contains("2049 bytes, limit 2048");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void refusesAMessageWithoutRecipients() {
    CliRun run = wecom("send", "text", "hello");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no recipients");
  }

  @Test
  void needsAnAgentIdWhenCredentialsAreConfigured() {
    Map<String, String> env = new HashMap<>(env());
    env.remove("WECOM_AGENT_ID");

    CliRun run = CliRun.run(env, "send", "text", "--to", "zhangsan", "hello");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no agent id").contains("--agent");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void refusesTextAndFileTogether(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("alert.txt"), "from the file");

    CliRun run = wecom("send", "text", "--to", "zhangsan", "--file", file.toString(), "from the command line");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("not both");
  }
}
