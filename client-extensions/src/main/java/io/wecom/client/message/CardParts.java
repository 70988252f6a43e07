package io.wecom.client.message;

import io.wecom.client.model.TemplateCardActionMenuItem;
import io.wecom.client.model.TemplateCardButton;
import io.wecom.client.model.TemplateCardCardAction;
import io.wecom.client.model.TemplateCardCheckboxOption;
import io.wecom.client.model.TemplateCardHorizontalContent;
import io.wecom.client.model.TemplateCardJump;
import io.wecom.client.model.TemplateCardSelect;
import io.wecom.client.model.TemplateCardSelectOption;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * The parts of template cards, made without WeCom's numeric click types ({@code type: 1} opens a URL,
 * {@code type: 2} a mini program, ...). Each returns the generated model, so any field not covered here can still
 * be set on it.
 */
public final class CardParts {

  private CardParts() {}

  /** A click that opens {@code url}. */
  public static TemplateCardCardAction openUrl(String url) {
    return new TemplateCardCardAction().type(TemplateCardCardAction.TypeEnum.NUMBER_1).url(url);
  }

  /** A click that opens a page of a mini program linked to the app. */
  public static TemplateCardCardAction openMiniProgram(String appid, String pagepath) {
    return new TemplateCardCardAction().type(TemplateCardCardAction.TypeEnum.NUMBER_2).appid(appid)
        .pagepath(pagepath);
  }

  /** An entry of the card's "more" menu; its key (at most 1024 bytes, unique) comes back as EventKey. */
  public static TemplateCardActionMenuItem menuItem(String text, String key) {
    return new TemplateCardActionMenuItem().text(text).key(key);
  }

  /** A plain key-value line. */
  public static TemplateCardHorizontalContent line(String keyname, String value) {
    return new TemplateCardHorizontalContent().keyname(keyname).value(value);
  }

  /** A key-value line whose value opens {@code url}. */
  public static TemplateCardHorizontalContent linkLine(String keyname, String value, String url) {
    return line(keyname, value).type(TemplateCardHorizontalContent.TypeEnum.NUMBER_1).url(url);
  }

  /** A key-value line whose value downloads an uploaded file; {@code fileName} includes the extension. */
  public static TemplateCardHorizontalContent fileLine(String keyname, String fileName, String mediaId) {
    return line(keyname, fileName).type(TemplateCardHorizontalContent.TypeEnum.NUMBER_2).mediaId(mediaId);
  }

  /** A key-value line whose value opens a member's profile. */
  public static TemplateCardHorizontalContent memberLine(String keyname, String value, String userid) {
    return line(keyname, value).type(TemplateCardHorizontalContent.TypeEnum.NUMBER_3).userid(userid);
  }

  /** A jump link at the bottom of the card that opens {@code url}. */
  public static TemplateCardJump jumpUrl(String title, String url) {
    return new TemplateCardJump().type(TemplateCardJump.TypeEnum.NUMBER_1).title(title).url(url);
  }

  /** A jump link that opens a page of a mini program linked to the app. */
  public static TemplateCardJump jumpMiniProgram(String title, String appid, String pagepath) {
    return new TemplateCardJump().type(TemplateCardJump.TypeEnum.NUMBER_2).title(title).appid(appid)
        .pagepath(pagepath);
  }

  /** A button whose click sends a callback event carrying {@code key} (at most 1024 bytes, unique). */
  public static TemplateCardButton button(String text, String key) {
    return new TemplateCardButton().text(text).key(key);
  }

  /** A button in style 1 to 4. */
  public static TemplateCardButton button(String text, String key, int style) {
    return button(text, key).style(style);
  }

  /** A button that opens {@code url}. */
  public static TemplateCardButton linkButton(String text, String url) {
    return new TemplateCardButton().type(TemplateCardButton.TypeEnum.NUMBER_1).text(text).url(url);
  }

  /** An option of a drop-down; its id (at most 128 bytes, unique) comes back in the callback event. */
  public static TemplateCardSelectOption option(String id, String text) {
    return new TemplateCardSelectOption().id(id).text(text);
  }

  /** An option of a vote question, pre-selected or not. */
  public static TemplateCardCheckboxOption choice(String id, String text, boolean checked) {
    return new TemplateCardCheckboxOption().id(id).text(text).isChecked(checked);
  }

  /** A drop-down of a multiple-choice card: its key, title, pre-selected option id and 1 to 10 options. */
  public static TemplateCardSelect select(String questionKey, String title, String selectedId,
      TemplateCardSelectOption... options) {
    return new TemplateCardSelect().questionKey(questionKey).title(title).selectedId(selectedId)
        .optionList(new ArrayList<>(Arrays.asList(options)));
  }
}
