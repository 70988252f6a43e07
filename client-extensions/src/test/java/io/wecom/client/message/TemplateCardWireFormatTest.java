package io.wecom.client.message;

import static io.wecom.client.message.CardParts.button;
import static io.wecom.client.message.CardParts.choice;
import static io.wecom.client.message.CardParts.fileLine;
import static io.wecom.client.message.CardParts.jumpMiniProgram;
import static io.wecom.client.message.CardParts.jumpUrl;
import static io.wecom.client.message.CardParts.line;
import static io.wecom.client.message.CardParts.linkLine;
import static io.wecom.client.message.CardParts.memberLine;
import static io.wecom.client.message.CardParts.menuItem;
import static io.wecom.client.message.CardParts.option;
import static io.wecom.client.message.CardParts.select;

import com.fasterxml.jackson.databind.JsonNode;
import io.wecom.client.model.TemplateCardActionMenuItem;
import io.wecom.client.model.TemplateCardButtonSelection;
import io.wecom.client.model.TemplateCardCardAction;
import io.wecom.client.model.TemplateCardHorizontalContent;
import io.wecom.client.model.TemplateCardImageTextArea;
import io.wecom.client.model.TemplateCardJump;
import io.wecom.client.model.TemplateCardQuoteArea;
import io.wecom.client.model.TemplateCardSource;
import io.wecom.client.model.TemplateCardVerticalContent;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Given the official example of each template card type, when the same card is built with {@link TemplateCards}
 * and sent, then the JSON on the wire equals the example.
 */
class TemplateCardWireFormatTest {

  private static final String SITE = "https://work.weixin.qq.com";
  private static final TemplateCardSource SOURCE = new TemplateCardSource().iconUrl("图片的url").desc("企业微信")
      .descColor(TemplateCardSource.DescColorEnum.NUMBER_1);
  private static final TemplateCardQuoteArea QUOTE = new TemplateCardQuoteArea()
      .type(TemplateCardQuoteArea.TypeEnum.NUMBER_1).url(SITE).title("企业微信的引用样式").quoteText("企业微信真好用呀真好用");
  private static final TemplateCardCardAction CLICK = CardParts.openMiniProgram("小程序的appid", "/index.html").url(SITE);

  @RegisterExtension
  final WireFormat wire = new WireFormat();

  static Stream<Arguments> cards() {
    return Stream.of(
        Arguments.of("SendMessageTemplateCardTextNoticeExample", (Supplier<CardBuilder<?>>) () ->
            TemplateCards.textNotice().source(SOURCE).actionMenu("卡片副交互辅助文本说明", menu()).taskId("task_id")
                .mainTitle("欢迎使用企业微信", "您的好友正在邀请您加入企业微信").quoteArea(QUOTE)
                .emphasis("100", "核心数据").subTitleText("下载企业微信还能抢红包！").horizontalContents(lines())
                .jumps(jumps()).cardAction(CLICK)),
        Arguments.of("SendMessageTemplateCardNewsNoticeExample", (Supplier<CardBuilder<?>>) () ->
            TemplateCards.newsNotice().source(SOURCE).actionMenu("卡片副交互辅助文本说明", menu()).taskId("task_id")
                .mainTitle("欢迎使用企业微信", "您的好友正在邀请您加入企业微信").quoteArea(QUOTE)
                .imageTextArea(new TemplateCardImageTextArea().type(TemplateCardImageTextArea.TypeEnum.NUMBER_1)
                    .url(SITE).title("企业微信的左图右文样式").desc("企业微信真好用呀真好用")
                    .imageUrl("https://img.iplaysoft.com/wp-content/uploads/2019/free-images/free_stock_photo_2x.jpg"))
                .cardImage("图片的url", 1.3)
                .verticalContents(new TemplateCardVerticalContent().title("惊喜红包等你来拿").desc("下载企业微信还能抢红包！"))
                .horizontalContents(lines()).jumps(jumps()).cardAction(CLICK)),
        Arguments.of("SendMessageTemplateCardButtonInteractionExample", (Supplier<CardBuilder<?>>) () ->
            TemplateCards.buttonInteraction().source(SOURCE).actionMenu("卡片副交互辅助文本说明", menu())
                .mainTitle("欢迎使用企业微信", "您的好友正在邀请您加入企业微信").quoteArea(QUOTE)
                .subTitleText("下载企业微信还能抢红包！").horizontalContents(lines()).cardAction(CLICK).taskId("task_id")
                .selection(new TemplateCardButtonSelection().questionKey("btn_question_key1").title("企业微信评分")
                    .optionList(List.of(option("btn_selection_id1", "100分"), option("btn_selection_id2", "101分")))
                    .selectedId("btn_selection_id1"))
                .buttons(button("按钮1", "button_key_1", 1), button("按钮2", "button_key_2", 2))),
        Arguments.of("SendMessageTemplateCardVoteInteractionExample", (Supplier<CardBuilder<?>>) () ->
            TemplateCards.voteInteraction().source("图片的url", "企业微信")
                .mainTitle("欢迎使用企业微信", "您的好友正在邀请您加入企业微信").taskId("task_id")
                .checkbox("question_key1", true, choice("option_id1", "选择题选项1", true),
                    choice("option_id2", "选择题选项2", false))
                .submitButton("提交", "key")),
        Arguments.of("SendMessageTemplateCardMultipleInteractionExample", (Supplier<CardBuilder<?>>) () ->
            TemplateCards.multipleInteraction().source("图片的url", "企业微信")
                .mainTitle("欢迎使用企业微信", "您的好友正在邀请您加入企业微信").taskId("task_id")
                .selects(
                    select("question_key1", "选择器标签1", "selection_id1",
                        option("selection_id1", "选择器选项1"), option("selection_id2", "选择器选项2")),
                    select("question_key2", "选择器标签2", "selection_id3",
                        option("selection_id3", "选择器选项3"), option("selection_id4", "选择器选项4")))
                .submitButton("提交", "key")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cards")
  void theBuiltCardGoesOutAsTheOfficialExample(String example, Supplier<CardBuilder<?>> card) {
    JsonNode expected = SpecExamples.request("message.yaml", "sendMessage", example);

    wire.client.messages().send(AppMessageWireFormatTest.addressedLike(expected, Messages.templateCard(card.get())));

    WireFormat.assertSameJson(wire.sentTo("/cgi-bin/message/send"), expected);
  }

  private static TemplateCardActionMenuItem[] menu() {
    return new TemplateCardActionMenuItem[] {menuItem("接受推送", "A"), menuItem("不再推送", "B")};
  }

  private static TemplateCardHorizontalContent[] lines() {
    return new TemplateCardHorizontalContent[] {
        line("邀请人", "张三"), linkLine("企业微信官网", "点击访问", SITE), fileLine("企业微信下载", "企业微信.apk", "文件的media_id"),
        memberLine("员工信息", "点击查看", "zhangsan")};
  }

  private static TemplateCardJump[] jumps() {
    return new TemplateCardJump[] {
        jumpUrl("企业微信官网", SITE), jumpMiniProgram("跳转小程序", "小程序的appid", "/index.html")};
  }
}
