package io.wecom.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.wecom.client.WeComClient;
import io.wecom.client.error.WeComException;
import io.wecom.client.resilience.ResilienceConfig;
import io.wecom.client.testing.RawServer;
import io.wecom.client.testing.RawServer.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Given a token endpoint that hangs, answers -1 (system busy) or answers 40001 (bad secret) every time, when
 * operations are called with the default retries, then each call makes at most three gettoken attempts, however
 * many attempts the operation itself makes, and ends within its deadline. The three servers run side by side.
 */
class TokenFetchBudgetTest {

  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);
  private static final int CALLS = 4;

  @Test
  void aCallMakesAtMostThreeTokenFetchAttemptsAndEndsInTime() throws Exception {
    try (RawServer hanging = new RawServer().on("/cgi-bin/gettoken", r -> Reply.raw(""));
        RawServer busy = new RawServer().on("/cgi-bin/gettoken", r -> Reply.json(
            "{\"errcode\":-1,\"errmsg\":\"system busy\"}"));
        RawServer badSecret = new RawServer().on("/cgi-bin/gettoken", r -> Reply.json(
            "{\"errcode\":40001,\"errmsg\":\"invalid credential\"}"))) {
      Map<String, RawServer> servers = Map.of("hanging", hanging, "-1 storm", busy, "40001 storm", badSecret);
      Map<String, CompletableFuture<List<String>>> runs = new java.util.HashMap<>();
      servers.forEach((name, server) -> runs.put(name, CompletableFuture.supplyAsync(() -> calls(server))));

      for (Map.Entry<String, RawServer> entry : servers.entrySet()) {
        List<String> outcomes = runs.get(entry.getKey()).get();
        assertThat(outcomes).as(entry.getKey()).hasSize(CALLS).allSatisfy(outcome ->
            assertThat(outcome).startsWith("failed in time, token fetches: ").matches(".*: [123]$"));
        assertThat(entry.getValue().received("/cgi-bin/user/get")).as("getUser sent with %s", entry.getKey())
            .isEmpty();
      }
    }
  }

  private static List<String> calls(RawServer server) {
    WeComClient client = WeComClient.builder().baseUrl(server.baseUrl()).corpId("ww-corp").secret("s3cret")
        .readTimeout(Duration.ofMillis(800)).callTimeout(CALL_TIMEOUT).resilience(ResilienceConfig.custom()
            .maxAttempts(3).initialBackoff(Duration.ofMillis(50)).circuitBreakerEnabled(false).build())
        .build();
    List<String> outcomes = new java.util.ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      int before = server.received("/cgi-bin/gettoken").size();
      long start = System.nanoTime();
      Throwable failure = catchThrowable(() -> client.contacts().getUser("zhangsan"));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      int fetches = server.received("/cgi-bin/gettoken").size() - before;
      outcomes.add(failure instanceof WeComException && took.compareTo(CALL_TIMEOUT.plusSeconds(1)) <= 0
          ? "failed in time, token fetches: " + fetches : "took " + took + ", " + failure + ", fetches " + fetches);
    }
    return outcomes;
  }
}
