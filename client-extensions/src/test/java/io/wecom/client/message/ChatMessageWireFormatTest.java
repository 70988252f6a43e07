package io.wecom.client.message;

import com.fasterxml.jackson.databind.JsonNode;
import io.wecom.client.model.AppChatNewsArticle;
import io.wecom.client.model.MessageMpNewsArticle;
import io.wecom.client.model.MessageTextCard;
import io.wecom.client.model.MessageVideo;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Given the official example of each appchat/send kind, when the same message is built with {@link ChatMessages}
 * and sent, then the JSON on the wire equals the example.
 */
class ChatMessageWireFormatTest {

  @RegisterExtension
  final WireFormat wire = new WireFormat();

  static Stream<Arguments> kinds() {
    return Stream.of(
        kind("SendAppChatMessageTextExample", ex -> ChatMessages.text(ex.at("/text/content").asText())),
        kind("SendAppChatMessageImageExample", ex -> ChatMessages.image("MEDIAID")),
        kind("SendAppChatMessageVoiceExample", ex -> ChatMessages.voice("MEDIA_ID")),
        kind("SendAppChatMessageVideoExample", ex -> ChatMessages.video(
            new MessageVideo().mediaId("MEDIA_ID").description("Description").title("Title"))),
        kind("SendAppChatMessageFileExample", ex -> ChatMessages.file("1Yv-zXfHjSjU-7LH-GwtYqDGS-zz6w22KmWAT5COgP7o")),
        kind("SendAppChatMessageTextCardExample", ex -> ChatMessages.textCard(new MessageTextCard().title("领奖通知")
            .description(ex.at("/textcard/description").asText()).url("https://work.weixin.qq.com/").btntxt("更多"))),
        kind("SendAppChatMessageNewsExample", ex -> ChatMessages.news(new AppChatNewsArticle().title("中秋节礼品领取")
            .description("今年中秋节公司有豪礼相送").url("https://work.weixin.qq.com/")
            .picurl("http://res.mail.qq.com/node/ww/wwopenmng/images/independent/doc/test_pic_msg1.png"))),
        kind("SendAppChatMessageMpNewsExample", ex -> ChatMessages.mpNews(new MessageMpNewsArticle()
            .title("地球一小时").thumbMediaId("biz_get(image)").author("Author")
            .contentSourceUrl("https://work.weixin.qq.com").content(ex.at("/mpnews/articles/0/content").asText())
            .digest(ex.at("/mpnews/articles/0/digest").asText()))),
        kind("SendAppChatMessageMarkdownExample", ex -> ChatMessages.markdown(ex.at("/markdown/content").asText())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void theBuiltMessageGoesOutAsTheOfficialExample(String example, Function<JsonNode, ChatMessage> content) {
    JsonNode expected = SpecExamples.request("message.yaml", "sendAppChatMessage", example);
    ChatMessage message = content.apply(expected).toChat("CHATID");
    if (expected.has("safe")) {
      message = message.safe(Safety.values()[expected.get("safe").asInt()]);
    }

    wire.client.messages().send(message);

    WireFormat.assertSameJson(wire.sentTo("/cgi-bin/appchat/send"), expected);
  }

  private static Arguments kind(String example, Function<JsonNode, ChatMessage> content) {
    return Arguments.of(example, content);
  }
}
