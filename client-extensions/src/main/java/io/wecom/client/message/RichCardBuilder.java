package io.wecom.client.message;

import io.wecom.client.message.internal.Frozen;
import io.wecom.client.model.TemplateCard;
import io.wecom.client.model.TemplateCardActionMenu;
import io.wecom.client.model.TemplateCardActionMenuItem;
import io.wecom.client.model.TemplateCardCardAction;
import io.wecom.client.model.TemplateCardHorizontalContent;
import io.wecom.client.model.TemplateCardQuoteArea;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * The richer cards, text_notice, news_notice and button_interaction, share these parts: the action menu, the
 * quote, the key-value lines and the click action of the whole card.
 *
 * @param <B> the concrete builder
 */
public abstract class RichCardBuilder<B extends RichCardBuilder<B>> extends CardBuilder<B> {

  RichCardBuilder(Frozen<TemplateCard> card) {
    super(card);
  }

  /** The "more" menu in the top-right corner, 1 to 3 entries (see {@link CardParts#menuItem}); needs a task id. */
  public B actionMenu(String desc, TemplateCardActionMenuItem... items) {
    TemplateCardActionMenu menu = new TemplateCardActionMenu().desc(desc)
        .actionList(new ArrayList<>(Arrays.asList(items)));
    return with(c -> c.actionMenu(menu));
  }

  /** A quote block (引用文献样式). */
  public B quoteArea(TemplateCardQuoteArea quote) {
    return with(c -> c.quoteArea(quote));
  }

  /** Up to 6 key-value lines (see {@link CardParts#line} and its siblings); replaces earlier ones. */
  public B horizontalContents(TemplateCardHorizontalContent... lines) {
    return with(c -> c.horizontalContentList(new ArrayList<>(Arrays.asList(lines))));
  }

  /**
   * What a click on the card opens: {@link CardParts#openUrl} or {@link CardParts#openMiniProgram}. Required for
   * text_notice and news_notice cards.
   */
  public B cardAction(TemplateCardCardAction action) {
    return with(c -> c.cardAction(action));
  }
}
