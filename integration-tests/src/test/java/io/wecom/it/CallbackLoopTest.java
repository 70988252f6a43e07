package io.wecom.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wecom.callbacks.CallbackConfig;
import io.wecom.callbacks.CallbackVerificationException;
import io.wecom.callbacks.WeComCallbackHandler;
import io.wecom.client.WeComClient;
import io.wecom.client.error.InvalidCredentialException;
import io.wecom.client.model.UnionIdToExternalUserId3rdRequest;
import io.wecom.client.token.InMemorySuiteTicketStore;
import io.wecom.sandbox.WeComSandbox;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The third-party loop, all local: the sandbox pushes a signed, encrypted suite_ticket to the app's callback URL,
 * the app's handler verifies it and stores the ticket, and the suite token provider fetches a suite_access_token with
 * it from the sandbox, which accepts only the ticket it pushed.
 */
class CallbackLoopTest {

  private static final String SUITE_ID = "wwsuite0001";
  private static final String TOKEN = "QDG6eK";
  private static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

  private WeComSandbox sandbox;
  private HttpServer app;
  private final InMemorySuiteTicketStore tickets = new InMemorySuiteTicketStore();

  @BeforeEach
  void start() throws IOException {
    sandbox = WeComSandbox.start();
    WeComCallbackHandler handler = WeComCallbackHandler.of(CallbackConfig.custom().token(TOKEN)
        .encodingAesKey(AES_KEY).receiveIds(SUITE_ID).build(), tickets);
    app = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    app.createContext("/wecom/callback", exchange -> answer(exchange, handler));
    app.start();
  }

  @AfterEach
  void stop() {
    app.stop(0);
    sandbox.close();
  }

  /** The app's callback endpoint, as a servlet or controller would be. */
  private static void answer(HttpExchange exchange, WeComCallbackHandler handler) throws IOException {
    try (exchange) {
      Map<String, String> q = query(exchange.getRequestURI());
      String reply;
      try {
        reply = exchange.getRequestMethod().equals("GET")
            ? handler.verifyUrl(q.get("msg_signature"), q.get("timestamp"), q.get("nonce"), q.get("echostr"))
            : "success";
        if (exchange.getRequestMethod().equals("POST")) {
          String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          handler.handle(q.get("msg_signature"), q.get("timestamp"), q.get("nonce"), body);
        }
      } catch (CallbackVerificationException e) {
        exchange.sendResponseHeaders(403, -1);
        return;
      }
      byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  private String callbackUrl() {
    return "http://127.0.0.1:" + app.getAddress().getPort() + "/wecom/callback";
  }

  @Test
  void thePushedSuiteTicketIsStoredAndBuysASuiteToken() throws Exception {
    var callbacks = sandbox.callbacks(callbackUrl(), TOKEN, AES_KEY);
    assertThat(callbacks.verifyUrl(SUITE_ID, "echo-4711").body()).isEqualTo("echo-4711");

    String ticket = callbacks.pushSuiteTicket(SUITE_ID);

    assertThat(tickets.currentTicket()).isEqualTo(ticket);
    WeComClient client = WeComClient.builder().baseUrl(sandbox.baseUrl()).suite(SUITE_ID, "suite-secret", tickets).build();
    var answer = client.accountId().unionIdToExternalUserId3rd(
        new UnionIdToExternalUserId3rdRequest().unionid("UNIONID").openid("OPENID"));
    assertThat(answer.getErrcode()).isZero();
    assertThat(sandbox.requests("getSuiteToken")).singleElement()
        .satisfies(r -> assertThat(r.body()).contains("\"suite_ticket\":\"" + ticket + "\""));
  }

  @Test
  void withoutThePushedTicketTheSandboxRefusesTheSuiteToken() throws Exception {
    sandbox.callbacks(callbackUrl(), TOKEN, AES_KEY).pushSuiteTicket(SUITE_ID);
    WeComClient stale = WeComClient.builder().baseUrl(sandbox.baseUrl())
        .suite(SUITE_ID, "suite-secret", () -> "an-old-ticket").build();

    InvalidCredentialException e = catchThrowableOfType(InvalidCredentialException.class,
        () -> stale.accountId().unionIdToExternalUserId3rd(new UnionIdToExternalUserId3rdRequest().unionid("U")));

    assertThat(e.errcode()).isEqualTo(40085);
  }

  @Test
  void aPushSignedWithTheWrongTokenIsRefusedAndStoresNothing() {
    var forged = sandbox.callbacks(callbackUrl(), "WrongToken1", AES_KEY);

    assertThat(catchThrowableOfType(IllegalStateException.class, () -> forged.pushSuiteTicket(SUITE_ID)))
        .hasMessageContaining("HTTP 403");
    assertThat(tickets.currentTicket()).isNull();
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> query = new HashMap<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int eq = pair.indexOf('=');
        query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return query;
  }
}
