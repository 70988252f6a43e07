package io.wecom.client.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.wecom.client.error.RequestValidationException;
import io.wecom.client.model.MessageMarkdown;
import io.wecom.client.model.MessageMiniprogramNotice;
import io.wecom.client.model.MessageMpNewsArticle;
import io.wecom.client.model.MessageNewsArticle;
import io.wecom.client.model.SendMessageRequest;
import io.wecom.client.testing.Refusals;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of message/send and appchat/send besides sizes, and the builders' immutability. */
class MessageRulesTest {

  static Stream<Arguments> brokenMessages() {
    return Stream.of(
        broken("no recipients", "touser", () -> Messages.text("x").agentId(1).build()),
        broken("@all with departments, which WeCom ignores", "toparty",
            () -> Messages.text("x").toAll().toParties(1, 2).agentId(1).build()),
        broken("a userid holding the separator", "touser[1]",
            () -> Messages.text("x").toUsers("zhangsan", "lisi|wangwu")),
        broken("a blank userid", "touser[0]", () -> Messages.text("x").toUsers(" ")),
        broken("no agentid", "agentid", () -> Messages.text("x").toUsers("zhangsan").build()),
        broken("a mini-program notice with an agentid", "agentid", () -> Messages.miniprogramNotice(
            new MessageMiniprogramNotice().appid("wx1").title("会议室预订成功")).toUsers("zhangsan").agentId(1).build()),
        broken("corp-only sharing of a text", "safe",
            () -> Messages.text("x").toUsers("zhangsan").agentId(1).safe(Safety.CORP_ONLY).build()),
        broken("a duplicate-check window in milliseconds", "duplicate_check_interval",
            () -> Messages.text("x").duplicateCheck(Duration.ofMillis(1500))),
        broken("an empty text", "text.content", () -> Messages.text("").toUsers("zhangsan").agentId(1).build()),
        broken("a news article with appid but no pagepath", "news.articles[0]", () -> Messages.news(
            new MessageNewsArticle().title("t").url("https://a.b").appid("wx1")).toUsers("u").agentId(1).build()),
        broken("a news article that opens nothing", "news.articles[0].url",
            () -> Messages.news(new MessageNewsArticle().title("t")).toUsers("u").agentId(1).build()),
        broken("an mpnews article without thumbnail", "mpnews.articles[0].thumb_media_id", () -> Messages.mpNews(
            new MessageMpNewsArticle().title("t").content("c")).toUsers("u").agentId(1).build()),
        broken("a group-chat message without chat", "chatid", () -> ChatMessages.text("x").build()),
        broken("corp-only sharing in a group chat", "safe", () -> ChatMessages.text("x").safe(Safety.CORP_ONLY)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenMessages")
  void aMessageBreakingARuleIsRefusedNamingTheField(String what, String field, Supplier<Object> message) {
    Refusals.assertRefused(what, field, message::get);
  }

  @Test
  void aHandBuiltRequestWithASecondContentIsRefusedInsteadOfHalfIgnored() {
    SendMessageRequest request = Messages.text("x").toUsers("zhangsan").agentId(1).build()
        .markdown(new MessageMarkdown().content("**x**"));

    RequestValidationException e = Refusals.assertRefused("a text with markdown", "markdown",
        () -> Messages.check(request));

    assertThat(e.getMessage()).contains("msgtype is text");
  }

  @Test
  void corpOnlySharingIsAcceptedForMpNews() {
    assertThatCode(() -> Messages.mpNews(new MessageMpNewsArticle().title("t").thumbMediaId("M").content("c"))
        .toUsers("zhangsan").agentId(1).safe(Safety.CORP_ONLY).build()).doesNotThrowAnyException();
  }

  @Test
  void recipientsGoOutJoinedWithTheSeparatorAndAllMeansAtAll() {
    SendMessageRequest request = Messages.text("x").toUsers("zhangsan", "lisi").toParties(1, 2).toTags("3")
        .agentId(1000002).build();
    SendMessageRequest everyone = Messages.text("x").toAll().agentId(1000002).build();

    assertThat(request.getTouser()).isEqualTo("zhangsan|lisi");
    assertThat(request.getToparty()).isEqualTo("1|2");
    assertThat(request.getTotag()).isEqualTo("3");
    assertThat(everyone.getTouser()).isEqualTo("@all");
  }

  @Test
  void aBuilderIsATemplateThatLaterCallsDoNotChange() {
    AppMessage alert = Messages.text("disk full").agentId(1000002);

    SendMessageRequest toOps = alert.toUsers("ops").build();
    SendMessageRequest toDba = alert.toUsers("dba").duplicateCheck(Duration.ofMinutes(10)).build();

    assertThat(toOps.getTouser()).isEqualTo("ops");
    assertThat(toOps.getEnableDuplicateCheck()).isNull();
    assertThat(toDba.getTouser()).isEqualTo("dba");
    assertThat(toDba.getDuplicateCheckInterval()).isEqualTo(600);
  }

  @Test
  void changingAModelAfterHandingItToABuilderDoesNotChangeTheMessage() {
    MessageNewsArticle article = new MessageNewsArticle().title("Release 1.0").url("https://a.b");
    AppMessage news = Messages.news(article).toUsers("zhangsan").agentId(1);
    article.title("changed");

    SendMessageRequest built = news.build();
    built.getNews().getArticles().get(0).title("changed too");

    assertThat(news.build().getNews().getArticles().get(0).getTitle()).isEqualTo("Release 1.0");
  }

  private static Arguments broken(String what, String field, Supplier<Object> message) {
    return Arguments.of(what, field, message);
  }
}
