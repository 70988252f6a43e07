package io.wecom.client.message;

import io.wecom.client.message.internal.Frozen;
import io.wecom.client.model.TemplateCard;
import io.wecom.client.model.TemplateCardButton;
import io.wecom.client.model.TemplateCardButtonSelection;
import io.wecom.client.model.TemplateCardSelectOption;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * A button card (按钮交互型): 1 to 6 buttons, optionally a drop-down above them. Needs a task id and a main title;
 * the send answers a response_code for update_template_card.
 */
public final class ButtonInteractionCard extends RichCardBuilder<ButtonInteractionCard> {

  ButtonInteractionCard(Frozen<TemplateCard> card) {
    super(card);
  }

  @Override
  ButtonInteractionCard create(Frozen<TemplateCard> card) {
    return new ButtonInteractionCard(card);
  }

  /** Secondary plain text under the title. */
  public ButtonInteractionCard subTitleText(String text) {
    return with(c -> c.subTitleText(text));
  }

  /** A drop-down (1 to 10 options, see {@link CardParts#option}) above the buttons; the first is pre-selected. */
  public ButtonInteractionCard selection(String questionKey, String title, TemplateCardSelectOption... options) {
    return selection(new TemplateCardButtonSelection().questionKey(questionKey).title(title)
        .optionList(new ArrayList<>(Arrays.asList(options))));
  }

  /** A drop-down with all its fields, e.g. the pre-selected option. */
  public ButtonInteractionCard selection(TemplateCardButtonSelection selection) {
    return with(c -> c.buttonSelection(selection));
  }

  /** The 1 to 6 buttons (see {@link CardParts#button}, {@link CardParts#linkButton}); replaces earlier ones. */
  public ButtonInteractionCard buttons(TemplateCardButton... buttons) {
    return with(c -> c.buttonList(new ArrayList<>(Arrays.asList(buttons))));
  }
}
