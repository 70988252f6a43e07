package io.wecom.client.message;

import static io.wecom.client.message.CardParts.button;
import static io.wecom.client.message.CardParts.choice;
import static io.wecom.client.message.CardParts.line;
import static io.wecom.client.message.CardParts.menuItem;
import static io.wecom.client.message.CardParts.openUrl;
import static io.wecom.client.message.CardParts.option;
import static io.wecom.client.message.CardParts.select;
import static io.wecom.client.testing.LimitCase.bytes;
import static io.wecom.client.testing.LimitCase.ids;
import static io.wecom.client.testing.LimitCase.items;
import static io.wecom.client.testing.LimitCase.max;
import static io.wecom.client.testing.LimitCase.min;

import io.wecom.client.model.TemplateCardActionMenuItem;
import io.wecom.client.model.TemplateCardButton;
import io.wecom.client.model.TemplateCardCheckboxOption;
import io.wecom.client.model.TemplateCardHorizontalContent;
import io.wecom.client.model.TemplateCardJump;
import io.wecom.client.model.TemplateCardSelect;
import io.wecom.client.model.TemplateCardSelectOption;
import io.wecom.client.model.TemplateCardVerticalContent;
import io.wecom.client.testing.LimitCase;
import java.util.stream.Stream;

/**
 * Every size limit of template cards, as cases for {@link io.wecom.client.DocumentedLimitsTest}: keys are at most
 * 1024 bytes, option ids 128 bytes, the task id 128 bytes, and each list has its bounds. Also the smallest valid
 * card of each type, for other tests to break.
 */
public final class TemplateCardLimits {

  private TemplateCardLimits() {}


  public static Stream<LimitCase> cases() {
    return Stream.of(
        max("template_card.task_id", 128, "bytes", n -> buttons().taskId("a".repeat((int) n)).build()),
        max("template_card.action_menu.action_list", 3, "items", n -> text().taskId("t").actionMenu("d", menu(n)).build()),
        min("template_card.action_menu.action_list", 1, "items", n -> text().taskId("t").actionMenu("d", menu(n)).build()),
        max("template_card.action_menu.action_list[0].key", 1024, "bytes",
            n -> text().taskId("t").actionMenu("d", menuItem("x", bytes(n))).build()),
        max("template_card.horizontal_content_list", 6, "items",
            n -> text().horizontalContents(items(n, line("k", "v")).toArray(TemplateCardHorizontalContent[]::new))
                .build()),
        max("template_card.jump_list", 3, "items",
            n -> text().jumps(items(n, CardParts.jumpUrl("t", "https://a.b")).toArray(TemplateCardJump[]::new)).build()),
        max("template_card.vertical_content_list", 4, "items", n -> news().verticalContents(
            items(n, new TemplateCardVerticalContent().title("t")).toArray(TemplateCardVerticalContent[]::new)).build()),
        max("template_card.button_list", 6, "items", n -> buttons().buttons(buttonList(n)).build()),
        min("template_card.button_list", 1, "items", n -> buttons().buttons(buttonList(n)).build()),
        max("template_card.button_list[0].key", 1024, "bytes", n -> buttons().buttons(button("b", bytes(n))).build()),
        max("template_card.button_selection.question_key", 1024, "bytes",
            n -> buttons().selection(bytes(n), "t", option("o", "x")).build()),
        max("template_card.button_selection.option_list", 10, "items",
            n -> buttons().selection("q", "t", optionList(n)).build()),
        min("template_card.button_selection.option_list", 1, "items",
            n -> buttons().selection("q", "t", optionList(n)).build()),
        max("template_card.button_selection.option_list[0].id", 128, "bytes",
            n -> buttons().selection("q", "t", option(bytes(n), "x")).build()),
        max("template_card.checkbox.question_key", 1024, "bytes",
            n -> vote().checkbox(bytes(n), false, choice("o", "x", true)).build()),
        max("template_card.checkbox.option_list", 20, "items", n -> vote().checkbox("q", true, choices(n)).build()),
        min("template_card.checkbox.option_list", 1, "items", n -> vote().checkbox("q", true, choices(n)).build()),
        max("template_card.checkbox.option_list[0].id", 128, "bytes",
            n -> vote().checkbox("q", false, choice(bytes(n), "x", true)).build()),
        max("template_card.submit_button.key", 1024, "bytes", n -> vote().submitButton("提交", bytes(n)).build()),
        max("template_card.select_list", 3, "items", n -> multiple().selects(selects(n)).build()),
        min("template_card.select_list", 1, "items", n -> multiple().selects(selects(n)).build()),
        max("template_card.select_list[0].question_key", 1024, "bytes",
            n -> multiple().selects(select(bytes(n), "t", null, option("o", "x"))).build()),
        max("template_card.select_list[0].option_list", 10, "items",
            n -> multiple().selects(select("q", "t", null, optionList(n))).build()),
        min("template_card.select_list[0].option_list", 1, "items",
            n -> multiple().selects(select("q", "t", null, optionList(n))).build()),
        max("template_card.select_list[0].option_list[0].id", 128, "bytes",
            n -> multiple().selects(select("q", "t", null, option(bytes(n), "x"))).build()));
  }



  static TextNoticeCard text() {
    return TemplateCards.textNotice().mainTitle("Disk almost full", null).cardAction(openUrl("https://a.b"));
  }

  static NewsNoticeCard news() {
    return TemplateCards.newsNotice().mainTitle("News", null).cardAction(openUrl("https://a.b"))
        .cardImage("https://a.b/c.png", 1.3);
  }

  static ButtonInteractionCard buttons() {
    return TemplateCards.buttonInteraction().mainTitle("Approve?", null).taskId("task").buttons(button("OK", "ok"));
  }

  static VoteInteractionCard vote() {
    return TemplateCards.voteInteraction().mainTitle("Vote", null).taskId("task")
        .checkbox("q", false, choice("o", "x", true)).submitButton("提交", "submit");
  }

  static MultipleInteractionCard multiple() {
    return TemplateCards.multipleInteraction().mainTitle("Choose", null).taskId("task")
        .selects(select("q", "t", null, option("o", "x"))).submitButton("提交", "submit");
  }

  private static TemplateCardActionMenuItem[] menu(long n) {
    return ids(n, "key").stream().map(k -> menuItem("x", k)).toArray(TemplateCardActionMenuItem[]::new);
  }

  private static TemplateCardButton[] buttonList(long n) {
    return ids(n, "key").stream().map(k -> button("b", k)).toArray(TemplateCardButton[]::new);
  }

  private static TemplateCardSelectOption[] optionList(long n) {
    return ids(n, "id").stream().map(id -> option(id, "x")).toArray(TemplateCardSelectOption[]::new);
  }

  private static TemplateCardCheckboxOption[] choices(long n) {
    return ids(n, "id").stream().map(id -> choice(id, "x", false)).toArray(TemplateCardCheckboxOption[]::new);
  }

  private static TemplateCardSelect[] selects(long n) {
    return ids(n, "q").stream().map(q -> select(q, "t", null, option("o", "x"))).toArray(TemplateCardSelect[]::new);
  }
}
