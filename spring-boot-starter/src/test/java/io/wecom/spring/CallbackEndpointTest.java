package io.wecom.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.wecom.callbacks.CallbackPusher;
import io.wecom.callbacks.SignedCallback;
import io.wecom.callbacks.event.CallbackEvent;
import io.wecom.callbacks.event.SuiteTicketEvent;
import io.wecom.callbacks.event.UserChangeEvent;
import io.wecom.client.WeComClient;
import io.wecom.client.testing.FakeWeCom;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The callback endpoint over real HTTP, with WeCom played by a {@link CallbackPusher}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = CallbackEndpointTest.App.class)
class CallbackEndpointTest {

  static final String TOKEN = "t0kenOfTheApp";
  static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
  static final String SUITE_ID = "wwsuite0001";
  static final FakeWeCom WECOM = new FakeWeCom();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("wecom.base-url", WECOM::baseUrl);
    registry.add("wecom.apps.customer.suite-id", () -> SUITE_ID);
    registry.add("wecom.apps.customer.suite-secret", () -> "suite-s3cret");
    registry.add("wecom.apps.customer.auth-corp-id", () -> "wwcustomer");
    registry.add("wecom.apps.customer.permanent-code", () -> "perm-code");
    registry.add("wecom.callback.enabled", () -> "true");
    registry.add("wecom.callback.path", () -> "/hooks/wecom");
    registry.add("wecom.callback.token", () -> TOKEN);
    registry.add("wecom.callback.encoding-aes-key", () -> KEY);
  }

  /** An application that only listens to WeCom's events. */
  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
      WebMvcAutoConfiguration.class, WeComAutoConfiguration.class, WeComCallbackAutoConfiguration.class})
  static class App {
    @Bean
    Inbox inbox() {
      return new Inbox();
    }
  }

  /** Keeps every WeCom event the application was told of. */
  static class Inbox {
    final List<CallbackEvent> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(CallbackEvent event) {
      events.add(event);
    }
  }

  @LocalServerPort
  int port;

  @Autowired
  Inbox inbox;

  @Autowired
  WeComClient customer;

  private final HttpClient http = HttpClient.newHttpClient();
  private final CallbackPusher suiteWeCom = CallbackPusher.of(TOKEN, KEY, SUITE_ID);

  @BeforeEach
  void clear() {
    inbox.events.clear();
  }

  @AfterAll
  static void stop() {
    WECOM.close();
  }

  private URI url() {
    return URI.create("http://127.0.0.1:" + port + "/hooks/wecom");
  }

  @Test
  void theUrlVerificationIsAnsweredWithTheDecryptedEcho() throws Exception {
    HttpResponse<String> answer = suiteWeCom.verifyUrl(http, url(), "echo-4242");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("echo-4242");
  }

  @Test
  void aPushedSuiteTicketIsPublishedAndFetchesTheSuiteToken() throws Exception {
    HttpResponse<String> answer = suiteWeCom.push(http, url(), "<xml><SuiteId><![CDATA[" + SUITE_ID
        + "]]></SuiteId><InfoType><![CDATA[suite_ticket]]></InfoType><TimeStamp>1767225600</TimeStamp>"
        + "<SuiteTicket><![CDATA[ticket-0001]]></SuiteTicket></xml>");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("success");
    assertThat(inbox.events).singleElement().isInstanceOfSatisfying(SuiteTicketEvent.class,
        ticket -> assertThat(ticket.suiteTicket()).isEqualTo("ticket-0001"));

    customer.contacts().getUser("zhangsan");

    assertThat(WECOM.requests("/cgi-bin/service/get_suite_token")).singleElement()
        .satisfies(call -> assertThat(call.body()).contains("\"suite_ticket\":\"ticket-0001\""));
    assertThat(WECOM.requests("/cgi-bin/service/get_corp_token")).singleElement()
        .satisfies(call -> assertThat(call.body()).contains("\"auth_corpid\":\"wwcustomer\""));
  }

  @Test
  void aDataCallbackOfTheAuthorizingCorpIsPublishedAsItsTypedEvent() throws Exception {
    CallbackPusher customerWeCom = CallbackPusher.of(TOKEN, KEY, "wwcustomer");

    HttpResponse<String> answer = customerWeCom.push(http, url(), "<xml><ToUserName><![CDATA[wwcustomer]]>"
        + "</ToUserName><FromUserName><![CDATA[sys]]></FromUserName><CreateTime>1767225600</CreateTime>"
        + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[change_contact]]></Event>"
        + "<ChangeType><![CDATA[create_user]]></ChangeType><UserID><![CDATA[zhangsan]]></UserID></xml>");

    assertThat(answer.body()).isEqualTo("success");
    assertThat(inbox.events).singleElement().isInstanceOfSatisfying(UserChangeEvent.class,
        change -> assertThat(change.userId()).isEqualTo("zhangsan"));
  }

  @Test
  void aTamperedRequestIsRefusedWith403AndPublishesNothing() throws Exception {
    SignedCallback sealed = suiteWeCom.seal("<xml><InfoType><![CDATA[suite_ticket]]></InfoType></xml>");
    URI forged = URI.create(sealed.postUri(url()).toString().replace("msg_signature=" + sealed.msgSignature(),
        "msg_signature=0000000000000000000000000000000000000000"));

    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(forged)
        .POST(HttpRequest.BodyPublishers.ofString(sealed.body())).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body()).isEqualTo("BAD_SIGNATURE");
    assertThat(inbox.events).isEmpty();
  }
}
