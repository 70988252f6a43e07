package io.wecom.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wecom.callbacks.CallbackConfig;
import io.wecom.callbacks.CallbackVerificationException;
import io.wecom.callbacks.SuiteInstallCallbacks;
import io.wecom.callbacks.WeComCallbackHandler;
import io.wecom.client.WeComClient;
import io.wecom.client.error.BadRequestException;
import io.wecom.client.error.InvalidCredentialException;
import io.wecom.client.error.WeComException;
import io.wecom.client.install.InMemoryInstallationStore;
import io.wecom.client.install.Installation;
import io.wecom.client.install.InstallationNotFoundException;
import io.wecom.client.install.InstallationNotStoredException;
import io.wecom.client.install.InstallationStore;
import io.wecom.client.install.PreAuthCode;
import io.wecom.client.install.SuiteInstaller;
import io.wecom.client.model.GetAuthInfoResponse;
import io.wecom.client.token.InMemorySuiteTicketStore;
import io.wecom.sandbox.SandboxCallbacks;
import io.wecom.sandbox.WeComSandbox;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A third-party app installs itself into a customer's corp, all against the sandbox: the suite_ticket push, the suite
 * token, the pre-authorization code and its session, the install callback with its auth code, the permanent code
 * kept in a store, the authorization info, and a client for the customer's corp making a call.
 */
class InstallFlowTest {

  private static final String SUITE_ID = "wwsuite0001";
  private static final String CUSTOMER = "wwcustomer0001";
  private static final String TOKEN = "QDG6eK";
  private static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

  private WeComSandbox sandbox;
  private HttpServer app;
  private final ExecutorService installs = Executors.newSingleThreadExecutor();
  private final InMemorySuiteTicketStore tickets = new InMemorySuiteTicketStore();
  private final InMemoryInstallationStore store = new InMemoryInstallationStore();
  private final LinkedBlockingQueue<CompletableFuture<Installation>> installed = new LinkedBlockingQueue<>();
  private SuiteInstaller installer;
  private SandboxCallbacks wecom;

  @BeforeEach
  void start() throws Exception {
    sandbox = WeComSandbox.start();
    WeComClient suite = WeComClient.builder().baseUrl(sandbox.baseUrl()).suite(SUITE_ID, "suite-secret", tickets)
        .build();
    installer = SuiteInstaller.of(suite, store);
    startApp(installer);
    wecom = sandbox.callbacks("http://127.0.0.1:" + app.getAddress().getPort() + "/wecom/callback", TOKEN, AES_KEY);
    wecom.pushSuiteTicket(SUITE_ID);
  }

  @AfterEach
  void stop() {
    app.stop(0);
    installs.shutdownNow();
    sandbox.close();
  }

  @Test
  void aCorpInstallsTheSuiteAndItsClientCallsWeCom() throws Exception {
    PreAuthCode code = installer.preAuthCode();
    installer.setAuthType(code, false);
    URI link = installer.installLink(code, URI.create("https://app.example.com/installed?from=market"), "s1");

    String authCode = wecom.install(SUITE_ID, CUSTOMER, "Customer Ltd", "s1");
    Installation installation = installed.poll(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);

    assertThat(code.expiresAt()).isAfter(Instant.now().plus(Duration.ofMinutes(19)));
    assertThat(link.toString()).startsWith(SuiteInstaller.INSTALL_PAGE + "?suite_id=" + SUITE_ID + "&pre_auth_code=")
        .contains("&redirect_uri=https%3A%2F%2Fapp.example.com%2Finstalled%3Ffrom%3Dmarket", "&state=s1");
    assertThat(sandbox.requests("setSessionInfo")).singleElement()
        .satisfies(r -> assertThat(r.body()).contains("\"auth_type\":1", code.code()));
    assertThat(sandbox.requests("getPermanentCodeV2")).singleElement()
        .satisfies(r -> assertThat(r.body()).contains(authCode));
    assertThat(installation.authCorpId()).isEqualTo(CUSTOMER);
    assertThat(installation.corpName()).isEqualTo("Customer Ltd");
    assertThat(installation.agentId()).isNotNull();
    assertThat(installation.permanentCode()).startsWith("SANDBOX_PERMANENT_");
    assertThat(store.find(SUITE_ID, CUSTOMER)).contains(installation);

    GetAuthInfoResponse info = installer.authInfo(CUSTOMER);
    assertThat(info.getAuthCorpInfo().getCorpid()).isEqualTo(CUSTOMER);

    WeComClient customer = installer.clientFor(CUSTOMER);
    assertThat(customer.contacts().getUser("zhangsan").getUserid()).isEqualTo("zhangsan");
    assertThat(sandbox.requests("getCorpToken")).singleElement().satisfies(r -> assertThat(r.body())
        .contains("\"auth_corpid\":\"" + CUSTOMER + "\"", "\"permanent_code\":\"" + installation.permanentCode()));
    assertThat(installer.clientFor(CUSTOMER)).isSameAs(customer);
  }

  @Test
  void anAuthCodeWorksOnceAndAForgedOneNever() throws Exception {
    String authCode = wecom.install(SUITE_ID, CUSTOMER, "Customer Ltd", null);
    installed.poll(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);

    BadRequestException replayed = catchThrowableOfType(BadRequestException.class, () -> installer.install(authCode));
    BadRequestException forged = catchThrowableOfType(BadRequestException.class,
        () -> installer.install("SANDBOX_AUTH_CODE_made-up"));

    assertThat(replayed.errcode()).isEqualTo(40078);
    assertThat(forged.errcode()).isEqualTo(40078);
    assertThat(forged.getMessage()).doesNotContain("made-up");
    assertThat(store.list(SUITE_ID)).hasSize(1);
  }

  @Test
  void anUninstalledCorpGetsNoClientAndItsOldPermanentCodeIsRefused() throws Exception {
    wecom.install(SUITE_ID, CUSTOMER, "Customer Ltd", null);
    Installation installation = installed.poll(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);

    wecom.uninstall(SUITE_ID, CUSTOMER);
    installed.poll(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);

    assertThat(store.find(SUITE_ID, CUSTOMER)).isEmpty();
    InstallationNotFoundException missing = catchThrowableOfType(InstallationNotFoundException.class,
        () -> installer.clientFor(CUSTOMER));
    assertThat(missing.authCorpId()).isEqualTo(CUSTOMER);
    assertThat(installer.installations()).isEmpty();
    WeComClient stale = WeComClient.builder().baseUrl(sandbox.baseUrl()).suite(SUITE_ID, "suite-secret", tickets)
        .authorizedCorp(CUSTOMER, installation.permanentCode()).build();
    InvalidCredentialException refused = catchThrowableOfType(InvalidCredentialException.class,
        () -> stale.contacts().getUser("zhangsan"));
    assertThat(refused.errcode()).isEqualTo(40084);
    assertThat(refused.getMessage()).doesNotContain(installation.permanentCode());
  }

  @Test
  void aPreAuthCodeTheSandboxNeverIssuedIsRefused() {
    WeComException e = catchThrowableOfType(WeComException.class,
        () -> installer.setAuthType(new PreAuthCode("SANDBOX_PRE_AUTH_made-up", Instant.now()), true));

    assertThat(e.errcode()).isEqualTo(40077);
  }

  @Test
  void aStoreFailureAfterTheExchangeKeepsThePermanentCodeInTheException() throws Exception {
    app.stop(0);
    WeComClient suite = WeComClient.builder().baseUrl(sandbox.baseUrl()).suite(SUITE_ID, "suite-secret", tickets)
        .build();
    SuiteInstaller broken = SuiteInstaller.of(suite, new FailingStore());
    startApp(broken);
    SandboxCallbacks pushes = sandbox.callbacks("http://127.0.0.1:" + app.getAddress().getPort() + "/wecom/callback",
        TOKEN, AES_KEY);

    pushes.install(SUITE_ID, "wwother0001", "Other Ltd", null);
    Throwable failure = catchThrowableOfType(Exception.class,
        () -> installed.poll(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS)).getCause();

    assertThat(failure).isInstanceOf(InstallationNotStoredException.class);
    Installation kept = ((InstallationNotStoredException) failure).installation();
    assertThat(kept.permanentCode()).startsWith("SANDBOX_PERMANENT_");
    assertThat(failure.getMessage()).doesNotContain(kept.permanentCode());
    assertThat(failure.toString()).doesNotContain(kept.permanentCode());
    assertThat(kept.toString()).doesNotContain(kept.permanentCode());
  }

  /** A store whose backend is down. */
  private static final class FailingStore implements InstallationStore {
    @Override
    public void save(Installation installation) {
      throw new IllegalStateException("store down");
    }

    @Override
    public Optional<Installation> find(String suiteId, String authCorpId) {
      return Optional.empty();
    }

    @Override
    public void remove(String suiteId, String authCorpId) {}

    @Override
    public List<Installation> list(String suiteId) {
      return List.of();
    }
  }

  private void startApp(SuiteInstaller appInstaller) throws IOException {
    WeComCallbackHandler handler = WeComCallbackHandler.of(CallbackConfig.custom().token(TOKEN)
        .encodingAesKey(AES_KEY).receiveIds(SUITE_ID).build(), tickets);
    SuiteInstallCallbacks onInstall = new SuiteInstallCallbacks(appInstaller, installs);
    app = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    app.createContext("/wecom/callback", exchange -> answer(exchange, handler, onInstall));
    app.start();
  }

  /** The app's callback endpoint: verify, hand install events to the installer, answer "success" at once. */
  private void answer(HttpExchange exchange, WeComCallbackHandler handler, SuiteInstallCallbacks onInstall)
      throws IOException {
    try (exchange) {
      Map<String, String> q = query(exchange.getRequestURI());
      try {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        CompletableFuture<Installation> install = onInstall.accept(
            handler.handle(q.get("msg_signature"), q.get("timestamp"), q.get("nonce"), body));
        if (install != null) {
          installed.add(install);
        }
      } catch (CallbackVerificationException e) {
        exchange.sendResponseHeaders(403, -1);
        return;
      }
      byte[] bytes = "success".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
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
