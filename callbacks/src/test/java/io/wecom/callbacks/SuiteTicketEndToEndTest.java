package io.wecom.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wecom.client.WeComClient;
import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.testing.MutableClock;
import io.wecom.client.token.InMemorySuiteTicketStore;
import io.wecom.client.token.TokenKind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Over real HTTP: WeCom (a {@link CallbackPusher}) verifies the app's command callback URL and pushes suite_tickets to
 * it; the app (a JDK HttpServer around a {@link WeComCallbackHandler}) stores them; a {@link WeComClient} reading the
 * same store then fetches its suite_access_token from a fake WeCom API with the latest ticket.
 */
class SuiteTicketEndToEndTest {

  private static final String SUITE_TOKEN_PATH = "/cgi-bin/service/get_suite_token";

  private final MutableClock clock = new MutableClock();
  private final InMemorySuiteTicketStore tickets = new InMemorySuiteTicketStore();
  private final WeComCallbackHandler handler = WeComCallbackHandler.of(CallbackConfig.custom().token(TestApp.TOKEN)
      .encodingAesKey(TestApp.KEY).receiveIds(TestApp.SUITE_ID).clock(clock).build(), tickets);
  private final HttpServer app = callbackEndpoint(handler);
  private final URI callbackUrl = URI.create("http://127.0.0.1:" + app.getAddress().getPort() + "/suite/receive");
  private final FakeWeCom wecomApi = new FakeWeCom();
  private final HttpClient http = HttpClient.newHttpClient();
  private final CallbackPusher wecom = TestApp.wecom(TestApp.SUITE_ID, clock);

  @AfterEach
  void stop() {
    app.stop(0);
    wecomApi.close();
  }

  @Test
  void pushedSuiteTicketsAreStoredAndTheLatestFetchesTheSuiteToken() throws Exception {
    HttpResponse<String> verified = wecom.verifyUrl(http, callbackUrl, "5927180253421178932");
    HttpResponse<String> first = wecom.push(http, callbackUrl, suiteTicket("ticket-0001"));
    HttpResponse<String> second = wecom.push(http, callbackUrl, suiteTicket("ticket-0002"));

    WeComClient client = WeComClient.builder().baseUrl(wecomApi.baseUrl())
        .suite(TestApp.SUITE_ID, "suite-s3cret", tickets).build();
    String suiteToken = client.tokenProvider(TokenKind.SUITE_ACCESS_TOKEN).orElseThrow().token();

    assertThat(verified.statusCode()).isEqualTo(200);
    assertThat(verified.body()).isEqualTo("5927180253421178932");
    assertThat(first.body()).isEqualTo("success");
    assertThat(second.body()).isEqualTo("success");
    assertThat(suiteToken).startsWith("TOKEN-suite_access_token-");
    assertThat(wecomApi.requests(SUITE_TOKEN_PATH)).singleElement().satisfies(request -> assertThat(request.body())
        .contains("\"suite_id\":\"" + TestApp.SUITE_ID + "\"", "\"suite_ticket\":\"ticket-0002\""));
  }

  @Test
  void aPushSignedWithAnotherTokenIsForbiddenAndStoresNothing() throws Exception {
    CallbackPusher forger = CallbackPusher.of("notTheToken", TestApp.KEY, TestApp.SUITE_ID).withClock(clock);

    HttpResponse<String> answer = forger.push(http, callbackUrl, suiteTicket("forged-ticket"));

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body()).isEqualTo("BAD_SIGNATURE");
    assertThat(tickets.currentTicket()).isNull();
  }

  private static String suiteTicket(String ticket) {
    return "<xml><SuiteId><![CDATA[" + TestApp.SUITE_ID + "]]></SuiteId><InfoType><![CDATA[suite_ticket]]>"
        + "</InfoType><TimeStamp>1767225600</TimeStamp><SuiteTicket><![CDATA[" + ticket + "]]></SuiteTicket></xml>";
  }

  /** The app's command callback URL, as a servlet or controller would wire the handler. */
  private static HttpServer callbackEndpoint(WeComCallbackHandler handler) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/suite/receive", exchange -> answer(exchange, handler));
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void answer(HttpExchange exchange, WeComCallbackHandler handler) throws IOException {
    try (exchange) {
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      int status = 200;
      String answer;
      try {
        answer = "GET".equals(exchange.getRequestMethod())
            ? handler.verifyUrl(query.get("msg_signature"), query.get("timestamp"), query.get("nonce"),
                query.get("echostr"))
            : handle(handler, query, body);
      } catch (CallbackVerificationException e) {
        status = 403;
        answer = e.reason().name();
      }
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  private static String handle(WeComCallbackHandler handler, Map<String, String> query, String body) {
    handler.handle(query.get("msg_signature"), query.get("timestamp"), query.get("nonce"), body);
    return "success";
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new HashMap<>();
    for (String pair : raw == null ? new String[0] : raw.split("&")) {
      int eq = pair.indexOf('=');
      query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return query;
  }
}
