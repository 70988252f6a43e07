package io.wecom.client.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.wecom.client.WeComClient;
import io.wecom.client.resilience.ResilienceConfig;
import io.wecom.client.testing.RawServer;
import io.wecom.client.testing.RawServer.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Given servers that close kept-alive connections under the client (after 1.0 s idle, or after 1.2 s idle while the
 * caller pauses 1.2 s), when 300 sends and 300 reads are made on the default transport, then none fails and no send
 * reaches the server twice. Given a server that closes right after each answer without saying so, no send reaches
 * it twice either, and a send that fails says it may have reached WeCom (the client cannot always see such a close
 * coming before it writes). The three servers run side by side, each with 30 clients of 10 sends and 10 reads, so
 * that every pause is real and the test takes about 25 s.
 */
class StaleConnectionsTest {

  private static final int CLIENTS = 30;
  private static final int SENDS_PER_CLIENT = 10;
  private static final long PAUSE_MILLIS = 1200;

  @Test
  void noSendOrReadFailsAndNoSendIsDuplicatedWhenServersCloseKeptAliveConnections() throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(3 * CLIENTS);
    try (RawServer idle1000 = server(false).closeIdleAfter(1000);
        RawServer idle1200 = server(false).closeIdleAfter(1200);
        RawServer closeEach = server(true)) {
      Map<String, RawServer> servers = Map.of("idle-close 1.0 s", idle1000, "idle-close 1.2 s", idle1200,
          "close after each answer", closeEach);
      Map<String, CompletableFuture<List<String>>> runs = servers.entrySet().stream().collect(Collectors.toMap(
          Map.Entry::getKey, e -> run(e.getValue(), e.getKey().startsWith("idle") ? PAUSE_MILLIS : 0, callers)));

      for (Map.Entry<String, RawServer> entry : servers.entrySet()) {
        List<String> failures = runs.get(entry.getKey()).get();
        RawServer server = entry.getValue();
        if (server == closeEach) {
          assertThat(failures).as("failures with %s", entry.getKey())
              .allSatisfy(f -> assertThat(f).startsWith("sent? true ").contains("WeComTransportException"));
        } else {
          assertThat(failures).as("caller-visible failures with %s", entry.getKey()).isEmpty();
        }
        List<String> sent = server.received("/cgi-bin/message/send").stream().map(RawServer.Received::body).toList();
        assertThat(sent).as("sends that reached the server with %s", entry.getKey()).doesNotHaveDuplicates()
            .hasSizeGreaterThanOrEqualTo(CLIENTS * SENDS_PER_CLIENT - failures.size());
        if (server != closeEach) {
          assertThat(sent).hasSize(CLIENTS * SENDS_PER_CLIENT);
          assertThat(server.received("/cgi-bin/user/get")).hasSize(CLIENTS * SENDS_PER_CLIENT);
        }
      }
      assertThat(idle1000.connections()).as("idle connections were replaced, not reused").isGreaterThan(CLIENTS);
    } finally {
      callers.shutdownNow();
    }
  }

  private static RawServer server(boolean closeAfterEachAnswer) {
    Function<Reply, Reply> close = reply -> closeAfterEachAnswer ? reply.thenClose() : reply;
    return new RawServer()
        .on("/cgi-bin/gettoken", r -> close.apply(Reply.json(
            "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"TOKEN\",\"expires_in\":7200}")))
        .on("/cgi-bin/message/send", r -> close.apply(Reply.json(
            "{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"\",\"msgid\":\"m" + r.body().hashCode() + "\"}")))
        .on("/cgi-bin/user/get", r -> close.apply(Reply.json(
            "{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":\"zhangsan\",\"name\":\"张三\",\"department\":[1]}")));
  }

  private static CompletableFuture<List<String>> run(RawServer server, long pauseMillis, ExecutorService callers) {
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    List<CompletableFuture<Void>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int clientNo = c;
      clients.add(CompletableFuture.runAsync(() -> {
        WeComClient client = WeComClient.builder().baseUrl(server.baseUrl()).corpId("ww-corp").secret("s3cret")
            .agentId(1000002).resilience(ResilienceConfig.ofDefaults()).build();
        for (int i = 0; i < SENDS_PER_CLIENT; i++) {
          String text = "alert " + clientNo + "-" + i;
          call(failures, () -> client.messages().sendText(List.of("zhangsan"), text));
          pause(pauseMillis);
          call(failures, () -> client.contacts().getUser("zhangsan"));
          pause(pauseMillis);
        }
      }, callers));
    }
    return CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).thenApply(v -> List.copyOf(failures));
  }

  private static void call(ConcurrentLinkedQueue<String> failures, Runnable call) {
    try {
      call.run();
    } catch (io.wecom.client.error.WeComException e) {
      failures.add("sent? " + e.requestSent() + " " + e);
    } catch (RuntimeException e) {
      failures.add(e.toString());
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
