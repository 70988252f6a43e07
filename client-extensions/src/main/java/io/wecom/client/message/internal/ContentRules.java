package io.wecom.client.message.internal;

import io.wecom.client.model.AppChatNews;
import io.wecom.client.model.MessageFile;
import io.wecom.client.model.MessageImage;
import io.wecom.client.model.MessageMarkdown;
import io.wecom.client.model.MessageMiniprogramNotice;
import io.wecom.client.model.MessageMpNews;
import io.wecom.client.model.MessageNews;
import io.wecom.client.model.MessageText;
import io.wecom.client.model.MessageTextCard;
import io.wecom.client.model.MessageVideo;
import io.wecom.client.model.MessageVoice;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The limits of the message contents that message/send (document 90236) and appchat/send (90248) share, as the
 * pages give them. Each check names the field by its JSON path.
 */
final class ContentRules {

  static final int TEXT_BYTES = 2048;
  static final int MARKDOWN_BYTES = 2048;
  static final int MPNEWS_CONTENT_BYTES = 666 * 1024;

  private ContentRules() {}

  /** The content properties both bodies have, by wire name; the caller adds its own kinds. */
  static Map<String, Object> sharedContents(MessageText text, MessageImage image, MessageVoice voice,
      MessageVideo video, MessageFile file, MessageTextCard textcard, MessageMpNews mpnews, MessageMarkdown markdown) {
    Map<String, Object> contents = new LinkedHashMap<>();
    contents.put("text", text);
    contents.put("image", image);
    contents.put("voice", voice);
    contents.put("video", video);
    contents.put("file", file);
    contents.put("textcard", textcard);
    contents.put("mpnews", mpnews);
    contents.put("markdown", markdown);
    return contents;
  }

  /**
   * Checks {@code content} as the kind {@code msgtype} names, one of those both bodies share. message/send counts
   * the text card's title and description in characters, appchat/send in bytes.
   */
  static void checkShared(String msgtype, Object content, boolean textCardInBytes) {
    switch (msgtype) {
      case "text" -> text((MessageText) content);
      case "image" -> media("image", ((MessageImage) content).getMediaId());
      case "voice" -> media("voice", ((MessageVoice) content).getMediaId());
      case "video" -> video((MessageVideo) content);
      case "file" -> media("file", ((MessageFile) content).getMediaId());
      case "textcard" -> textCard((MessageTextCard) content, textCardInBytes);
      case "mpnews" -> mpNews((MessageMpNews) content);
      case "markdown" -> markdown((MessageMarkdown) content);
      default -> throw Check.fail("msgtype", "\"" + msgtype + "\" is not a kind this API accepts");
    }
  }

  static void text(MessageText text) {
    Check.required("text.content", text.getContent());
    Check.maxBytes("text.content", text.getContent(), TEXT_BYTES);
  }

  static void markdown(MessageMarkdown markdown) {
    Check.required("markdown.content", markdown.getContent());
    Check.maxBytes("markdown.content", markdown.getContent(), MARKDOWN_BYTES);
  }

  static void media(String kind, String mediaId) {
    Check.required(kind + ".media_id", mediaId);
  }

  static void video(MessageVideo video) {
    media("video", video.getMediaId());
    Check.maxBytes("video.title", video.getTitle(), 128);
    Check.maxBytes("video.description", video.getDescription(), 512);
  }

  /**
   * message/send counts the title (128) and description (512) in characters; appchat/send counts them in bytes.
   */
  static void textCard(MessageTextCard card, boolean countBytes) {
    Check.required("textcard.title", card.getTitle());
    Check.required("textcard.description", card.getDescription());
    Check.required("textcard.url", card.getUrl());
    if (countBytes) {
      Check.maxBytes("textcard.title", card.getTitle(), 128);
      Check.maxBytes("textcard.description", card.getDescription(), 512);
    } else {
      Check.maxChars("textcard.title", card.getTitle(), 128);
      Check.maxChars("textcard.description", card.getDescription(), 512);
    }
    Check.maxBytes("textcard.url", card.getUrl(), 2048);
    Check.maxChars("textcard.btntxt", card.getBtntxt(), 4);
  }

  static void news(MessageNews news) {
    Check.items("news.articles", news.getArticles(), 1, 8);
    Check.each("news.articles", news.getArticles(), (path, a) -> {
      Check.required(path + ".title", a.getTitle());
      Check.maxBytes(path + ".title", a.getTitle(), 128);
      Check.maxBytes(path + ".description", a.getDescription(), 512);
      Check.maxBytes(path + ".url", a.getUrl(), 2048);
      Check.maxBytes(path + ".picurl", a.getPicurl(), 2048);
      Check.maxBytes(path + ".pagepath", a.getPagepath(), 128);
      if ((a.getAppid() == null) != (a.getPagepath() == null)) {
        throw Check.fail(path, "appid and pagepath go together: give both or neither");
      }
      if (a.getAppid() == null) {
        Check.required(path + ".url", a.getUrl());
      }
    });
  }

  static void appChatNews(AppChatNews news) {
    Check.items("news.articles", news.getArticles(), 1, 8);
    Check.each("news.articles", news.getArticles(), (path, a) -> {
      Check.required(path + ".title", a.getTitle());
      Check.required(path + ".url", a.getUrl());
      Check.maxBytes(path + ".title", a.getTitle(), 128);
      Check.maxBytes(path + ".description", a.getDescription(), 512);
    });
  }

  static void mpNews(MessageMpNews mpnews) {
    Check.items("mpnews.articles", mpnews.getArticles(), 1, 8);
    Check.each("mpnews.articles", mpnews.getArticles(), (path, a) -> {
      Check.required(path + ".title", a.getTitle());
      Check.required(path + ".thumb_media_id", a.getThumbMediaId());
      Check.required(path + ".content", a.getContent());
      Check.maxBytes(path + ".title", a.getTitle(), 128);
      Check.maxBytes(path + ".author", a.getAuthor(), 64);
      Check.maxBytes(path + ".content", a.getContent(), MPNEWS_CONTENT_BYTES);
      Check.maxBytes(path + ".digest", a.getDigest(), 512);
    });
  }

  static void miniprogramNotice(MessageMiniprogramNotice notice) {
    String field = "miniprogram_notice";
    Check.required(field + ".appid", notice.getAppid());
    Check.required(field + ".title", notice.getTitle());
    Check.chars(field + ".title", notice.getTitle(), 4, 12);
    Check.chars(field + ".description", notice.getDescription(), 4, 12);
    Check.maxBytes(field + ".page", notice.getPage(), 1024);
    Check.items(field + ".content_item", notice.getContentItem(), 0, 10);
    Check.each(field + ".content_item", notice.getContentItem(), (path, item) -> {
      Check.maxChars(path + ".key", item.getKey(), 10);
      Check.maxChars(path + ".value", item.getValue(), 30);
    });
  }
}
