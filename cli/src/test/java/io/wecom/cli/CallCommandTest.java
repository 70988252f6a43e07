package io.wecom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wecom.sandbox.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wecom call}: any operation of the spec through the client, its answer printed as JSON. */
class CallCommandTest extends SandboxFixture {

  @Test
  void callsAGetOperationWithItsQueryParametersAndPrintsTheAnswer() throws Exception {
    CliRun run = wecom("call", "getUser", "userid=zhangsan");

    assertThat(run.exitCode()).isZero();
    JsonNode answer = Json.MAPPER.readTree(run.out());
    assertThat(answer.path("userid").asText()).isEqualTo("zhangsan");
    assertThat(answer.path("name").asText()).isEqualTo("张三");
    assertThat(run.out()).contains("\n  \"name\": \"张三\"");
    RecordedRequest sent = requests("getUser").get(0);
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.query("userid")).containsExactly("zhangsan");
    assertThat(sent.query("access_token")).hasSize(1);
  }

  @Test
  void mapsQueryNamesToTheGeneratedParameters() throws Exception {
    CliRun run = wecom("call", "listSimpleUsers", "department_id=1", "fetch_child=1");

    assertThat(run.exitCode()).isZero();
    assertThat(requests("listSimpleUsers").get(0).query("department_id")).containsExactly("1");
    assertThat(requests("listSimpleUsers").get(0).query("fetch_child")).containsExactly("1");
  }

  @Test
  void sendsKeyValuePairsAsTheBodyOfAPostOperation() throws Exception {
    CliRun run = wecom("call", "createTag", "tagname=ops", "tagid=77");

    assertThat(run.exitCode()).isZero();
    assertThat(Json.MAPPER.readTree(run.out()).path("errcode").asInt()).isZero();
    JsonNode sent = body(requests("createTag").get(0));
    assertThat(sent.path("tagname").asText()).isEqualTo("ops");
    assertThat(sent.path("tagid").isInt()).isTrue();
    assertThat(sent.path("tagid").asInt()).isEqualTo(77);
    assertThat(wecom("call", "getTagUsers", "tagid=77").out()).contains("\"tagname\": \"ops\"");
  }

  @Test
  void takesTheBodyAsJsonWithPairsOverIt() throws Exception {
    CliRun run = wecom("call", "sendMessage", "--body",
        "{\"touser\":\"zhangsan\",\"msgtype\":\"text\",\"agentid\":1000002,\"text\":{\"content\":\"old\"}}",
        "text={\"content\":\"new\"}");

    assertThat(run.exitCode()).isZero();
    assertThat(Json.MAPPER.readTree(run.out()).path("msgid").asText()).startsWith("sandbox-msg-");
    JsonNode sent = body(requests("sendMessage").get(0));
    assertThat(sent.path("text").path("content").asText()).isEqualTo("new");
    assertThat(sent.path("agentid").asLong()).isEqualTo(1000002);
  }

  @Test
  void readsTheBodyFromAFileOrStandardInput(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("tag.json"), "{\"tagname\":\"from-file\"}");

    assertThat(wecom("call", "createTag", "--body", "@" + file).exitCode()).isZero();
    assertThat(CliRun.run(env(), "{\"tagname\":\"from-stdin\"}", false, "call", "createTag", "--body", "-")
        .exitCode()).isZero();

    assertThat(requests("createTag")).extracting(r -> Json.MAPPER.readTree(r.body()).path("tagname").asText())
        .containsExactly("from-file", "from-stdin");
  }

  @Test
  void uploadsAFileGivenAsAFormPart(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("report.txt"), "quarterly numbers");

    CliRun run = wecom("call", "uploadMedia", "type=file", "media=@" + file);

    assertThat(run.exitCode()).isZero();
    assertThat(Json.MAPPER.readTree(run.out()).path("media_id").asText()).isNotEmpty();
    RecordedRequest sent = requests("uploadMedia").get(0);
    assertThat(sent.query("type")).containsExactly("file");
    assertThat(sent.body()).contains("filename=\"report.txt\"").contains("quarterly numbers");
  }

  @Test
  void refusesAFieldTheRequestModelDoesNotHave() {
    CliRun run = wecom("call", "createTag", "tagnme=ops");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown field tagnme").contains("CreateTagRequest");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void refusesAValueTheModelWouldReadAsSomethingElse() {
    CliRun run = wecom("call", "sendMessage", "--body",
        "{\"touser\":\"zhangsan\",\"msgtype\":\"txt\",\"agentid\":1000002,\"text\":{\"content\":\"hi\"}}");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("msgtype").contains("\"txt\"");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void refusesAnUnknownQueryParameterAndAMissingRequiredOne() {
    CliRun unknown = wecom("call", "getUser", "userid=zhangsan", "user=lisi");
    CliRun missing = wecom("call", "getUser");

    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown parameter user").contains("it takes userid");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("getUser needs userid=");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void refusesAnUnknownOperation() {
    CliRun run = wecom("call", "getUsr", "userid=zhangsan");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown operation getUsr").contains("wecom ops");
  }

  @Test
  void neverCallsATokenEndpointWhichWouldPrintAToken() {
    CliRun run = wecom("call", "getToken", "corpid=" + CORP_ID, "corpsecret=" + SECRET);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("token endpoint");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void saysWhichSettingsAnOperationNeedsWhenItsCredentialIsNotConfigured() {
    CliRun archive = wecom("call", "getPermitUserList");
    CliRun robot = wecom("call", "sendWebhookMessage", "msgtype=text", "text={\"content\":\"hi\"}");

    assertThat(archive.exitCode()).isEqualTo(3);
    assertThat(archive.err()).contains("message-archive access_token: set msgaudit-secret (WECOM_MSGAUDIT_SECRET)");
    assertThat(robot.exitCode()).isEqualTo(3);
    assertThat(robot.err()).contains("group robot's key: set webhook-key (WECOM_WEBHOOK_KEY)");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void callsARobotOperationWithTheConfiguredKey() {
    Map<String, String> env = new HashMap<>(env());
    env.put("WECOM_WEBHOOK_KEY", "robot-key-1");

    CliRun run = CliRun.run(env, "call", "sendWebhookMessage", "msgtype=text", "text={\"content\":\"disk full\"}");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(sandbox.requests("sendWebhookMessage")).singleElement()
        .satisfies(r -> assertThat(r.query().get("key")).containsExactly("robot-key-1"));
    assertThat(run.out()).contains("\"errcode\": 0").doesNotContain("robot-key-1");
  }

  @Test
  void callsAProviderOperationWithTheConfiguredProvider() {
    Map<String, String> env = new HashMap<>(env());
    env.put("WECOM_PROVIDER_CORP_ID", "ww-provider");
    env.put("WECOM_PROVIDER_SECRET", "provider-s3cret");

    CliRun run = CliRun.run(env, "call", "getRegisterCode", "template_id=TPL1");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(sandbox.requests("getRegisterCode")).singleElement()
        .satisfies(r -> assertThat(r.query()).containsKey("provider_access_token"));
  }

  @Test
  void aSuiteWithoutItsTicketIsAConfigurationError() {
    Map<String, String> env = new HashMap<>(env());
    env.put("WECOM_SUITE_ID", "suite-1");
    env.put("WECOM_SUITE_SECRET", "suite-s3cret");

    CliRun run = CliRun.run(env, "call", "getUser", "userid=zhangsan");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("suite-ticket (WECOM_SUITE_TICKET)").doesNotContain("suite-s3cret");
  }
}
