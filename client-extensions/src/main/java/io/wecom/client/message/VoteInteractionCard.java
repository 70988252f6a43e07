package io.wecom.client.message;

import io.wecom.client.message.internal.Frozen;
import io.wecom.client.model.TemplateCard;
import io.wecom.client.model.TemplateCardCheckbox;
import io.wecom.client.model.TemplateCardCheckboxOption;
import io.wecom.client.model.TemplateCardSubmitButton;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * A vote card (投票选择型): one choice question of 1 to 20 options and a submit button. Needs a task id and a main
 * title; WeCom 3.1.12 or later shows it.
 */
public final class VoteInteractionCard extends CardBuilder<VoteInteractionCard> {

  VoteInteractionCard(Frozen<TemplateCard> card) {
    super(card);
  }

  @Override
  VoteInteractionCard create(Frozen<TemplateCard> card) {
    return new VoteInteractionCard(card);
  }

  /** The question: its key, single or multiple choice, and the options (see {@link CardParts#choice}). */
  public VoteInteractionCard checkbox(String questionKey, boolean multipleChoice,
      TemplateCardCheckboxOption... options) {
    return with(c -> c.checkbox(new TemplateCardCheckbox().questionKey(questionKey)
        .mode(TemplateCardCheckbox.ModeEnum.fromValue(multipleChoice ? 1 : 0))
        .optionList(new ArrayList<>(Arrays.asList(options)))));
  }

  /** The submit button: its text and the key its callback event carries. */
  public VoteInteractionCard submitButton(String text, String key) {
    return with(c -> c.submitButton(new TemplateCardSubmitButton().text(text).key(key)));
  }
}
