package io.wecom.client.message;

import io.wecom.client.message.internal.Frozen;
import io.wecom.client.model.TemplateCard;
import io.wecom.client.model.TemplateCardSelect;
import io.wecom.client.model.TemplateCardSubmitButton;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * A multiple-choice card (多项选择型): 1 to 3 drop-downs and a submit button. Needs a task id and a main title;
 * WeCom 3.1.12 or later shows it.
 */
public final class MultipleInteractionCard extends CardBuilder<MultipleInteractionCard> {

  MultipleInteractionCard(Frozen<TemplateCard> card) {
    super(card);
  }

  @Override
  MultipleInteractionCard create(Frozen<TemplateCard> card) {
    return new MultipleInteractionCard(card);
  }

  /** The 1 to 3 drop-downs (see {@link CardParts#select}); replaces earlier ones. */
  public MultipleInteractionCard selects(TemplateCardSelect... selects) {
    return with(c -> c.selectList(new ArrayList<>(Arrays.asList(selects))));
  }

  /** The submit button: its text and the key its callback event carries. */
  public MultipleInteractionCard submitButton(String text, String key) {
    return with(c -> c.submitButton(new TemplateCardSubmitButton().text(text).key(key)));
  }
}
