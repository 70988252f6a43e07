package io.wecom.client.message;

import io.wecom.client.message.internal.Check;
import io.wecom.client.message.internal.SendMessageRules;
import io.wecom.client.model.MessageFile;
import io.wecom.client.model.MessageImage;
import io.wecom.client.model.MessageMarkdown;
import io.wecom.client.model.MessageMiniprogramNotice;
import io.wecom.client.model.MessageMpNews;
import io.wecom.client.model.MessageMpNewsArticle;
import io.wecom.client.model.MessageNews;
import io.wecom.client.model.MessageNewsArticle;
import io.wecom.client.model.MessageText;
import io.wecom.client.model.MessageTextCard;
import io.wecom.client.model.MessageVideo;
import io.wecom.client.model.MessageVoice;
import io.wecom.client.model.SendMessageRequest;
import io.wecom.client.model.SendMessageRequest.MsgtypeEnum;
import io.wecom.client.model.TemplateCard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Starts an app message (message/send) of each kind WeCom offers; continue with recipients and the agentid on the
 * returned {@link AppMessage}. Contents given as generated models are copied, so changing them later has no effect.
 */
public final class Messages {

  private Messages() {}

  /** A text, at most 2048 bytes; may hold line breaks and {@code <a href="...">} links. */
  public static AppMessage text(String content) {
    return of(MsgtypeEnum.TEXT, r -> r.text(new MessageText().content(content)));
  }

  /** A markdown text (WeCom's subset), at most 2048 bytes. */
  public static AppMessage markdown(String content) {
    return of(MsgtypeEnum.MARKDOWN, r -> r.markdown(new MessageMarkdown().content(content)));
  }

  /** An image uploaded with media/upload (see {@link io.wecom.client.media.MediaUploader}). */
  public static AppMessage image(String mediaId) {
    return of(MsgtypeEnum.IMAGE, r -> r.image(new MessageImage().mediaId(mediaId)));
  }

  /** A voice message (AMR) uploaded with media/upload. */
  public static AppMessage voice(String mediaId) {
    return of(MsgtypeEnum.VOICE, r -> r.voice(new MessageVoice().mediaId(mediaId)));
  }

  /** A video (MP4) uploaded with media/upload. */
  public static AppMessage video(String mediaId) {
    return video(new MessageVideo().mediaId(mediaId));
  }

  /** A video with a title (at most 128 bytes) and a description (at most 512 bytes). */
  public static AppMessage video(String mediaId, String title, String description) {
    return video(new MessageVideo().mediaId(mediaId).title(title).description(description));
  }

  public static AppMessage video(MessageVideo video) {
    return of(MsgtypeEnum.VIDEO, r -> r.video(video));
  }

  /** A file uploaded with media/upload; recipients see the filename given at upload. */
  public static AppMessage file(String mediaId) {
    return of(MsgtypeEnum.FILE, r -> r.file(new MessageFile().mediaId(mediaId)));
  }

  /** A text card: title (at most 128 characters), description (at most 512 characters) and the link it opens. */
  public static AppMessage textCard(String title, String description, String url) {
    return textCard(new MessageTextCard().title(title).description(description).url(url));
  }

  /** A text card with all its fields, e.g. a button text ({@code btntxt}, at most 4 characters). */
  public static AppMessage textCard(MessageTextCard card) {
    return of(MsgtypeEnum.TEXTCARD, r -> r.textcard(card));
  }

  /** A news message of 1 to 8 articles, each a link (url) or a mini program page (appid and pagepath). */
  public static AppMessage news(MessageNewsArticle... articles) {
    return news(Arrays.asList(articles));
  }

  public static AppMessage news(List<MessageNewsArticle> articles) {
    return of(MsgtypeEnum.NEWS, r -> r.news(new MessageNews().articles(new ArrayList<>(articles))));
  }

  /** An mpnews message of 1 to 8 articles stored in WeCom, each with a thumbnail media_id and an HTML body. */
  public static AppMessage mpNews(MessageMpNewsArticle... articles) {
    return mpNews(Arrays.asList(articles));
  }

  public static AppMessage mpNews(List<MessageMpNewsArticle> articles) {
    return of(MsgtypeEnum.MPNEWS, r -> r.mpnews(new MessageMpNews().articles(new ArrayList<>(articles))));
  }

  /** A mini-program notice; sent by an app bound to a mini program, without agentid. */
  public static AppMessage miniprogramNotice(MessageMiniprogramNotice notice) {
    return of(MsgtypeEnum.MINIPROGRAM_NOTICE, r -> r.miniprogramNotice(notice));
  }

  /** A template card, from {@link TemplateCards}; it is checked again, with the message, by {@code build()}. */
  public static AppMessage templateCard(CardBuilder<?> card) {
    return templateCard(card.build());
  }

  /** A template card given as the generated model. */
  public static AppMessage templateCard(TemplateCard card) {
    return of(MsgtypeEnum.TEMPLATE_CARD, r -> r.templateCard(card));
  }

  /**
   * Checks a request built by hand against the same rules as {@link AppMessage#build()}.
   *
   * @throws io.wecom.client.error.RequestValidationException naming the field, its size and the limit it breaks
   */
  public static void check(SendMessageRequest request) {
    SendMessageRules.check(request);
  }

  static int wholeSeconds(String field, Duration duration) {
    Check.required(field, duration);
    if (duration.toNanosPart() != 0 || duration.isNegative() || duration.getSeconds() > Integer.MAX_VALUE) {
      throw Check.fail(field, "must be a whole, positive number of seconds, was " + duration);
    }
    return (int) duration.getSeconds();
  }

  private static AppMessage of(MsgtypeEnum type, Consumer<SendMessageRequest> content) {
    SendMessageRequest request = new SendMessageRequest().msgtype(type);
    content.accept(request);
    return new AppMessage(request);
  }
}
