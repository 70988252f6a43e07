package io.wecom.client.message;

import io.wecom.client.message.internal.Frozen;
import io.wecom.client.model.TemplateCard;
import io.wecom.client.model.TemplateCardImage;
import io.wecom.client.model.TemplateCardImageTextArea;
import io.wecom.client.model.TemplateCardJump;
import io.wecom.client.model.TemplateCardVerticalContent;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * A news notice card (图文展示型). Needs a main title, a {@link #cardAction card action}, and a
 * {@link #cardImage large picture} or an {@link #imageTextArea image-and-text block}.
 */
public final class NewsNoticeCard extends RichCardBuilder<NewsNoticeCard> {

  NewsNoticeCard(Frozen<TemplateCard> card) {
    super(card);
  }

  @Override
  NewsNoticeCard create(Frozen<TemplateCard> card) {
    return new NewsNoticeCard(card);
  }

  /** The large picture; width/height between 1.3 and 2.25. */
  public NewsNoticeCard cardImage(String url, double aspectRatio) {
    return with(c -> c.cardImage(new TemplateCardImage().url(url).aspectRatio(aspectRatio)));
  }

  /** A picture-left, text-right block (左图右文样式). */
  public NewsNoticeCard imageTextArea(TemplateCardImageTextArea area) {
    return with(c -> c.imageTextArea(area));
  }

  /** Up to 4 secondary title + text blocks; replaces earlier ones. */
  public NewsNoticeCard verticalContents(TemplateCardVerticalContent... contents) {
    return with(c -> c.verticalContentList(new ArrayList<>(Arrays.asList(contents))));
  }

  /** Up to 3 jump links at the bottom (see {@link CardParts#jumpUrl}); replaces earlier ones. */
  public NewsNoticeCard jumps(TemplateCardJump... jumps) {
    return with(c -> c.jumpList(new ArrayList<>(Arrays.asList(jumps))));
  }
}
