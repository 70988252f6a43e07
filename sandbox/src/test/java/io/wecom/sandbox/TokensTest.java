package io.wecom.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wecom.client.testing.MutableClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox issues tokens with a TTL and refuses calls with WeCom's codes for missing, unknown, expired or foreign tokens. */
class TokensTest {

  private static final MutableClock CLOCK = new MutableClock();
  private static WeComSandbox sandbox;
  private static SandboxHttp http;

  @BeforeAll
  static void start() {
    sandbox = WeComSandbox.start(SandboxConfig.custom().clock(CLOCK).tokenTtl(Duration.ofSeconds(600))
        .corp("ww-corp", "right-secret").msgAuditSecret("archive-secret").build());
    http = new SandboxHttp(sandbox.baseUrl());
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static JsonNode listTags(String token) throws Exception {
    return http.call("GET", "/cgi-bin/tag/list", token == null ? Map.of() : Map.of("access_token", token), null);
  }

  private static String token(String secret) throws Exception {
    return http.call("GET", "/cgi-bin/gettoken", Map.of("corpid", "ww-corp", "corpsecret", secret), null)
        .path("access_token").asText();
  }

  @Test
  void gettokenIssuesATokenWithTheConfiguredTtlAndChecksCredentials() throws Exception {
    JsonNode issued = http.call("GET", "/cgi-bin/gettoken", Map.of("corpid", "ww-corp", "corpsecret", "right-secret"), null);
    assertThat(issued.path("errcode").asInt()).isZero();
    assertThat(issued.path("expires_in").asInt()).isEqualTo(600);

    assertThat(http.call("GET", "/cgi-bin/gettoken", Map.of("corpid", "ww-corp", "corpsecret", "wrong"), null)
        .path("errcode").asInt()).isEqualTo(40001);
    assertThat(http.call("GET", "/cgi-bin/gettoken", Map.of("corpid", "ww-other", "corpsecret", "right-secret"), null)
        .path("errcode").asInt()).isEqualTo(40013);
    assertThat(http.call("GET", "/cgi-bin/gettoken", Map.of("corpid", "ww-corp"), null).path("errmsg").asText())
        .contains("missing query parameter corpsecret");
  }

  @Test
  void missingUnknownAndExpiredTokensGetWeComCodes() throws Exception {
    String token = token("right-secret");
    assertThat(listTags(token).path("errcode").asInt()).isZero();
    assertThat(listTags(null).path("errcode").asInt()).isEqualTo(41001);
    assertThat(listTags("forged").path("errcode").asInt()).isEqualTo(40014);

    CLOCK.advance(Duration.ofSeconds(601));
    assertThat(listTags(token).path("errcode").asInt()).isEqualTo(42001);
  }

  @Test
  void expireAllTokensExpiresEveryIssuedToken() throws Exception {
    String token = token("right-secret");
    sandbox.scenario().expireAllTokens();

    assertThat(listTags(token).path("errcode").asInt()).isEqualTo(42001);
    assertThat(listTags(token("right-secret")).path("errcode").asInt()).isZero();
  }

  @Test
  void eachOperationAcceptsOnlyItsOwnTokenKind() throws Exception {
    String suite = http.suiteToken();
    String access = token("right-secret");

    assertThat(listTags(suite).path("errcode").asInt()).isEqualTo(40014);
    JsonNode thirdParty = http.call("POST", "/cgi-bin/service/externalcontact/unionid_to_external_userid_3rd",
        Map.of("suite_access_token", access), "{\"unionid\":\"u\",\"openid\":\"o\"}");
    assertThat(thirdParty.path("errcode").asInt()).isEqualTo(40082);
    JsonNode noSuiteToken = http.call("POST", "/cgi-bin/service/externalcontact/unionid_to_external_userid_3rd",
        Map.of(), "{\"unionid\":\"u\",\"openid\":\"o\"}");
    assertThat(noSuiteToken.path("errcode").asInt()).isEqualTo(41022);
  }

  @Test
  void archiveOperationsNeedTheArchiveSecretsToken() throws Exception {
    String body = "{\"type\":1}";
    JsonNode ordinary = http.call("POST", "/cgi-bin/msgaudit/get_permit_user_list",
        Map.of("access_token", token("right-secret")), body);
    JsonNode archive = http.call("POST", "/cgi-bin/msgaudit/get_permit_user_list",
        Map.of("access_token", token("archive-secret")), body);

    assertThat(ordinary.path("errcode").asInt()).isEqualTo(48002);
    assertThat(archive.path("errcode").asInt()).isZero();
  }

  @Test
  void anInvalidBodyIsRefusedNamingTheField() throws Exception {
    JsonNode answer = http.call("POST", "/cgi-bin/message/send", Map.of("access_token", token("right-secret")),
        "{\"msgtype\":\"text\",\"touser\":\"a\",\"agentid\":1,\"text\":{}}");

    assertThat(answer.path("errcode").asInt()).isEqualTo(40058);
    assertThat(answer.path("errmsg").asText()).contains("text.content");
  }
}
