package io.wecom.client.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wecom.client.WeComClient;
import io.wecom.client.error.RequestValidationException;
import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.testing.FakeWeCom.Answer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Given a client with an agentid, when an alert is sent in one call, then this is what goes out and comes back. */
class MessageSenderTest {

  private static final String SEND = "/cgi-bin/message/send";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeWeCom wecom = new FakeWeCom();

  @AfterEach
  void stop() {
    wecom.close();
  }

  private WeComClient client(boolean withAgentId) {
    var builder = WeComClient.builder().baseUrl(wecom.baseUrl()).corpId("ww-corp").secret("s3cret");
    return (withAgentId ? builder.agentId(1000002) : builder).build();
  }

  @Test
  void sendTextSendsATextMessageWithTheClientsAgentId() throws Exception {
    client(true).messages().sendText(List.of("zhangsan", "lisi"), "disk /data is 95% full");

    JsonNode body = JSON.readTree(wecom.requests(SEND).get(0).body());
    assertThat(body).isEqualTo(JSON.readTree(
        "{\"touser\":\"zhangsan|lisi\",\"msgtype\":\"text\",\"agentid\":1000002,"
            + "\"text\":{\"content\":\"disk /data is 95% full\"}}"));
    assertThat(wecom.requests(SEND).get(0).query("access_token")).hasSize(1);
  }

  @Test
  void sendMarkdownSendsAMarkdownMessageWithTheClientsAgentId() throws Exception {
    client(true).messages().sendMarkdown(List.of("@all"), "**disk** full");

    JsonNode body = JSON.readTree(wecom.requests(SEND).get(0).body());
    assertThat(body.path("msgtype").asText()).isEqualTo("markdown");
    assertThat(body.path("touser").asText()).isEqualTo("@all");
    assertThat(body.path("agentid").asLong()).isEqualTo(1000002);
    assertThat(body.at("/markdown/content").asText()).isEqualTo("**disk** full");
  }

  @Test
  void aMessagesOwnAgentIdWinsOverTheClients() throws Exception {
    client(true).messages().send(Messages.text("x").toUsers("zhangsan").agentId(1000005));

    assertThat(JSON.readTree(wecom.requests(SEND).get(0).body()).path("agentid").asLong()).isEqualTo(1000005);
  }

  @Test
  void withoutAnyAgentIdTheSendFailsClearlyAndNothingIsSent() {
    WeComClient client = client(false);

    assertThatThrownBy(() -> client.messages().sendText(List.of("zhangsan"), "disk full"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("WeComClientBuilder.agentId");
    assertThat(wecom.count(SEND)).isZero();
  }

  @Test
  void aMessageOverALimitIsRefusedBeforeAnythingIsSent() {
    WeComClient client = client(true);

    assertThatThrownBy(() -> client.messages().sendText(List.of("zhangsan"), "满".repeat(683)))
        .isInstanceOf(RequestValidationException.class)
        .hasMessageContaining("text.content").hasMessageContaining("2049 bytes").hasMessageContaining("limit 2048");
    assertThat(wecom.requests()).isEmpty();
  }

  @Test
  void theResultListsTheInvalidAndUnlicensedRecipientsWeComNamed() {
    wecom.enqueue(SEND, Answer.json("{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"userid1|userid2\","
        + "\"invalidparty\":\"\",\"invalidtag\":\"tagid1\",\"unlicenseduser\":\"userid3|userid4\","
        + "\"msgid\":\"xxxx\",\"response_code\":\"xyzxyz\"}"));

    SendResult result = client(true).messages().sendText(List.of("userid1", "userid2", "zhangsan"), "hi");

    assertThat(result.invalidUsers()).containsExactly("userid1", "userid2");
    assertThat(result.invalidParties()).isEmpty();
    assertThat(result.invalidTags()).containsExactly("tagid1");
    assertThat(result.unlicensedUsers()).containsExactly("userid3", "userid4");
    assertThat(result.hasInvalidRecipients()).isTrue();
    assertThat(result.msgId()).isEqualTo("xxxx");
    assertThat(result.responseCode()).hasValue("xyzxyz");
  }

  @Test
  void aFullyDeliveredMessageHasNoInvalidRecipients() {
    wecom.enqueue(SEND, Answer.json("{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"\",\"msgid\":\"m1\"}"));

    SendResult result = client(true).messages().sendText(List.of("zhangsan"), "hi");

    assertThat(result.hasInvalidRecipients()).isFalse();
    assertThat(result.hasUndeliveredRecipients()).isFalse();
    assertThat(result.responseCode()).isEmpty();
  }

  @Test
  void onlyUnlicensedMembersMeanUndeliveredButNotInvalid() {
    wecom.enqueue(SEND, Answer.json("{\"errcode\":0,\"errmsg\":\"ok\",\"unlicenseduser\":\"lisi\",\"msgid\":\"m1\"}"));

    SendResult result = client(true).messages().sendText(List.of("zhangsan", "lisi"), "hi");

    assertThat(result.hasInvalidRecipients()).isFalse();
    assertThat(result.hasUndeliveredRecipients()).isTrue();
  }

  @Test
  void aGroupChatMessageGoesToAppChatSend() throws Exception {
    client(false).messages().send(ChatMessages.text("deploy finished").toChat("CHATID"));

    assertThat(JSON.readTree(wecom.requests("/cgi-bin/appchat/send").get(0).body())).isEqualTo(JSON.readTree(
        "{\"chatid\":\"CHATID\",\"msgtype\":\"text\",\"text\":{\"content\":\"deploy finished\"}}"));
  }
}
