package io.wecom.client.message;

import static io.wecom.client.testing.LimitCase.bytes;
import static io.wecom.client.testing.LimitCase.chars;
import static io.wecom.client.testing.LimitCase.ids;
import static io.wecom.client.testing.LimitCase.items;
import static io.wecom.client.testing.LimitCase.max;
import static io.wecom.client.testing.LimitCase.min;

import io.wecom.client.model.AppChatNewsArticle;
import io.wecom.client.model.MessageMiniprogramNotice;
import io.wecom.client.model.MessageMiniprogramNoticeItem;
import io.wecom.client.model.MessageMpNewsArticle;
import io.wecom.client.model.MessageNewsArticle;
import io.wecom.client.model.MessageTextCard;
import io.wecom.client.model.MessageVideo;
import io.wecom.client.testing.LimitCase;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Every limit the message/send (90236) and appchat/send (90248) pages give, as cases for
 * {@link io.wecom.client.DocumentedLimitsTest}. Byte limits are counted in UTF-8 (the values are Chinese text,
 * three bytes a character), character limits in characters.
 */
public final class MessageLimits {

  private MessageLimits() {}


  public static Stream<LimitCase> cases() {
    return Stream.of(
        max("text.content", 2048, "bytes", n -> send(Messages.text(bytes(n)))),
        max("markdown.content", 2048, "bytes", n -> send(Messages.markdown(bytes(n)))),
        max("textcard.title", 128, "characters", n -> send(Messages.textCard(chars(n), "d", "https://a.b"))),
        max("textcard.description", 512, "characters", n -> send(Messages.textCard("t", chars(n), "https://a.b"))),
        max("textcard.url", 2048, "bytes", n -> send(Messages.textCard("t", "d", "https://" + bytes(n - 8)))),
        max("textcard.btntxt", 4, "characters", n -> send(Messages.textCard(card().btntxt(chars(n))))),
        max("video.title", 128, "bytes", n -> send(Messages.video("M", bytes(n), null))),
        max("video.description", 512, "bytes", n -> send(Messages.video("M", null, bytes(n)))),
        max("news.articles", 8, "items", n -> send(Messages.news(items(n, article())))),
        min("news.articles", 1, "items", n -> send(Messages.news(items(n, article())))),
        max("news.articles[0].title", 128, "bytes", n -> send(Messages.news(article().title(bytes(n))))),
        max("news.articles[0].description", 512, "bytes", n -> send(Messages.news(article().description(bytes(n))))),
        max("news.articles[0].url", 2048, "bytes", n -> send(Messages.news(article().url(bytes(n))))),
        max("news.articles[0].picurl", 2048, "bytes", n -> send(Messages.news(article().picurl(bytes(n))))),
        max("news.articles[0].pagepath", 128, "bytes",
            n -> send(Messages.news(article().appid("wx1").pagepath(bytes(n))))),
        max("mpnews.articles", 8, "items", n -> send(Messages.mpNews(items(n, mpArticle())))),
        min("mpnews.articles", 1, "items", n -> send(Messages.mpNews(items(n, mpArticle())))),
        max("mpnews.articles[0].title", 128, "bytes", n -> send(Messages.mpNews(mpArticle().title(bytes(n))))),
        max("mpnews.articles[0].author", 64, "bytes", n -> send(Messages.mpNews(mpArticle().author(bytes(n))))),
        max("mpnews.articles[0].content", 666 * 1024, "bytes",
            n -> send(Messages.mpNews(mpArticle().content(bytes(n))))),
        max("mpnews.articles[0].digest", 512, "bytes", n -> send(Messages.mpNews(mpArticle().digest(bytes(n))))),
        max("miniprogram_notice.title", 12, "characters", n -> notice(x -> x.title(chars(n)))),
        min("miniprogram_notice.title", 4, "characters", n -> notice(x -> x.title(chars(n)))),
        max("miniprogram_notice.description", 12, "characters", n -> notice(x -> x.description(chars(n)))),
        min("miniprogram_notice.description", 4, "characters", n -> notice(x -> x.description(chars(n)))),
        max("miniprogram_notice.page", 1024, "bytes", n -> notice(x -> x.page(bytes(n)))),
        max("miniprogram_notice.content_item", 10, "items", n -> notice(x -> x.contentItem(items(n, item("k", "v"))))),
        max("miniprogram_notice.content_item[0].key", 10, "characters",
            n -> notice(x -> x.contentItem(List.of(item(chars(n), "v"))))),
        max("miniprogram_notice.content_item[0].value", 30, "characters",
            n -> notice(x -> x.contentItem(List.of(item("k", chars(n)))))),
        max("touser", 1000, "items", n -> Messages.text("x").toUsers(ids(n, "user")).agentId(1).build()),
        max("toparty", 100, "items", n -> Messages.text("x").toParties(ids(n, "")).agentId(1).build()),
        max("totag", 100, "items", n -> Messages.text("x").toTags(ids(n, "")).agentId(1).build()),
        max("duplicate_check_interval", 4 * 3600, "seconds", n -> send(Messages.text("x")
            .duplicateCheck(Duration.ofSeconds(n)))),
        min("duplicate_check_interval", 1, "seconds", n -> send(Messages.text("x")
            .duplicateCheck(Duration.ofSeconds(n)))),
        max("text.content", 2048, "bytes", n -> chat(ChatMessages.text(bytes(n)))),
        max("markdown.content", 2048, "bytes", n -> chat(ChatMessages.markdown(bytes(n)))),
        max("textcard.title", 128, "bytes", n -> chat(ChatMessages.textCard(card().title(bytes(n))))),
        max("textcard.description", 512, "bytes", n -> chat(ChatMessages.textCard(card().description(bytes(n))))),
        max("textcard.btntxt", 4, "characters", n -> chat(ChatMessages.textCard(card().btntxt(chars(n))))),
        max("video.title", 128, "bytes", n -> chat(ChatMessages.video(new MessageVideo().mediaId("M").title(bytes(n))))),
        max("news.articles", 8, "items", n -> chat(ChatMessages.news(items(n, chatArticle())))),
        min("news.articles", 1, "items", n -> chat(ChatMessages.news(items(n, chatArticle())))),
        max("news.articles[0].title", 128, "bytes", n -> chat(ChatMessages.news(chatArticle().title(bytes(n))))),
        max("news.articles[0].description", 512, "bytes",
            n -> chat(ChatMessages.news(chatArticle().description(bytes(n))))),
        max("mpnews.articles", 8, "items",
            n -> chat(ChatMessages.mpNews(items(n, mpArticle()).toArray(MessageMpNewsArticle[]::new)))));
  }



  private static Object send(AppMessage message) {
    return message.toUsers("zhangsan").agentId(1000002).build();
  }

  private static Object chat(ChatMessage message) {
    return message.toChat("CHATID").build();
  }

  private static Object notice(Function<MessageMiniprogramNotice, MessageMiniprogramNotice> change) {
    MessageMiniprogramNotice notice = new MessageMiniprogramNotice().appid("wx1").title("会议室预订成功通知");
    return Messages.miniprogramNotice(change.apply(notice)).toUsers("zhangsan").build();
  }

  private static MessageTextCard card() {
    return new MessageTextCard().title("t").description("d").url("https://a.b");
  }

  private static MessageNewsArticle article() {
    return new MessageNewsArticle().title("t").url("https://a.b");
  }

  private static AppChatNewsArticle chatArticle() {
    return new AppChatNewsArticle().title("t").url("https://a.b");
  }

  private static MessageMpNewsArticle mpArticle() {
    return new MessageMpNewsArticle().title("t").thumbMediaId("M").content("c");
  }

  private static MessageMiniprogramNoticeItem item(String key, String value) {
    return new MessageMiniprogramNoticeItem().key(key).value(value);
  }
}
