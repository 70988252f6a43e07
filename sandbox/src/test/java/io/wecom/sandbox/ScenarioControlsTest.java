package io.wecom.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scenario controls, over raw HTTP: what goes over the wire when a fault is scripted. */
class ScenarioControlsTest {

  private static WeComSandbox sandbox;
  private static SandboxHttp http;
  private static String token;

  @BeforeAll
  static void start() throws Exception {
    sandbox = WeComSandbox.start();
    http = new SandboxHttp(sandbox.baseUrl());
    token = http.accessToken();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @AfterEach
  void clear() {
    sandbox.scenario().clearFaults();
  }

  private static String rawListTags() throws Exception {
    URI uri = URI.create(sandbox.baseUrl());
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.getOutputStream().write(("GET /cgi-bin/tag/list?access_token=" + token
          + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static int listTagsErrcode() throws Exception {
    return http.call("GET", "/cgi-bin/tag/list", Map.of("access_token", token), null).path("errcode").asInt();
  }

  @Test
  void aResetClosesTheConnectionWithNoAnswerOnce() throws Exception {
    sandbox.scenario().resetNext("listTags", 1);

    assertThat(rawListTags()).isEmpty();
    assertThat(listTagsErrcode()).isZero();
  }

  @Test
  void aBadGatewayIsAnHtmlPageWithStatus502() throws Exception {
    sandbox.scenario().badGatewayNext("*", 1);

    String answer = rawListTags();

    assertThat(answer).startsWith("HTTP/1.1 502").contains("text/html", "<h1>502 Bad Gateway</h1>");
  }

  @Test
  void aTruncatedAnswerAnnouncesTheFullLengthButSendsHalf() throws Exception {
    sandbox.scenario().truncateNext("listTags", 1);

    String answer = rawListTags();

    int length = Integer.parseInt(answer.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
    String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
    assertThat(body.getBytes(StandardCharsets.UTF_8).length).isEqualTo(length / 2);
  }

  @Test
  void scriptedErrcodesLatencyAndQuotas() throws Exception {
    sandbox.scenario().failNext("listTags", -1, 2);
    assertThat(listTagsErrcode()).isEqualTo(-1);
    assertThat(listTagsErrcode()).isEqualTo(-1);
    assertThat(listTagsErrcode()).isZero();

    sandbox.scenario().latency("listTags", Duration.ofMillis(300));
    long start = System.nanoTime();
    listTagsErrcode();
    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
    sandbox.scenario().latency("listTags", Duration.ZERO);

    sandbox.scenario().quotaPerMinute("listTags", 2);
    assertThat(listTagsErrcode()).isZero();
    assertThat(listTagsErrcode()).isZero();
    assertThat(listTagsErrcode()).isEqualTo(45009);
  }

  @Test
  void theAdminEndpointDrivesTheScenarioAndListsTheRequests() throws Exception {
    var reply = http.send("POST", "/sandbox/scenario", Map.of(),
        "{\"action\":\"fail\",\"operation\":\"listTags\",\"errcode\":45009,\"times\":1}");
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(listTagsErrcode()).isEqualTo(45009);

    var bad = http.send("POST", "/sandbox/scenario", Map.of(), "{\"action\":\"fail\",\"operation\":\"listTags\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("needs field errcode");
    var unknown = http.send("POST", "/sandbox/scenario", Map.of(), "{\"action\":\"explode\"}");
    assertThat(unknown.body()).contains("unknown action 'explode'");

    assertThat(http.call("GET", "/sandbox/requests", Map.of(), null).toString()).contains("\"operationId\":\"listTags\"");
  }
}
