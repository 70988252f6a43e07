package io.wecom.callbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.wecom.callbacks.event.TextMessage;
import io.wecom.callbacks.internal.MsgSignature;
import io.wecom.client.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What the pusher encrypts, the handler decrypts; what the handler encrypts as a reply, WeCom can check and open. */
class RoundTripTest {

  private final MutableClock clock = new MutableClock();
  private final WeComCallbackHandler handler = WeComCallbackHandler.of(TestApp.config(clock));
  private final CallbackPusher wecom = TestApp.wecom(TestApp.CORP_ID, clock);

  @Test
  void messagesOfEveryLengthRoundTripAndArePaddedToWhole32ByteBlocks() {
    Random random = new Random(90968);
    for (int length = 0; length <= 100; length++) {
      String content = randomText(random, length);
      SignedCallback pushed = wecom.seal(textMessage(content));

      TextMessage received = (TextMessage) handler.handle(pushed.msgSignature(), pushed.timestamp(), pushed.nonce(),
          pushed.body());

      assertThat(received.content()).isEqualTo(content.isEmpty() ? null : content);
      int frame = 16 + 4 + textMessage(content).getBytes(StandardCharsets.UTF_8).length + TestApp.CORP_ID.length();
      assertThat(Base64.getDecoder().decode(pushed.encrypted()))
          .as("PKCS#7 to 32 bytes adds 1 to 32 bytes, a whole block when the frame is already aligned")
          .hasSize((frame / 32 + 1) * 32);
    }
  }

  @Test
  void aPassiveReplyIsSignedWithTheTokenAndOpensToTheReplyForTheCorp() throws Exception {
    String reply = "<xml><ToUserName><![CDATA[zhangsan]]></ToUserName><MsgType><![CDATA[text]]></MsgType>"
        + "<Content><![CDATA[收到]]></Content></xml>";
    WeComCallbackHandler corpOnly = WeComCallbackHandler.of(CallbackConfig.custom().token(TestApp.TOKEN)
        .encodingAesKey(TestApp.KEY).receiveIds(TestApp.CORP_ID).clock(clock).build());

    String envelope = corpOnly.encryptReply(reply, "1767225600", "1372623149");

    JsonNode xml = new XmlMapper().readTree(envelope);
    String encrypt = xml.get("Encrypt").asText();
    assertThat(xml.get("TimeStamp").asText()).isEqualTo("1767225600");
    assertThat(xml.get("Nonce").asText()).isEqualTo("1372623149");
    assertThat(xml.get("MsgSignature").asText())
        .isEqualTo(MsgSignature.sign(TestApp.TOKEN, "1767225600", "1372623149", encrypt));
    assertThat(corpOnly.verifyUrl(xml.get("MsgSignature").asText(), "1767225600", "1372623149", encrypt))
        .isEqualTo(reply);
  }

  @Test
  void aReplyNeedsToKnowWhichReceiveidToEncryptForWhenSeveralAreAccepted() {
    assertThatThrownBy(() -> handler.encryptReply("<xml/>", "1767225600", "1"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("several receiveids");

    String envelope = handler.encryptReply("<xml/>", "1767225600", "1", TestApp.SUITE_ID);

    assertThat(envelope).startsWith("<xml><Encrypt><![CDATA[").contains("<TimeStamp>1767225600</TimeStamp>");
  }

  private static String textMessage(String content) {
    return "<xml><ToUserName><![CDATA[" + TestApp.CORP_ID + "]]></ToUserName><FromUserName><![CDATA[zhangsan]]>"
        + "</FromUserName><CreateTime>1767225600</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA["
        + content + "]]></Content><MsgId>1</MsgId><AgentID>1000002</AgentID></xml>";
  }

  private static String randomText(Random random, int length) {
    String alphabet = "abcXYZ019 企业微信你好,.!é";
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
