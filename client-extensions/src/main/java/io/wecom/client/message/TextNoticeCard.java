package io.wecom.client.message;

import io.wecom.client.message.internal.Frozen;
import io.wecom.client.model.TemplateCard;
import io.wecom.client.model.TemplateCardEmphasisContent;
import io.wecom.client.model.TemplateCardJump;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * A text notice card (文本通知型). Needs a {@link #cardAction card action} that opens a URL or a mini program, and
 * a main title or a {@link #subTitleText sub-title text}.
 */
public final class TextNoticeCard extends RichCardBuilder<TextNoticeCard> {

  TextNoticeCard(Frozen<TemplateCard> card) {
    super(card);
  }

  @Override
  TextNoticeCard create(Frozen<TemplateCard> card) {
    return new TextNoticeCard(card);
  }

  /** A highlighted key figure (关键数据样式) and what it means. */
  public TextNoticeCard emphasis(String figure, String desc) {
    return with(c -> c.emphasisContent(new TemplateCardEmphasisContent().title(figure).desc(desc)));
  }

  /** Secondary plain text under the title. */
  public TextNoticeCard subTitleText(String text) {
    return with(c -> c.subTitleText(text));
  }

  /** Up to 3 jump links at the bottom (see {@link CardParts#jumpUrl}); replaces earlier ones. */
  public TextNoticeCard jumps(TemplateCardJump... jumps) {
    return with(c -> c.jumpList(new ArrayList<>(Arrays.asList(jumps))));
  }
}
