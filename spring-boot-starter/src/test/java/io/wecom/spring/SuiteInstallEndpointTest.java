package io.wecom.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.wecom.callbacks.CallbackPusher;
import io.wecom.client.WeComClient;
import io.wecom.client.install.Installation;
import io.wecom.client.install.InstallationStore;
import io.wecom.client.install.SuiteInstaller;
import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.testing.FakeWeCom.Answer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
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

/**
 * A third-party app configured with only its suite: the starter's callback endpoint completes an install announced by
 * create_auth, keeps it in the installation store, publishes it, and the installer gives a client for the new corp.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = SuiteInstallEndpointTest.App.class)
class SuiteInstallEndpointTest {

  static final String TOKEN = "t0kenOfTheApp";
  static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
  static final String SUITE_ID = "wwsuite0002";
  static final FakeWeCom WECOM = new FakeWeCom();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("wecom.base-url", WECOM::baseUrl);
    registry.add("wecom.apps.market.suite-id", () -> SUITE_ID);
    registry.add("wecom.apps.market.suite-secret", () -> "suite-s3cret");
    registry.add("wecom.callback.enabled", () -> "true");
    registry.add("wecom.callback.token", () -> TOKEN);
    registry.add("wecom.callback.encoding-aes-key", () -> KEY);
  }

  /** An application that waits for installs. */
  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
      WebMvcAutoConfiguration.class, WeComAutoConfiguration.class, WeComCallbackAutoConfiguration.class})
  static class App {
    @Bean
    Installs installs() {
      return new Installs();
    }
  }

  /** Every installation the application was told of. */
  static class Installs {
    final LinkedBlockingQueue<Installation> done = new LinkedBlockingQueue<>();

    @EventListener
    void on(Installation installation) {
      done.add(installation);
    }
  }

  @LocalServerPort
  int port;

  @Autowired
  Installs installs;

  @Autowired
  InstallationStore store;

  @Autowired
  SuiteInstaller installer;

  @AfterAll
  static void stop() {
    WECOM.close();
  }

  @Test
  void aCreateAuthCallbackInstallsTheCorpAndItsClientWorks() throws Exception {
    WECOM.on("/cgi-bin/service/v2/get_permanent_code", call -> Answer.json("{\"errcode\":0,\"errmsg\":\"ok\","
        + "\"permanent_code\":\"perm-c0de-new\",\"auth_corp_info\":{\"corpid\":\"wwnewcorp\",\"corp_name\":\"New\"}}"));
    WECOM.on("/cgi-bin/service/v2/get_auth_info", call -> Answer.json("{\"errcode\":0,\"errmsg\":\"ok\","
        + "\"auth_corp_info\":{\"corpid\":\"wwnewcorp\"},\"auth_info\":{\"agent\":[{\"agentid\":1000017}]}}"));
    CallbackPusher wecom = CallbackPusher.of(TOKEN, KEY, SUITE_ID);
    HttpClient http = HttpClient.newHttpClient();
    URI url = URI.create("http://127.0.0.1:" + port + "/wecom/callback");
    wecom.push(http, url, "<xml><SuiteId><![CDATA[" + SUITE_ID + "]]></SuiteId><InfoType><![CDATA[suite_ticket]]>"
        + "</InfoType><TimeStamp>1767225600</TimeStamp><SuiteTicket><![CDATA[ticket-9]]></SuiteTicket></xml>");

    HttpResponse<String> answer = wecom.push(http, url, "<xml><SuiteId><![CDATA[" + SUITE_ID + "]]></SuiteId>"
        + "<AuthCode><![CDATA[auth-c0de-1]]></AuthCode><InfoType><![CDATA[create_auth]]></InfoType>"
        + "<TimeStamp>1767225601</TimeStamp></xml>");
    Installation installed = installs.done.poll(10, TimeUnit.SECONDS);

    assertThat(answer.body()).isEqualTo("success");
    assertThat(installed).isEqualTo(new Installation(SUITE_ID, "wwnewcorp", "New", 1000017L, "perm-c0de-new"));
    assertThat(WECOM.requests("/cgi-bin/service/v2/get_permanent_code")).singleElement()
        .satisfies(call -> assertThat(call.body()).contains("\"auth_code\":\"auth-c0de-1\""));
    assertThat(store.find(SUITE_ID, "wwnewcorp")).contains(installed);

    WeComClient customer = installer.clientFor("wwnewcorp");
    customer.contacts().getUser("zhangsan");
    assertThat(WECOM.requests("/cgi-bin/service/get_corp_token")).singleElement().satisfies(call -> assertThat(
        call.body()).contains("\"auth_corpid\":\"wwnewcorp\"", "\"permanent_code\":\"perm-c0de-new\""));
  }
}
