package io.wecom.client.message.internal;

import io.wecom.client.model.TemplateCard;
import io.wecom.client.model.TemplateCard.CardTypeEnum;
import io.wecom.client.model.TemplateCardCardAction;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a template card (模板卡片消息, document 90236): which parts each {@code card_type} takes, which it
 * requires, the list sizes, and {@code task_id}. The parts themselves are checked by {@link CardPartRules}.
 */
public final class TemplateCardRules {

  private static final String CARD = "template_card";
  private static final Pattern TASK_ID = Pattern.compile("[0-9A-Za-z_@-]+");
  private static final Set<String> NOTICE_AND_BUTTON = Set.of("source", "action_menu", "task_id", "main_title",
      "quote_area", "horizontal_content_list", "card_action");
  private static final Map<CardTypeEnum, Set<String>> PARTS = Map.of(
      CardTypeEnum.TEXT_NOTICE, plus(NOTICE_AND_BUTTON, "emphasis_content", "sub_title_text", "jump_list"),
      CardTypeEnum.NEWS_NOTICE, plus(NOTICE_AND_BUTTON, "image_text_area", "card_image", "vertical_content_list",
          "jump_list"),
      CardTypeEnum.BUTTON_INTERACTION, plus(NOTICE_AND_BUTTON, "sub_title_text", "button_selection", "button_list"),
      CardTypeEnum.VOTE_INTERACTION, Set.of("source", "main_title", "task_id", "checkbox", "submit_button"),
      CardTypeEnum.MULTIPLE_INTERACTION, Set.of("source", "main_title", "task_id", "select_list", "submit_button"));

  private TemplateCardRules() {}

  public static void check(TemplateCard card) {
    CardTypeEnum type = card.getCardType();
    Check.required(CARD + ".card_type", type);
    if (!PARTS.containsKey(type)) {
      throw Check.fail(CARD + ".card_type", "\"" + type + "\" is not a card type WeCom documents");
    }
    parts(card).forEach((name, part) -> {
      boolean given = part != null && !(part instanceof Collection<?> c && c.isEmpty());
      if (given && !PARTS.get(type).contains(name)) {
        throw Check.fail(CARD + "." + name, "is not a part of " + type + " cards");
      }
    });
    required(card, type);
    taskId(card, type);
    Check.items(CARD + ".horizontal_content_list", card.getHorizontalContentList(), 0, 6);
    Check.items(CARD + ".jump_list", card.getJumpList(), 0, 3);
    Check.items(CARD + ".vertical_content_list", card.getVerticalContentList(), 0, 4);
    CardPartRules.check(card);
  }

  private static void required(TemplateCard card, CardTypeEnum type) {
    String title = card.getMainTitle() == null ? null : card.getMainTitle().getTitle();
    switch (type) {
      case TEXT_NOTICE -> {
        if (blank(title) && blank(card.getSubTitleText())) {
          throw Check.fail(CARD + ".main_title.title", "a text_notice card needs main_title.title or sub_title_text");
        }
        clickAction(card, type);
      }
      case NEWS_NOTICE -> {
        Check.required(CARD + ".main_title.title", title);
        clickAction(card, type);
        if (card.getCardImage() == null && card.getImageTextArea() == null) {
          throw Check.fail(CARD + ".card_image", "a news_notice card needs card_image or image_text_area");
        }
      }
      case BUTTON_INTERACTION -> {
        Check.required(CARD + ".main_title.title", title);
        Check.items(CARD + ".button_list", card.getButtonList(), 1, 6);
      }
      case VOTE_INTERACTION -> {
        Check.required(CARD + ".main_title.title", title);
        Check.required(CARD + ".checkbox", card.getCheckbox());
        Check.required(CARD + ".submit_button", card.getSubmitButton());
      }
      default -> {
        Check.required(CARD + ".main_title.title", title);
        Check.items(CARD + ".select_list", card.getSelectList(), 1, 3);
        Check.required(CARD + ".submit_button", card.getSubmitButton());
      }
    }
  }

  /** text_notice and news_notice cards need a card_action that opens a URL (1) or a mini program (2). */
  private static void clickAction(TemplateCard card, CardTypeEnum type) {
    Check.required(CARD + ".card_action", card.getCardAction());
    TemplateCardCardAction.TypeEnum action = card.getCardAction().getType();
    if (action != TemplateCardCardAction.TypeEnum.NUMBER_1 && action != TemplateCardCardAction.TypeEnum.NUMBER_2) {
      throw Check.fail(CARD + ".card_action.type", "a " + type + " card needs 1 (open url) or 2 (open a mini program)");
    }
  }

  private static void taskId(TemplateCard card, CardTypeEnum type) {
    String field = CARD + ".task_id";
    if (card.getActionMenu() != null && blank(card.getTaskId())) {
      throw Check.fail(field, "is required when action_menu is given");
    }
    if (type != CardTypeEnum.TEXT_NOTICE && type != CardTypeEnum.NEWS_NOTICE) {
      Check.required(field, card.getTaskId());
    }
    Check.maxBytes(field, card.getTaskId(), 128);
    if (card.getTaskId() != null && !TASK_ID.matcher(card.getTaskId()).matches()) {
      throw Check.fail(field, "may hold only digits, letters and _-@, was \"" + card.getTaskId() + "\"");
    }
  }

  private static Map<String, Object> parts(TemplateCard c) {
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("source", c.getSource());
    parts.put("action_menu", c.getActionMenu());
    parts.put("task_id", c.getTaskId());
    parts.put("main_title", c.getMainTitle());
    parts.put("quote_area", c.getQuoteArea());
    parts.put("emphasis_content", c.getEmphasisContent());
    parts.put("sub_title_text", c.getSubTitleText());
    parts.put("horizontal_content_list", c.getHorizontalContentList());
    parts.put("jump_list", c.getJumpList());
    parts.put("card_action", c.getCardAction());
    parts.put("image_text_area", c.getImageTextArea());
    parts.put("card_image", c.getCardImage());
    parts.put("vertical_content_list", c.getVerticalContentList());
    parts.put("button_selection", c.getButtonSelection());
    parts.put("button_list", c.getButtonList());
    parts.put("checkbox", c.getCheckbox());
    parts.put("submit_button", c.getSubmitButton());
    parts.put("select_list", c.getSelectList());
    return parts;
  }

  private static Set<String> plus(Set<String> base, String... more) {
    Set<String> all = new HashSet<>(base);
    all.addAll(Set.of(more));
    return Set.copyOf(all);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
