package io.wecom.client;

import static io.wecom.client.TokenCachingTest.runConcurrently;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wecom.client.error.InvalidCredentialException;
import io.wecom.client.error.TokenInvalidException;
import io.wecom.client.model.GetRegisterCodeRequest;
import io.wecom.client.model.GetPermitUserListRequest;
import io.wecom.client.model.UnionIdToExternalUserId3rdRequest;
import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.token.TokenKind;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The suite, authorized-corp, provider and message-archive tokens behave as the corp access_token does. */
class ThirdPartyTokensTest {

  private static final String SUITE_TOKEN = "/cgi-bin/service/get_suite_token";
  private static final String CORP_TOKEN = "/cgi-bin/service/get_corp_token";
  private static final String PROVIDER_TOKEN = "/cgi-bin/service/get_provider_token";
  private static final String GETTOKEN = "/cgi-bin/gettoken";
  private static final String UNIONID_3RD = "/cgi-bin/service/externalcontact/unionid_to_external_userid_3rd";
  private static final String REGISTER_CODE = "/cgi-bin/service/get_register_code";
  private static final String USER_GET = "/cgi-bin/user/get";

  private final FakeWeCom wecom = new FakeWeCom();
  private final AtomicReference<String> ticket = new AtomicReference<>("ticket-1");

  @AfterEach
  void stop() {
    wecom.close();
  }

  private WeComClient thirdParty() {
    return WeComClient.builder().baseUrl(wecom.baseUrl())
        .suite("suite-1", "suite-s3cret", ticket::get)
        .authorizedCorp("ww-customer", "perm-c0de")
        .build();
  }

  private static UnionIdToExternalUserId3rdRequest unionid() {
    return new UnionIdToExternalUserId3rdRequest().unionid("UNIONID").openid("OPENID");
  }

  @Test
  void theSuiteTokenIsFetchedWithTheLatestTicketOnceForManyCalls() {
    WeComClient client = thirdParty();

    for (int i = 0; i < 100; i++) {
      client.accountId().unionIdToExternalUserId3rd(unionid());
    }

    assertThat(wecom.count(SUITE_TOKEN)).isEqualTo(1);
    String body = wecom.requests(SUITE_TOKEN).get(0).body();
    assertThat(body).contains("\"suite_id\":\"suite-1\"", "\"suite_secret\":\"suite-s3cret\"", "\"suite_ticket\":\"ticket-1\"");
    assertThat(wecom.requests(UNIONID_3RD)).allSatisfy(r -> {
      assertThat(r.query("suite_access_token")).hasSize(1);
      assertThat(r.query("access_token")).isEmpty();
    });
  }

  @Test
  void sixtyFourThreadsCauseOneSuiteTokenAndOneCorpTokenFetch() throws Exception {
    WeComClient client = thirdParty();
    wecom.tokenDelay(100);

    List<Throwable> failures = runConcurrently(64, () -> client.contacts().getUser("zhangsan"));

    assertThat(failures).isEmpty();
    assertThat(wecom.count(SUITE_TOKEN)).isEqualTo(1);
    assertThat(wecom.count(CORP_TOKEN)).isEqualTo(1);
    assertThat(wecom.requests(CORP_TOKEN).get(0).body()).contains("\"auth_corpid\":\"ww-customer\"");
  }

  @Test
  void anExpiredSuiteTokenIsRefreshedOnceAndTheCallRetried() {
    WeComClient client = thirdParty();
    wecom.enqueue(UNIONID_3RD, FakeWeCom.error(42009, "suite_access_token expired"));

    client.accountId().unionIdToExternalUserId3rd(unionid());

    assertThat(wecom.count(SUITE_TOKEN)).isEqualTo(2);
    assertThat(wecom.count(UNIONID_3RD)).isEqualTo(2);
  }

  @Test
  void anInvalidSuiteTokenTwiceSurfacesAfterTwoAttempts() {
    WeComClient client = thirdParty();
    wecom.enqueue(UNIONID_3RD, FakeWeCom.error(40082, "invalid suite_token"), FakeWeCom.error(40082, "invalid"));

    TokenInvalidException e = catchThrowableOfType(TokenInvalidException.class,
        () -> client.accountId().unionIdToExternalUserId3rd(unionid()));

    assertThat(e.tokenKind()).isEqualTo(TokenKind.SUITE_ACCESS_TOKEN);
    assertThat(wecom.count(UNIONID_3RD)).isEqualTo(2);
  }

  @Test
  void anExpiredAuthorizedCorpTokenIsRefreshedThroughGetCorpTokenOnly() {
    WeComClient client = thirdParty();
    client.contacts().getUser("warm-up");
    wecom.enqueue(USER_GET, FakeWeCom.error(42001, "access_token expired"));

    client.contacts().getUser("zhangsan");

    assertThat(wecom.count(CORP_TOKEN)).isEqualTo(2);
    assertThat(wecom.count(SUITE_TOKEN)).isEqualTo(1);
    assertThat(wecom.count(USER_GET)).isEqualTo(3);
  }

  @Test
  void getCorpTokenRefreshesTheSuiteTokenItWasCalledWith() {
    WeComClient client = thirdParty();
    client.accountId().unionIdToExternalUserId3rd(unionid());
    wecom.expireAllTokens();

    client.contacts().getUser("zhangsan");

    assertThat(wecom.count(SUITE_TOKEN)).isEqualTo(2);
    assertThat(wecom.requests(CORP_TOKEN)).hasSize(2);
    assertThat(wecom.requests(CORP_TOKEN).get(1).query("suite_access_token"))
        .isNotEqualTo(wecom.requests(CORP_TOKEN).get(0).query("suite_access_token"));
  }

  @Test
  void aBadSuiteTicketOrPermanentCodeIsACredentialErrorWithNoRetry() {
    WeComClient client = thirdParty();
    wecom.enqueue(SUITE_TOKEN, FakeWeCom.error(40085, "invalid suite_ticket"));
    assertThatThrownBy(() -> client.contacts().getUser("x")).isInstanceOf(InvalidCredentialException.class)
        .satisfies(e -> assertThat(((InvalidCredentialException) e).operation()).isEqualTo("getSuiteToken"));
    assertThat(wecom.count(SUITE_TOKEN)).isEqualTo(1);

    wecom.enqueue(CORP_TOKEN, FakeWeCom.error(40084, "invalid permanent_code"));
    assertThatThrownBy(() -> client.contacts().getUser("x")).isInstanceOf(InvalidCredentialException.class)
        .satisfies(e -> assertThat(((InvalidCredentialException) e).errcode()).isEqualTo(40084));
    assertThat(wecom.count(CORP_TOKEN)).isEqualTo(1);
    assertThat(wecom.count(USER_GET)).isZero();
  }

  @Test
  void withoutASuiteTicketTheErrorSaysWhereItComesFrom() {
    ticket.set(null);
    WeComClient client = thirdParty();

    assertThatThrownBy(() -> client.contacts().getUser("x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no suite_ticket yet for suite suite-1");
    assertThat(wecom.count(SUITE_TOKEN)).isZero();
  }

  @Test
  void theProviderTokenIsFetchedOnceRefreshedOnItsInvalidCodeAndRejectedCredentialsAreNotRetried() throws Exception {
    WeComClient client = WeComClient.builder().baseUrl(wecom.baseUrl()).provider("ww-provider", "prov-s3cret").build();
    wecom.tokenDelay(100);

    List<Throwable> failures = runConcurrently(32,
        () -> client.registration().getRegisterCode(new GetRegisterCodeRequest().templateId("TPL")));
    assertThat(failures).isEmpty();
    assertThat(wecom.count(PROVIDER_TOKEN)).isEqualTo(1);
    assertThat(wecom.requests(PROVIDER_TOKEN).get(0).body())
        .contains("\"corpid\":\"ww-provider\"", "\"provider_secret\":\"prov-s3cret\"");

    wecom.enqueue(REGISTER_CODE, FakeWeCom.error(40082, "invalid provider_access_token"));
    client.registration().getRegisterCode(new GetRegisterCodeRequest().templateId("TPL"));
    assertThat(wecom.count(PROVIDER_TOKEN)).isEqualTo(2);

    wecom.expireAllTokens();
    wecom.enqueue(PROVIDER_TOKEN, FakeWeCom.error(40013, "invalid corpid"));
    assertThatThrownBy(() -> client.registration().getRegisterCode(new GetRegisterCodeRequest().templateId("TPL")))
        .isInstanceOf(InvalidCredentialException.class);
    assertThat(wecom.count(PROVIDER_TOKEN)).isEqualTo(3);
  }

  @Test
  void messageArchiveOperationsUseTheTokenOfTheArchiveSecret() {
    WeComClient client = WeComClient.builder().baseUrl(wecom.baseUrl()).corpId("ww-corp").secret("app-s3cret")
        .msgAuditSecret("audit-s3cret").build();

    client.contacts().getUser("zhangsan");
    client.msgAudit().getPermitUserList(new GetPermitUserListRequest());

    List<FakeWeCom.Recorded> fetches = wecom.requests(GETTOKEN);
    assertThat(fetches).extracting(r -> r.query("corpsecret").get(0)).containsExactly("app-s3cret", "audit-s3cret");
    String auditToken = wecom.requests("/cgi-bin/msgaudit/get_permit_user_list").get(0).query("access_token").get(0);
    assertThat(auditToken).isNotEqualTo(wecom.requests(USER_GET).get(0).query("access_token").get(0));
  }
}
