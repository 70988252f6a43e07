package io.wecom.client.message;

import io.wecom.client.message.internal.Frozen;
import io.wecom.client.model.TemplateCard;
import io.wecom.client.model.TemplateCard.CardTypeEnum;

/**
 * Starts a template card (模板卡片消息) of each card type. Each builder offers only the parts its type takes, and
 * its {@code build()} checks the parts the type requires. Send the card with {@link Messages#templateCard}.
 *
 * <pre>{@code
 * Messages.templateCard(TemplateCards.textNotice()
 *         .mainTitle("Disk almost full", "/data on db-1")
 *         .cardAction(CardParts.openUrl("https://grafana.example.com/d/disk")))
 *     .toUsers("zhangsan").agentId(1000002).build();
 * }</pre>
 */
public final class TemplateCards {

  private TemplateCards() {}

  public static TextNoticeCard textNotice() {
    return new TextNoticeCard(start(CardTypeEnum.TEXT_NOTICE));
  }

  public static NewsNoticeCard newsNotice() {
    return new NewsNoticeCard(start(CardTypeEnum.NEWS_NOTICE));
  }

  public static ButtonInteractionCard buttonInteraction() {
    return new ButtonInteractionCard(start(CardTypeEnum.BUTTON_INTERACTION));
  }

  public static VoteInteractionCard voteInteraction() {
    return new VoteInteractionCard(start(CardTypeEnum.VOTE_INTERACTION));
  }

  public static MultipleInteractionCard multipleInteraction() {
    return new MultipleInteractionCard(start(CardTypeEnum.MULTIPLE_INTERACTION));
  }

  private static Frozen<TemplateCard> start(CardTypeEnum type) {
    return Frozen.of(new TemplateCard().cardType(type));
  }
}
