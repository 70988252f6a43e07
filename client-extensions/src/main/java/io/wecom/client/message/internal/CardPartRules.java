package io.wecom.client.message.internal;

import io.wecom.client.model.TemplateCard;
import io.wecom.client.model.TemplateCardActionMenuItem;
import io.wecom.client.model.TemplateCardButton;
import io.wecom.client.model.TemplateCardCheckboxOption;
import io.wecom.client.model.TemplateCardSelect;
import io.wecom.client.model.TemplateCardSelectOption;
import java.util.List;

/**
 * The rules of the parts of a template card: what each click type needs (a url for 1, an appid for 2, ...), the
 * required texts and keys, the 1024-byte keys and 128-byte option ids, the list sizes, and the keys and ids that
 * must not repeat.
 */
final class CardPartRules {

  private static final String CARD = "template_card";
  private static final int KEY_BYTES = 1024;
  private static final int OPTION_ID_BYTES = 128;

  private CardPartRules() {}

  static void check(TemplateCard c) {
    if (c.getActionMenu() != null) {
      String menu = CARD + ".action_menu.action_list";
      List<TemplateCardActionMenuItem> items = c.getActionMenu().getActionList();
      Check.items(menu, items, 1, 3);
      Check.each(menu, items, (path, item) -> {
        Check.required(path + ".text", item.getText());
        key(path + ".key", item.getKey());
      });
      Check.unique(menu, items, "key", TemplateCardActionMenuItem::getKey);
    }
    if (c.getQuoteArea() != null) {
      var q = c.getQuoteArea();
      click(CARD + ".quote_area", q.getType() == null ? 0 : q.getType().getValue(), q.getUrl(), q.getAppid());
    }
    if (c.getCardAction() != null) {
      var a = c.getCardAction();
      click(CARD + ".card_action", a.getType() == null ? 0 : a.getType().getValue(), a.getUrl(), a.getAppid());
    }
    if (c.getImageTextArea() != null) {
      var area = c.getImageTextArea();
      Check.required(CARD + ".image_text_area.image_url", area.getImageUrl());
      click(CARD + ".image_text_area", area.getType() == null ? 0 : area.getType().getValue(), area.getUrl(),
          area.getAppid());
    }
    if (c.getCardImage() != null) {
      Check.required(CARD + ".card_image.url", c.getCardImage().getUrl());
      Double ratio = c.getCardImage().getAspectRatio();
      if (ratio != null && (ratio < 1.3 || ratio > 2.25)) {
        throw Check.fail(CARD + ".card_image.aspect_ratio", "must be between 1.3 and 2.25, was " + ratio);
      }
    }
    Check.each(CARD + ".horizontal_content_list", c.getHorizontalContentList(), (path, h) -> {
      Check.required(path + ".keyname", h.getKeyname());
      switch (h.getType() == null ? 0 : h.getType().getValue()) {
        case 1 -> Check.required(path + ".url", h.getUrl());
        case 2 -> Check.required(path + ".media_id", h.getMediaId());
        case 3 -> Check.required(path + ".userid", h.getUserid());
        default -> { }
      }
    });
    Check.each(CARD + ".jump_list", c.getJumpList(), (path, j) -> {
      Check.required(path + ".title", j.getTitle());
      click(path, j.getType() == null ? 0 : j.getType().getValue(), j.getUrl(), j.getAppid());
    });
    Check.each(CARD + ".vertical_content_list", c.getVerticalContentList(),
        (path, v) -> Check.required(path + ".title", v.getTitle()));
    buttons(c);
    choices(c);
  }

  private static void buttons(TemplateCard c) {
    if (c.getButtonSelection() != null) {
      String path = CARD + ".button_selection";
      key(path + ".question_key", c.getButtonSelection().getQuestionKey());
      options(path + ".option_list", c.getButtonSelection().getOptionList(), 10);
    }
    String list = CARD + ".button_list";
    Check.each(list, c.getButtonList(), (path, b) -> {
      Check.required(path + ".text", b.getText());
      if (b.getType() == TemplateCardButton.TypeEnum.NUMBER_1) {
        Check.required(path + ".url", b.getUrl());
      } else {
        key(path + ".key", b.getKey());
      }
      Check.maxBytes(path + ".key", b.getKey(), KEY_BYTES);
    });
    Check.unique(list, c.getButtonList(), "key", TemplateCardButton::getKey);
  }

  private static void choices(TemplateCard c) {
    if (c.getCheckbox() != null) {
      String path = CARD + ".checkbox";
      key(path + ".question_key", c.getCheckbox().getQuestionKey());
      List<TemplateCardCheckboxOption> options = c.getCheckbox().getOptionList();
      Check.items(path + ".option_list", options, 1, 20);
      Check.each(path + ".option_list", options, (p, o) -> {
        optionId(p + ".id", o.getId());
        Check.required(p + ".text", o.getText());
        Check.required(p + ".is_checked", o.getIsChecked());
      });
      Check.unique(path + ".option_list", options, "id", TemplateCardCheckboxOption::getId);
    }
    if (c.getSubmitButton() != null) {
      Check.required(CARD + ".submit_button.text", c.getSubmitButton().getText());
      key(CARD + ".submit_button.key", c.getSubmitButton().getKey());
    }
    String selects = CARD + ".select_list";
    Check.each(selects, c.getSelectList(), (path, s) -> {
      key(path + ".question_key", s.getQuestionKey());
      options(path + ".option_list", s.getOptionList(), 10);
    });
    Check.unique(selects, c.getSelectList(), "question_key", TemplateCardSelect::getQuestionKey);
  }

  private static void options(String field, List<TemplateCardSelectOption> options, int max) {
    Check.items(field, options, 1, max);
    Check.each(field, options, (path, o) -> {
      optionId(path + ".id", o.getId());
      Check.required(path + ".text", o.getText());
    });
    Check.unique(field, options, "id", TemplateCardSelectOption::getId);
  }

  /** Click type 1 opens {@code url}, 2 a mini program given by {@code appid}; 0 or none does nothing. */
  private static void click(String field, int type, String url, String appid) {
    if (type == 1) {
      Check.required(field + ".url", url);
    } else if (type == 2) {
      Check.required(field + ".appid", appid);
    }
  }

  private static void key(String field, String key) {
    Check.required(field, key);
    Check.maxBytes(field, key, KEY_BYTES);
  }

  private static void optionId(String field, String id) {
    Check.required(field, id);
    Check.maxBytes(field, id, OPTION_ID_BYTES);
  }
}
