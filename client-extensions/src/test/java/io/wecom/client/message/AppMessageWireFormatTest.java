package io.wecom.client.message;

import com.fasterxml.jackson.databind.JsonNode;
import io.wecom.client.message.internal.Recipients;
import io.wecom.client.model.MessageMiniprogramNotice;
import io.wecom.client.model.MessageMiniprogramNoticeItem;
import io.wecom.client.model.MessageMpNewsArticle;
import io.wecom.client.model.MessageNewsArticle;
import io.wecom.client.model.MessageTextCard;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Given the official example of each message/send kind, when the same message is built with {@link Messages} and
 * sent, then the JSON on the wire equals the example. Recipients and options are set from the example's values;
 * the content is built with the builder under test.
 */
class AppMessageWireFormatTest {

  @RegisterExtension
  final WireFormat wire = new WireFormat();

  static Stream<Arguments> kinds() {
    return Stream.of(
        kind("SendMessageTextExample", ex -> Messages.text(ex.at("/text/content").asText())),
        kind("SendMessageImageExample", ex -> Messages.image("MEDIA_ID")),
        kind("SendMessageVoiceExample", ex -> Messages.voice("MEDIA_ID")),
        kind("SendMessageVideoExample", ex -> Messages.video("MEDIA_ID", "Title", "Description")),
        kind("SendMessageFileExample", ex -> Messages.file("1Yv-zXfHjSjU-7LH-GwtYqDGS-zz6w22KmWAT5COgP7o")),
        kind("SendMessageTextCardExample", ex -> Messages.textCard(new MessageTextCard()
            .title("领奖通知").description(ex.at("/textcard/description").asText()).url("URL").btntxt("更多"))),
        kind("SendMessageNewsExample", ex -> Messages.news(new MessageNewsArticle()
            .title("中秋节礼品领取").description("今年中秋节公司有豪礼相送").url("URL")
            .picurl("https://res.mail.qq.com/node/ww/wwopenmng/images/independent/doc/test_pic_msg1.png")
            .appid("wx123123123123123").pagepath("pages/index?userid=zhangsan&orderid=123123123"))),
        kind("SendMessageMpNewsExample", ex -> Messages.mpNews(new MessageMpNewsArticle()
            .title("Title").thumbMediaId("MEDIA_ID").author("Author").contentSourceUrl("URL").content("Content")
            .digest("Digest description"))),
        kind("SendMessageMarkdownExample", ex -> Messages.markdown(ex.at("/markdown/content").asText())),
        kind("SendMessageMiniprogramNoticeExample", ex -> Messages.miniprogramNotice(new MessageMiniprogramNotice()
            .appid("wx123123123123123").page("pages/index?userid=zhangsan&orderid=123123123")
            .title("会议室预订成功通知").description("4月27日 16:16").emphasisFirstItem(true)
            .contentItem(List.of(item("会议室", "402"), item("会议地点", "广州TIT-402会议室"),
                item("会议时间", "2018年8月1日 09:00-09:30"), item("参与人员", "周剑轩"))))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void theBuiltMessageGoesOutAsTheOfficialExample(String example, Function<JsonNode, AppMessage> content) {
    JsonNode expected = SpecExamples.request("message.yaml", "sendMessage", example);

    wire.client.messages().send(addressedLike(expected, content.apply(expected)));

    WireFormat.assertSameJson(wire.sentTo("/cgi-bin/message/send"), expected);
  }

  /** The recipients, agentid and options of {@code example}, set through the builder. */
  static AppMessage addressedLike(JsonNode example, AppMessage message) {
    AppMessage m = message
        .toUsers(Recipients.split(example.path("touser").asText(null)))
        .toParties(Recipients.split(example.path("toparty").asText(null)))
        .toTags(Recipients.split(example.path("totag").asText(null)));
    if (example.has("agentid")) {
      m = m.agentId(example.get("agentid").asLong());
    }
    if (example.has("safe")) {
      m = m.safe(Safety.values()[example.get("safe").asInt()]);
    }
    if (example.has("enable_id_trans")) {
      m = m.idTranslation(example.get("enable_id_trans").asInt() == 1);
    }
    if (example.has("enable_duplicate_check")) {
      m = m.duplicateCheck(example.get("enable_duplicate_check").asInt() == 1);
    }
    if (example.has("duplicate_check_interval")) {
      m = m.duplicateCheckInterval(Duration.ofSeconds(example.get("duplicate_check_interval").asLong()));
    }
    return m;
  }

  private static Arguments kind(String example, Function<JsonNode, AppMessage> content) {
    return Arguments.of(example, content);
  }

  private static MessageMiniprogramNoticeItem item(String key, String value) {
    return new MessageMiniprogramNoticeItem().key(key).value(value);
  }
}
