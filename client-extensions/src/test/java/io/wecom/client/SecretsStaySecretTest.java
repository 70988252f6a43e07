package io.wecom.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.wecom.client.model.GetCorpTokenRequest;
import io.wecom.client.model.GetSuiteTokenRequest;
import io.wecom.client.model.GetTokenResponse;
import io.wecom.client.model.UnionIdToExternalUserId3rdRequest;
import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.testing.TraceLogs;
import io.wecom.client.testing.FakeWeCom.Answer;
import io.wecom.client.token.TokenKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With every logger at TRACE and Feign logging full requests and bodies, no secret and no token shows up in a log
 * line, an exception message or a toString().
 */
class SecretsStaySecretTest {

  private static final List<String> SECRETS = List.of("corp-s3cret", "audit-s3cret", "suite-s3cret", "ticket-0001",
      "perm-c0de", "prov-s3cret", "TOKEN-", "LEAKY-TOKEN");

  private final FakeWeCom wecom = new FakeWeCom();
  private final TraceLogs logs = new TraceLogs();
  private final List<String> texts = new ArrayList<>();
  @BeforeEach
  void captureEverything() {
    logs.start();
  }

  @AfterEach
  void restore() {
    logs.stop();
    wecom.close();
  }

  @Test
  void noSecretOrTokenAppearsInLogsExceptionsOrToString() {
    WeComClientBuilder selfBuilt = WeComClient.builder().baseUrl(wecom.baseUrl()).corpId("ww-corp")
        .secret("corp-s3cret").msgAuditSecret("audit-s3cret").logLevel(feign.Logger.Level.FULL);
    WeComClient client = selfBuilt.build();
    WeComClientBuilder thirdPartyBuilder = WeComClient.builder().baseUrl(wecom.baseUrl())
        .suite("suite-1", "suite-s3cret", () -> "ticket-0001").authorizedCorp("ww-customer", "perm-c0de")
        .provider("ww-provider", "prov-s3cret").logLevel(feign.Logger.Level.FULL);
    WeComClient thirdParty = thirdPartyBuilder.build();

    client.contacts().getUser("zhangsan");
    client.msgAudit().getPermitUserList(new io.wecom.client.model.GetPermitUserListRequest());
    wecom.enqueue("/cgi-bin/user/get", FakeWeCom.error(42001, "access_token expired"));
    client.contacts().getUser("zhangsan");
    thirdParty.contacts().getUser("lisi");
    thirdParty.accountId().unionIdToExternalUserId3rd(new UnionIdToExternalUserId3rdRequest().unionid("U"));
    thirdParty.registration().getRegisterCode(new io.wecom.client.model.GetRegisterCodeRequest().templateId("T"));

    wecom.expireAllTokens();
    wecom.enqueue("/cgi-bin/gettoken", Answer.json("{\"errcode\":0,\"access_token\":\"LEAKY-TOKEN-cut"));
    record(() -> client.contacts().getUser("x"));
    wecom.enqueue("/cgi-bin/gettoken", FakeWeCom.error(40001, "invalid credential, corpsecret=corp-s3cret"));
    record(() -> client.contacts().getUser("x"));
    wecom.enqueue("/cgi-bin/service/get_corp_token",
        new Answer(502, "text/html", "<html>bad gateway {\"permanent_code\":\"perm-c0de\"}</html>"));
    record(() -> thirdParty.contacts().getUser("x"));

    texts.add(client.toString());
    texts.add(selfBuilt.toString());
    texts.add(thirdParty.toString());
    texts.add(thirdPartyBuilder.toString());
    for (TokenKind kind : TokenKind.values()) {
      thirdParty.tokenProvider(kind).ifPresent(p -> texts.add(p.toString()));
    }
    texts.add(new GetSuiteTokenRequest().suiteId("suite-1").suiteSecret("suite-s3cret").suiteTicket("ticket-0001")
        .toString());
    texts.add(new GetCorpTokenRequest().authCorpid("ww-customer").permanentCode("perm-c0de").toString());
    texts.add(new GetTokenResponse().accessToken("LEAKY-TOKEN").toString());
    texts.addAll(logs.lines());

    assertThat(logs.events()).as("Feign logged the traffic").isNotEmpty();
    assertThat(String.join("\n", texts)).contains("/cgi-bin/gettoken", "***");
    for (String text : texts) {
      for (String secret : SECRETS) {
        assertThat(text).as("a secret leaked into: %s", text).doesNotContain(secret);
      }
    }
  }

  private void record(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        texts.add(String.valueOf(t.getMessage()));
        texts.add(t.toString());
      }
      if (e instanceof io.wecom.client.error.WeComTransportException transport) {
        texts.add(transport.bodyExcerpt());
      }
    }
  }
}
