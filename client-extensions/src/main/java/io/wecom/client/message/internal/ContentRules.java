package io.wecom.client.message.internal;

import io.wecom.client.model.AppChatNews;
import io.wecom.client.model.MessageMarkdown;
import io.wecom.client.model.MessageMiniprogramNotice;
import io.wecom.client.model.MessageMpNews;
import io.wecom.client.model.MessageNews;
import io.wecom.client.model.MessageText;
import io.wecom.client.model.MessageTextCard;
import io.wecom.client.model.MessageVideo;

/**
 * The limits of the message contents that message/send (document 90236) and appchat/send (90248) share, as the
 * pages give them. Each check names the field by its JSON path.
 */
public final class ContentRules {

  static final int TEXT_BYTES = 2048;
  static final int MARKDOWN_BYTES = 2048;
  static final int MPNEWS_CONTENT_BYTES = 666 * 1024;

  private ContentRules() {}

  public static void text(MessageText text) {
    Check.required("text.content", text.getContent());
    Check.maxBytes("text.content", text.getContent(), TEXT_BYTES);
  }

  public static void markdown(MessageMarkdown markdown) {
    Check.required("markdown.content", markdown.getContent());
    Check.maxBytes("markdown.content", markdown.getContent(), MARKDOWN_BYTES);
  }

  public static void media(String kind, String mediaId) {
    Check.required(kind + ".media_id", mediaId);
  }

  public static void video(MessageVideo video) {
    media("video", video.getMediaId());
    Check.maxBytes("video.title", video.getTitle(), 128);
    Check.maxBytes("video.description", video.getDescription(), 512);
  }

  /**
   * message/send counts the title (128) and description (512) in characters; appchat/send counts them in bytes.
   */
  public static void textCard(MessageTextCard card, boolean countBytes) {
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

  public static void news(MessageNews news) {
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

  public static void appChatNews(AppChatNews news) {
    Check.items("news.articles", news.getArticles(), 1, 8);
    Check.each("news.articles", news.getArticles(), (path, a) -> {
      Check.required(path + ".title", a.getTitle());
      Check.required(path + ".url", a.getUrl());
      Check.maxBytes(path + ".title", a.getTitle(), 128);
      Check.maxBytes(path + ".description", a.getDescription(), 512);
    });
  }

  public static void mpNews(MessageMpNews mpnews) {
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

  public static void miniprogramNotice(MessageMiniprogramNotice notice) {
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
