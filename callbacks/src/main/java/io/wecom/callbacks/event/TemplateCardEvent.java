package io.wecom.callbacks.event;

import java.util.List;

/**
 * A member pressed a button of a template card the app sent (模板卡片事件推送, Event {@code template_card_event}).
 * Answer with an updated card within the ResponseCode's life (72 hours, used once).
 *
 * @param eventKey the key of the pressed button
 * @param taskId the task_id the card was sent with
 * @param cardType text_notice, news_notice, button_interaction, vote_interaction or multiple_interaction
 * @param responseCode the ResponseCode for updating the card
 * @param selectedItems the choices made on vote and multiple-choice cards
 */
public record TemplateCardEvent(CallbackHeader header, String eventKey, String taskId, String cardType,
    String responseCode, List<SelectedItem> selectedItems, XmlFields fields) implements CallbackEvent {

  /** The options chosen for one question of the card. */
  public record SelectedItem(String questionKey, List<String> optionIds) {}
}
