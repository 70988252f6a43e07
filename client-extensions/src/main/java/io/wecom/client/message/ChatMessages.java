package io.wecom.client.message;

import io.wecom.client.message.internal.AppChatRules;
import io.wecom.client.model.AppChatNews;
import io.wecom.client.model.AppChatNewsArticle;
import io.wecom.client.model.MessageFile;
import io.wecom.client.model.MessageImage;
import io.wecom.client.model.MessageMarkdown;
import io.wecom.client.model.MessageMpNews;
import io.wecom.client.model.MessageMpNewsArticle;
import io.wecom.client.model.MessageText;
import io.wecom.client.model.MessageTextCard;
import io.wecom.client.model.MessageVideo;
import io.wecom.client.model.MessageVoice;
import io.wecom.client.model.SendAppChatMessageRequest;
import io.wecom.client.model.SendAppChatMessageRequest.MsgtypeEnum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Starts a group-chat message (appchat/send) of each kind a group chat accepts; continue with
 * {@link ChatMessage#toChat(String)}. The limits are those of app messages, except that the text card counts its
 * title (128) and description (512) in bytes.
 */
public final class ChatMessages {

  private ChatMessages() {}

  /** A text, at most 2048 bytes. */
  public static ChatMessage text(String content) {
    return of(MsgtypeEnum.TEXT, r -> r.text(new MessageText().content(content)));
  }

  /** A markdown text, at most 2048 bytes. */
  public static ChatMessage markdown(String content) {
    return of(MsgtypeEnum.MARKDOWN, r -> r.markdown(new MessageMarkdown().content(content)));
  }

  public static ChatMessage image(String mediaId) {
    return of(MsgtypeEnum.IMAGE, r -> r.image(new MessageImage().mediaId(mediaId)));
  }

  public static ChatMessage voice(String mediaId) {
    return of(MsgtypeEnum.VOICE, r -> r.voice(new MessageVoice().mediaId(mediaId)));
  }

  /** A video with an optional title (at most 128 bytes) and description (at most 512 bytes). */
  public static ChatMessage video(MessageVideo video) {
    return of(MsgtypeEnum.VIDEO, r -> r.video(video));
  }

  public static ChatMessage file(String mediaId) {
    return of(MsgtypeEnum.FILE, r -> r.file(new MessageFile().mediaId(mediaId)));
  }

  /** A text card: title (at most 128 bytes), description (at most 512 bytes), url and optional btntxt. */
  public static ChatMessage textCard(MessageTextCard card) {
    return of(MsgtypeEnum.TEXTCARD, r -> r.textcard(card));
  }

  /** A news message of 1 to 8 articles, each with a title and a url. */
  public static ChatMessage news(AppChatNewsArticle... articles) {
    return news(Arrays.asList(articles));
  }

  public static ChatMessage news(List<AppChatNewsArticle> articles) {
    return of(MsgtypeEnum.NEWS, r -> r.news(new AppChatNews().articles(new ArrayList<>(articles))));
  }

  /** An mpnews message of 1 to 8 articles stored in WeCom. */
  public static ChatMessage mpNews(MessageMpNewsArticle... articles) {
    List<MessageMpNewsArticle> list = new ArrayList<>(Arrays.asList(articles));
    return of(MsgtypeEnum.MPNEWS, r -> r.mpnews(new MessageMpNews().articles(list)));
  }

  /**
   * Checks a request built by hand against the same rules as {@link ChatMessage#build()}.
   *
   * @throws io.wecom.client.error.RequestValidationException naming the field, its size and the limit it breaks
   */
  public static void check(SendAppChatMessageRequest request) {
    AppChatRules.check(request);
  }

  private static ChatMessage of(MsgtypeEnum type, Consumer<SendAppChatMessageRequest> content) {
    SendAppChatMessageRequest request = new SendAppChatMessageRequest().msgtype(type);
    content.accept(request);
    return new ChatMessage(request);
  }
}
