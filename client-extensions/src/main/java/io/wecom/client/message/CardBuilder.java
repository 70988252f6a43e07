package io.wecom.client.message;

import io.wecom.client.message.internal.Frozen;
import io.wecom.client.message.internal.TemplateCardRules;
import io.wecom.client.model.TemplateCard;
import io.wecom.client.model.TemplateCardMainTitle;
import io.wecom.client.model.TemplateCardSource;
import java.util.function.Consumer;

/**
 * What every template card builder offers: the source line, the main title, the task id, and {@link #build()},
 * which checks the card against the rules of its card_type. The builders are immutable: each method returns a new
 * one. Start one with {@link TemplateCards}.
 *
 * @param <B> the concrete builder
 */
public abstract class CardBuilder<B extends CardBuilder<B>> {

  private final Frozen<TemplateCard> card;

  CardBuilder(Frozen<TemplateCard> card) {
    this.card = card;
  }

  abstract B create(Frozen<TemplateCard> card);

  final B with(Consumer<TemplateCard> change) {
    return create(card.with(change));
  }

  /** The source line at the top: an icon (72*72 recommended) and a short text. */
  public B source(String iconUrl, String desc) {
    return source(new TemplateCardSource().iconUrl(iconUrl).desc(desc));
  }

  /** The source line with all its fields, e.g. the text colour ({@code desc_color}). */
  public B source(TemplateCardSource source) {
    return with(c -> c.source(source));
  }

  /** The main title and its subtitle ({@code null} for none). */
  public B mainTitle(String title, String desc) {
    return with(c -> c.mainTitle(new TemplateCardMainTitle().title(title).desc(desc)));
  }

  /**
   * The task id: digits, letters and {@code _-@}, at most 128 bytes, unique per app. Interactive cards and cards
   * with an action menu need one; callback events carry it.
   */
  public B taskId(String taskId) {
    return with(c -> c.taskId(taskId));
  }

  /**
   * The card, checked against the rules of its card_type: required parts, parts that do not belong, list sizes,
   * key lengths and what each click type needs.
   *
   * @throws io.wecom.client.error.RequestValidationException naming the part and the rule it breaks
   */
  public TemplateCard build() {
    TemplateCard built = card.copy();
    TemplateCardRules.check(built);
    return built;
  }

  @Override
  public String toString() {
    return card.read(c -> getClass().getSimpleName() + "[" + c.getTaskId() + "]");
  }
}
