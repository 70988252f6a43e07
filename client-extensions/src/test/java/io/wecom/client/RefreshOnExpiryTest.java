package io.wecom.client;

import static io.wecom.client.TokenCachingTest.runConcurrently;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wecom.client.error.InvalidCredentialException;
import io.wecom.client.error.TokenInvalidException;
import io.wecom.client.model.SendMessageRequest;
import io.wecom.client.model.MessageText;
import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.token.TokenKind;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RefreshOnExpiryTest {

  private static final String GETTOKEN = "/cgi-bin/gettoken";
  private static final String USER_GET = "/cgi-bin/user/get";
  private static final String SEND = "/cgi-bin/message/send";

  private final FakeWeCom wecom = new FakeWeCom();

  @AfterEach
  void stop() {
    wecom.close();
  }

  private WeComClient client() {
    return WeComClient.builder().baseUrl(wecom.baseUrl()).corpId("ww-corp").secret("s3cret-corp").build();
  }

  @Test
  void expiredTokenThenSuccessGivesOneRefreshOneRetryAndASuccess() {
    WeComClient client = client();
    client.contacts().getUser("warm-up");
    wecom.enqueue(USER_GET, FakeWeCom.error(42001, "access_token expired"));

    var user = client.contacts().getUser("zhangsan");

    assertThat(user.getErrcode()).isZero();
    assertThat(wecom.count(GETTOKEN)).isEqualTo(2);
    List<FakeWeCom.Recorded> calls = wecom.requests(USER_GET);
    assertThat(calls).hasSize(3);
    assertThat(calls.get(2).query("access_token")).hasSize(1).isNotEqualTo(calls.get(1).query("access_token"));
    assertThat(calls.get(2).query("userid")).containsExactly("zhangsan");
  }

  @Test
  void expiredTwiceThrowsTokenInvalidAfterExactlyTwoAttempts() {
    WeComClient client = client();
    wecom.enqueue(USER_GET, FakeWeCom.error(42001, "access_token expired"), FakeWeCom.error(42001, "expired again"));

    TokenInvalidException e = catchThrowableOfType(TokenInvalidException.class, () -> client.contacts().getUser("x"));

    assertThat(e.errcode()).isEqualTo(42001);
    assertThat(e.tokenKind()).isEqualTo(TokenKind.ACCESS_TOKEN);
    assertThat(e.operation()).isEqualTo("getUser");
    assertThat(wecom.count(USER_GET)).isEqualTo(2);
    assertThat(wecom.count(GETTOKEN)).isEqualTo(2);
  }

  @Test
  void invalidAndMissingTokenCodesAlsoRefresh() {
    WeComClient client = client();
    wecom.enqueue(USER_GET, FakeWeCom.error(40014, "invalid access_token"));
    client.contacts().getUser("a");
    wecom.enqueue(USER_GET, FakeWeCom.error(41001, "access_token missing"));
    client.contacts().getUser("b");

    assertThat(wecom.count(USER_GET)).isEqualTo(4);
    assertThat(wecom.count(GETTOKEN)).isEqualTo(3);
  }

  @Test
  void whenWeComExpiresTheTokenSixtyFourConcurrentCallsCauseOneMoreGettokenAndAllSucceed() throws Exception {
    WeComClient client = client();
    client.contacts().getUser("warm-up");
    wecom.expireAllTokens();
    wecom.tokenDelay(100);

    List<Throwable> failures = runConcurrently(64, () -> client.contacts().getUser("zhangsan"));

    assertThat(failures).isEmpty();
    assertThat(wecom.count(GETTOKEN)).isEqualTo(2);
  }

  @Test
  void aBadSecretAtGettokenThrowsInvalidCredentialWithNoRetry() {
    WeComClient client = client();
    wecom.enqueue(GETTOKEN, FakeWeCom.error(40001, "invalid credential"));

    InvalidCredentialException e =
        catchThrowableOfType(InvalidCredentialException.class, () -> client.contacts().getUser("x"));

    assertThat(e.errcode()).isEqualTo(40001);
    assertThat(e.operation()).isEqualTo("getToken");
    assertThat(wecom.count(GETTOKEN)).isEqualTo(1);
    assertThat(wecom.count(USER_GET)).isZero();
  }

  @Test
  void aSendIsRetriedOnceWithTheSameBodyAfterATokenRefresh() {
    WeComClient client = client();
    wecom.enqueue(SEND, FakeWeCom.error(42001, "access_token expired"));
    SendMessageRequest message = new SendMessageRequest().touser("zhangsan")
        .msgtype(SendMessageRequest.MsgtypeEnum.TEXT).agentid(1000002L).text(new MessageText().content("disk full"));

    client.message().sendMessage(message);

    List<FakeWeCom.Recorded> sends = wecom.requests(SEND);
    assertThat(sends).hasSize(2);
    assertThat(sends.get(1).body()).isEqualTo(sends.get(0).body()).contains("\"content\":\"disk full\"");
  }

  @Test
  void theInvalidationOfAStaleTokenDoesNotEvictTheTokenAnotherThreadJustFetched() {
    WeComClient client = client();
    var provider = client.tokenProvider(TokenKind.ACCESS_TOKEN).orElseThrow();
    String stale = provider.token();

    provider.invalidate(stale);
    String fresh = provider.token();
    provider.invalidate(stale);

    assertThat(fresh).isNotEqualTo(stale);
    assertThat(provider.token()).isEqualTo(fresh);
    assertThat(wecom.count(GETTOKEN)).isEqualTo(2);
  }
}
