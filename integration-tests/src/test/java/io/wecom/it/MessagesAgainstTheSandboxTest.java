package io.wecom.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.wecom.client.WeComClient;
import io.wecom.client.media.MediaKind;
import io.wecom.client.message.Messages;
import io.wecom.client.message.SendResult;
import io.wecom.sandbox.WeComSandbox;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The message builders and media upload against the sandbox, which validates every body against the spec. */
class MessagesAgainstTheSandboxTest {

  /** A 1×1 PNG. */
  private static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  private static WeComSandbox sandbox;
  private static WeComClient wecom;

  @BeforeAll
  static void start() {
    sandbox = WeComSandbox.start();
    wecom = WeComClient.builder().baseUrl(sandbox.baseUrl()).corpId("ww-sandbox").secret("any").agentId(1000002).build();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void anUploadedImageIsSentAsAnImageMessage() {
    String mediaId = wecom.uploads().upload(MediaKind.IMAGE, "chart.png", PNG).getMediaId();

    SendResult result = wecom.messages().send(Messages.image(mediaId).toUsers("zhangsan"));

    assertThat(result.msgId()).isNotBlank();
    assertThat(sandbox.requests("uploadMedia")).singleElement()
        .satisfies(r -> assertThat(r.query("type")).containsExactly("image"));
    assertThat(sandbox.requests("sendMessage")).singleElement()
        .satisfies(r -> assertThat(r.body()).contains("\"msgtype\":\"image\"", "\"media_id\":\"" + mediaId + "\""));
  }

  @Test
  void theAlertOneLinerPassesTheSandboxsValidation() {
    SendResult result = wecom.messages().sendText(List.of("zhangsan", "lisi"), "disk /data is 95% full");

    assertThat(result.msgId()).isNotBlank();
    assertThat(sandbox.requests("sendMessage")).last()
        .satisfies(r -> assertThat(r.body()).contains("\"touser\":\"zhangsan|lisi\"", "\"agentid\":1000002"));
  }
}
