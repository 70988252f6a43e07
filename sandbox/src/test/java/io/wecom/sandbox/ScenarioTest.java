package io.wecom.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wecom.client.WeComClient;
import io.wecom.client.error.RateLimitedException;
import io.wecom.client.error.SystemBusyException;
import io.wecom.client.error.WeComTransportException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Given a scenario set on the sandbox, when the client calls, then it sees the fault WeCom or the network would cause. */
class ScenarioTest {

  private static WeComSandbox sandbox;
  private static WeComClient wecom;

  @BeforeAll
  static void start() {
    sandbox = WeComSandbox.start();
    wecom = WeComClient.builder().baseUrl(sandbox.baseUrl()).corpId("ww-sandbox").secret("any")
        .readTimeout(Duration.ofMillis(500)).build();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @AfterEach
  void clear() {
    sandbox.scenario().clearFaults();
  }

  @Test
  void aScriptedErrcodeAnswersTheNextCallsOnly() {
    sandbox.scenario().failNext("listTags", -1, 2);

    assertThat(catchThrowableOfType(SystemBusyException.class, () -> wecom.tag().listTags()).errcode()).isEqualTo(-1);
    assertThat(catchThrowableOfType(SystemBusyException.class, () -> wecom.tag().listTags())).isNotNull();
    assertThat(wecom.tag().listTags().getErrcode()).isZero();
  }

  @Test
  void aResetConnectionGetsNoAnswer() throws Exception {
    SandboxHttp http = new SandboxHttp(sandbox.baseUrl());
    String token = http.accessToken();
    sandbox.scenario().resetNext("listTags", 1);

    java.net.URI uri = java.net.URI.create(sandbox.baseUrl());
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.getOutputStream().write(("GET /cgi-bin/tag/list?access_token=" + token + " HTTP/1.1\r\nHost: x\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      assertThat(socket.getInputStream().readAllBytes()).as("no answer, just a closed connection").isEmpty();
    }
    assertThat(http.call("GET", "/cgi-bin/tag/list", Map.of("access_token", token), null).path("errcode").asInt())
        .isZero();
  }

  @Test
  void resetConnectionsAreATransportFailureForTheClient() {
    wecom.tag().listTags();
    // HttpURLConnection, the default transport, quietly repeats a request once on a reset keep-alive connection
    sandbox.scenario().resetNext("listTags", 2);

    WeComTransportException e = catchThrowableOfType(WeComTransportException.class, () -> wecom.tag().listTags());

    assertThat(e.requestSent()).isTrue();
    assertThat(wecom.tag().listTags().getErrcode()).isZero();
  }

  @Test
  void anHtmlBadGatewayIsATransportFailureWithItsStatusAndBody() {
    sandbox.scenario().badGatewayNext("listTags", 1);

    WeComTransportException e = catchThrowableOfType(WeComTransportException.class, () -> wecom.tag().listTags());

    assertThat(e.httpStatus()).isEqualTo(502);
    assertThat(e.bodyExcerpt()).contains("502 Bad Gateway");
  }

  @Test
  void aTruncatedBodyIsATransportFailure() {
    sandbox.scenario().truncateNext("listTags", 1);

    assertThat(catchThrowableOfType(WeComTransportException.class, () -> wecom.tag().listTags())).isNotNull();
  }

  @Test
  void latencyBeyondTheReadTimeoutIsATimeout() {
    sandbox.scenario().latency("listTags", Duration.ofMillis(900));

    WeComTransportException e = catchThrowableOfType(WeComTransportException.class, () -> wecom.tag().listTags());

    assertThat(e.getMessage()).containsIgnoringCase("timed out");
  }

  @Test
  void aQuotaPerMinuteAnswers45009BeyondIt() {
    sandbox.scenario().quotaPerMinute("listTags", 3);
    for (int i = 0; i < 3; i++) {
      wecom.tag().listTags();
    }

    RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> wecom.tag().listTags());

    assertThat(e.errcode()).isEqualTo(45009);
  }

  @Test
  void theAdminEndpointDrivesTheSameScenarios() throws Exception {
    SandboxHttp http = new SandboxHttp(sandbox.baseUrl());

    var reply = http.send("POST", "/sandbox/scenario", Map.of(),
        "{\"action\":\"fail\",\"operation\":\"listTags\",\"errcode\":45009,\"times\":1}");
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(catchThrowableOfType(RateLimitedException.class, () -> wecom.tag().listTags())).isNotNull();

    var bad = http.send("POST", "/sandbox/scenario", Map.of(), "{\"action\":\"fail\",\"operation\":\"listTags\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("needs field errcode");

    var recorded = http.call("GET", "/sandbox/requests", Map.of(), null);
    assertThat(recorded.toString()).contains("listTags");
  }
}
