package io.wecom.client.message;

import static io.wecom.client.message.CardParts.button;
import static io.wecom.client.message.CardParts.jumpMiniProgram;
import static io.wecom.client.message.CardParts.linkButton;
import static io.wecom.client.message.CardParts.menuItem;
import static io.wecom.client.message.CardParts.openUrl;
import static io.wecom.client.message.CardParts.option;
import static io.wecom.client.message.CardParts.select;
import static io.wecom.client.message.TemplateCardLimits.buttons;
import static io.wecom.client.message.TemplateCardLimits.multiple;
import static io.wecom.client.message.TemplateCardLimits.news;
import static io.wecom.client.message.TemplateCardLimits.text;
import static io.wecom.client.message.TemplateCardLimits.vote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.wecom.client.error.RequestValidationException;
import io.wecom.client.model.TemplateCard;
import io.wecom.client.model.TemplateCardCardAction;
import io.wecom.client.model.TemplateCardHorizontalContent;
import io.wecom.client.model.TemplateCardQuoteArea;
import io.wecom.client.testing.Refusals;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each card_type's required parts, the parts that do not belong to it, and what each click type needs. */
class TemplateCardRulesTest {

  static Stream<Arguments> brokenCards() {
    return Stream.of(
        broken("a text_notice card without a card action", "template_card.card_action",
            () -> TemplateCards.textNotice().mainTitle("t", null)),
        broken("a text_notice card whose click does nothing", "template_card.card_action.type",
            () -> text().cardAction(new TemplateCardCardAction().type(TemplateCardCardAction.TypeEnum.NUMBER_0))),
        broken("a text_notice card with neither main title nor sub-title text", "template_card.main_title.title",
            () -> TemplateCards.textNotice().cardAction(openUrl("https://a.b"))),
        broken("a news_notice card without picture or image-text block", "template_card.card_image",
            () -> TemplateCards.newsNotice().mainTitle("t", null).cardAction(openUrl("https://a.b"))),
        broken("a news_notice card without main title", "template_card.main_title.title",
            () -> TemplateCards.newsNotice().cardAction(openUrl("https://a.b")).cardImage("https://a.b/c.png", 1.3)),
        broken("a news_notice picture too wide", "template_card.card_image.aspect_ratio",
            () -> news().cardImage("https://a.b/c.png", 2.5)),
        broken("a button card without task id", "template_card.task_id",
            () -> TemplateCards.buttonInteraction().mainTitle("t", null).buttons(button("OK", "ok"))),
        broken("a button card without main title", "template_card.main_title.title",
            () -> TemplateCards.buttonInteraction().taskId("task").buttons(button("OK", "ok"))),
        broken("a vote card without question", "template_card.checkbox",
            () -> TemplateCards.voteInteraction().mainTitle("t", null).taskId("task").submitButton("提交", "s")),
        broken("a vote card without submit button", "template_card.submit_button",
            () -> TemplateCards.voteInteraction().mainTitle("t", null).taskId("task")
                .checkbox("q", false, CardParts.choice("o", "x", true))),
        broken("a multiple-choice card without submit button", "template_card.submit_button",
            () -> TemplateCards.multipleInteraction().mainTitle("t", null).taskId("task")
                .selects(select("q", "t", null, option("o", "x")))),
        broken("an action menu without task id", "template_card.task_id",
            () -> text().actionMenu("more", menuItem("Mute", "mute"))),
        broken("a task id with a space", "template_card.task_id", () -> buttons().taskId("task 1")),
        broken("a quote that opens a url without one", "template_card.quote_area.url",
            () -> text().quoteArea(new TemplateCardQuoteArea().type(TemplateCardQuoteArea.TypeEnum.NUMBER_1))),
        broken("a jump to a mini program without appid", "template_card.jump_list[0].appid",
            () -> text().jumps(jumpMiniProgram("t", null, "/index"))),
        broken("a file line without media_id", "template_card.horizontal_content_list[0].media_id",
            () -> text().horizontalContents(CardParts.fileLine("File", "a.apk", null))),
        broken("a line without key name", "template_card.horizontal_content_list[0].keyname",
            () -> text().horizontalContents(new TemplateCardHorizontalContent().value("v"))),
        broken("a link button without url", "template_card.button_list[0].url",
            () -> buttons().buttons(linkButton("Open", null))),
        broken("a callback button without key", "template_card.button_list[0].key",
            () -> buttons().buttons(button("OK", null))),
        broken("two buttons with one key", "template_card.button_list",
            () -> buttons().buttons(button("OK", "same"), button("Cancel", "same"))),
        broken("two drop-downs with one question key", "template_card.select_list",
            () -> multiple().selects(select("q", "a", null, option("o", "x")), select("q", "b", null, option("o", "x")))),
        broken("two vote options with one id", "template_card.checkbox.option_list",
            () -> vote().checkbox("q", true, CardParts.choice("o", "x", true), CardParts.choice("o", "y", false))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenCards")
  void aCardBreakingARuleIsRefusedNamingThePart(String what, String field, Supplier<CardBuilder<?>> card) {
    Refusals.assertRefused(what, field, () -> card.get().build());
  }

  @Test
  void aTextNoticeCardMayHaveASubTitleTextInsteadOfAMainTitle() {
    assertThatCode(() -> TemplateCards.textNotice().subTitleText("Backup done").cardAction(openUrl("https://a.b"))
        .build()).doesNotThrowAnyException();
  }

  @Test
  void aPartOfAnotherCardTypeIsRefusedWhenTheCardIsBuiltByHand() {
    TemplateCard card = vote().build().jumpList(List.of(CardParts.jumpUrl("t", "https://a.b")));

    RequestValidationException e = Refusals.assertRefused("a jump list on a vote card", "template_card.jump_list",
        () -> Messages.templateCard(card).toUsers("zhangsan").agentId(1).build());

    assertThat(e.getMessage()).contains("is not a part of vote_interaction cards");
  }

  @Test
  void everyCardTypeBuildsWithItsRequiredPartsOnly() {
    Stream.of(text(), news(), buttons(), vote(), multiple())
        .forEach(card -> assertThatCode(card::build).as(card.toString()).doesNotThrowAnyException());
  }

  private static Arguments broken(String what, String field, Supplier<CardBuilder<?>> card) {
    return Arguments.of(what, field, card);
  }
}
