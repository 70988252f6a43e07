package io.wecom.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import feign.Client;
import feign.http2client.Http2Client;
import io.wecom.client.CallOptions;
import io.wecom.client.WeComClient;
import io.wecom.client.WeComClientBuilder;
import io.wecom.client.error.WeComTimeoutException;
import io.wecom.client.error.WeComTransportException;
import io.wecom.client.resilience.ResilienceConfig;
import io.wecom.client.testing.RawServer;
import io.wecom.client.testing.RawServer.Reply;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Given a raw-socket server that misbehaves (drips its answer, answers too much, redirects, repeats a key), when a
 * call is made, then it fails with a typed error in time, on the default transport and on transports given with
 * {@code httpClient(...)}. (A dripping answer may end in the per-read timeout first, where a transport has one for
 * the headers, or in the call's deadline: both are transport errors that come in time.)
 */
class TransportFaultsTest {

  private static final String TOKEN = "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"TOKEN\",\"expires_in\":7200}";
  private static final String USER = "{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":\"zhangsan\",\"name\":\"张三\"}";
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);

  private final RawServer server = new RawServer().on("/cgi-bin/gettoken", r -> Reply.json(TOKEN));

  @AfterEach
  void stop() {
    server.close();
  }

  private static Map<String, Supplier<Client>> transports() {
    Map<String, Supplier<Client>> transports = new LinkedHashMap<>();
    transports.put("default (OkHttp)", () -> null);
    transports.put("JDK HttpClient", () -> new Http2Client(HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1).build()));
    transports.put("HttpURLConnection", () -> new Client.Default(null, null));
    return transports;
  }

  private WeComClient client(Client transport) {
    WeComClientBuilder builder = WeComClient.builder().baseUrl(server.baseUrl()).corpId("ww-corp").secret("s3cret")
        .readTimeout(Duration.ofSeconds(1)).callTimeout(CALL_TIMEOUT).resilience(ResilienceConfig.disabled());
    return (transport == null ? builder : builder.httpClient(transport)).build();
  }

  @Test
  void aDrippingAnswerFailsWithinTheDeadlinePlusOneSecondOnEveryTransport() throws Exception {
    String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + USER.getBytes().length
        + "\r\n\r\n";
    server.on("/cgi-bin/user/get", r -> r.query().contains("userid=headers") ? Reply.raw(head + USER).dripped(300)
        : r.query().contains("userid=body") ? Reply.raw(head + USER).dripped(150) : Reply.json(USER));
    List<CompletableFuture<String>> runs = new ArrayList<>();
    for (Map.Entry<String, Supplier<Client>> transport : transports().entrySet()) {
      for (String drip : List.of("headers", "body")) {
        WeComClient client = client(transport.getValue().get());
        client.contacts().getUser("warm-up-token");
        runs.add(CompletableFuture.supplyAsync(() -> {
          long start = System.nanoTime();
          Throwable failure = catchThrowable(() -> client.contacts().getUser(drip));
          Duration took = Duration.ofNanos(System.nanoTime() - start);
          if (!(failure instanceof WeComTransportException timeout) || !timeout.requestSent()) {
            return transport.getKey() + " / " + drip + ": " + failure;
          }
          return took.compareTo(CALL_TIMEOUT.plusSeconds(1)) <= 0 ? "ok"
              : transport.getKey() + " / " + drip + " took " + took;
        }));
      }
    }
    for (CompletableFuture<String> run : runs) {
      assertThat(run.get()).isEqualTo("ok");
    }
  }

  @Test
  void aShorterDeadlineForOneCallIsKept() {
    server.on("/cgi-bin/user/get", r -> Reply.json(USER).dripped(100));
    WeComClient client = client(null);

    long start = System.nanoTime();
    Throwable failure = catchThrowable(() -> client.with(CallOptions.custom().callTimeout(Duration.ofMillis(700))
        .build()).contacts().getUser("zhangsan"));

    assertThat(failure).isInstanceOf(WeComTimeoutException.class).hasMessageContaining("PT0.7S");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1700));
  }

  @Test
  void anAnswerLargerThanTheCapIsATransportErrorOnEveryTransport() {
    String big = "{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":\"" + "x".repeat(5000) + "\"}";
    server.on("/cgi-bin/user/get", r -> r.query().contains("chunked")
        ? Reply.raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            + Integer.toHexString(big.length()) + "\r\n" + big + "\r\n0\r\n\r\n")
        : Reply.json(big));
    for (Map.Entry<String, Supplier<Client>> transport : transports().entrySet()) {
      WeComClientBuilder builder = WeComClient.builder().baseUrl(server.baseUrl()).corpId("ww-corp").secret("s3cret")
          .maxAnswerSize(4096).resilience(ResilienceConfig.disabled());
      Client given = transport.getValue().get();
      WeComClient client = (given == null ? builder : builder.httpClient(given)).build();
      for (String userid : List.of("sized", "chunked")) {
        assertThat(catchThrowable(() -> client.contacts().getUser(userid))).as("%s, %s", transport.getKey(), userid)
            .isInstanceOf(WeComTransportException.class)
            .hasMessageContaining("larger than the cap of 4096 bytes (maxAnswerSize)");
      }
    }
  }

  @Test
  void aRedirectIsNeverFollowedAndNamesOnlyTheHostItPointsTo() {
    server.on("/cgi-bin/user/get", r -> Reply.raw("HTTP/1.1 302 Found\r\nLocation: https://evil.example/steal?"
        + "access_token=TOKEN\r\nContent-Length: 0\r\n\r\n"));
    for (Map.Entry<String, Supplier<Client>> transport : transports().entrySet()) {
      WeComClient client = client(transport.getValue().get());

      Throwable failure = catchThrowable(() -> client.contacts().getUser("zhangsan"));

      assertThat(failure).as(transport.getKey()).isInstanceOf(WeComTransportException.class)
          .hasMessageContaining("HTTP 302 redirecting to evil.example").hasMessageNotContaining("TOKEN");
    }
    assertThat(server.received("/cgi-bin/user/get")).hasSize(transports().size());
  }

  @Test
  void aKeyTwiceInAnAnswerIsADecodingError() {
    server.on("/cgi-bin/user/get", r -> Reply.json(
        "{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":\"zhangsan\",\"userid\":\"lisi\"}"));

    Throwable failure = catchThrowable(() -> client(null).contacts().getUser("zhangsan"));

    assertThat(failure).isInstanceOf(WeComTransportException.class).hasMessageContaining("has a key twice")
        .hasMessageContaining("userid");
  }
}
