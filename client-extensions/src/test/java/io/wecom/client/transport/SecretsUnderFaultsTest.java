package io.wecom.client.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.wecom.client.WeComClient;
import io.wecom.client.resilience.ResilienceConfig;
import io.wecom.client.testing.RawServer;
import io.wecom.client.testing.RawServer.Reply;
import io.wecom.client.testing.TraceLogs;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Given every logger at TRACE (SLF4J and java.util.logging, so Feign, Resilience4j and OkHttp alike) and a server
 * that fails in each way a network does (answers cut short, resets, timeouts mid-body, HTML error pages, redirects,
 * a hanging token endpoint), when self-built, third-party and provider clients call it, then no secret or token
 * appears, plain, URL-encoded or JSON-escaped, in any log line, stack trace, exception chain or toString().
 */
class SecretsUnderFaultsTest {

  private static final String CORP_SECRET = "corp+s3cret/=x";
  private static final String SUITE_SECRET = "suite-s3cret";
  private static final String TICKET = "ticket=0001&t";
  private static final String PERMANENT_CODE = "perm\"c0de";
  private static final String PROVIDER_SECRET = "prov-s3cret";
  private static final String TOKEN = "TOK/EN+1=";
  private static final List<String> SECRETS = List.of(CORP_SECRET, SUITE_SECRET, TICKET, PERMANENT_CODE,
      PROVIDER_SECRET, TOKEN);

  private final TraceLogs logs = new TraceLogs();
  private final List<String> texts = new ArrayList<>();

  @BeforeEach
  void captureEverything() {
    logs.start();
    java.util.logging.Logger.getLogger("okhttp3").setLevel(java.util.logging.Level.ALL);
  }

  @AfterEach
  void restore() {
    logs.stop();
  }

  @Test
  void noSecretAppearsInAnyFormWhileTheServerFailsInEveryWay() {
    String token = "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"" + TOKEN + "\",\"expires_in\":7200}";
    List<Function<RawServer.Received, Reply>> faults = List.of(
        r -> Reply.raw("HTTP/1.1 200 OK\r\nContent-Length: 200\r\n\r\n{\"errcode\":0,\"access_token\":\"TOK").thenClose(),
        r -> Reply.raw("").thenClose(),
        r -> Reply.raw("HTTP/1.1 200 OK\r\nContent-Length: 90\r\n\r\n{\"errcode\":0,\"errmsg\":\"ok\"").dripped(200),
        r -> Reply.raw("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 80\r\n\r\n"
            + String.format("%-80s", "<html>" + r.path() + "?" + r.query() + "</html>").substring(0, 80)),
        r -> Reply.raw("HTTP/1.1 302 Found\r\nLocation: https://elsewhere.example" + r.path() + "?" + r.query()
            + "\r\nContent-Length: 0\r\n\r\n"),
        r -> Reply.raw(""));
    for (Function<RawServer.Received, Reply> fault : faults) {
      try (RawServer server = new RawServer()) {
        boolean[] tokenServed = {false};
        Function<RawServer.Received, Reply> tokenOrFault = r -> {
          if (!tokenServed[0] && r.query().contains("corpid=ww-corp")) {
            tokenServed[0] = true;
            return Reply.json(token);
          }
          return fault.apply(r);
        };
        server.on("/cgi-bin/gettoken", tokenOrFault).on("/cgi-bin/user/get", fault)
            .on("/cgi-bin/service/get_suite_token", fault).on("/cgi-bin/service/get_provider_token", fault)
            .on("/cgi-bin/service/get_corp_token", fault);
        WeComClient selfBuilt = client(WeComClient.builder().baseUrl(server.baseUrl()).corpId("ww-corp")
            .secret(CORP_SECRET));
        WeComClient thirdParty = client(WeComClient.builder().baseUrl(server.baseUrl())
            .suite("suite-1", SUITE_SECRET, () -> TICKET).authorizedCorp("ww-customer", PERMANENT_CODE)
            .provider("ww-provider", PROVIDER_SECRET));
        record(() -> selfBuilt.contacts().getUser("zhangsan"));
        record(() -> selfBuilt.contacts().getUser("zhangsan"));
        record(() -> thirdParty.contacts().getUser("lisi"));
        record(() -> thirdParty.registration().getRegisterCode(
            new io.wecom.client.model.GetRegisterCodeRequest().templateId("T")));
        texts.add(selfBuilt.toString());
        texts.add(thirdParty.toString());
      }
    }
    texts.addAll(logs.lines());

    assertThat(logs.events()).as("the client logged at TRACE").isNotEmpty();
    String all = String.join("\n", texts);
    for (String secret : SECRETS) {
      for (String form : forms(secret)) {
        assertThat(all).as("%s (as %s) leaked", secret, form).doesNotContain(form);
      }
    }
  }

  private static WeComClient client(io.wecom.client.WeComClientBuilder builder) {
    return builder.readTimeout(Duration.ofMillis(500)).callTimeout(Duration.ofSeconds(1))
        .logLevel(feign.Logger.Level.FULL).resilience(ResilienceConfig.custom().maxAttempts(2)
            .initialBackoff(Duration.ofMillis(10)).build()).build();
  }

  /** The plain, URL-encoded and JSON-escaped forms of a secret. */
  private static List<String> forms(String secret) {
    return List.of(secret, URLEncoder.encode(secret, StandardCharsets.UTF_8), secret.replace("\"", "\\\""));
  }

  private void record(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      texts.add(TraceLogs.stackTrace(e));
      texts.add(e.toString());
    }
  }
}
