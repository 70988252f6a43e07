package io.wecom.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wecom.client.error.SystemBusyException;
import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.testing.MutableClock;
import io.wecom.client.token.TokenConfig;
import io.wecom.client.token.TokenKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import io.wecom.client.resilience.ResilienceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokenCachingTest {

  private static final String GETTOKEN = "/cgi-bin/gettoken";
  private static final String USER_GET = "/cgi-bin/user/get";

  private final FakeWeCom wecom = new FakeWeCom();
  private final MutableClock clock = new MutableClock();

  @AfterEach
  void stop() {
    wecom.close();
  }

  private WeComClient client() {
    return WeComClient.builder().baseUrl(wecom.baseUrl()).corpId("ww-corp").secret("s3cret-corp").agentId(1000002)
        .clock(clock).resilience(ResilienceConfig.disabled()).build();
  }

  @Test
  void aThousandCallsCauseOneGettoken() {
    WeComClient client = client();

    for (int i = 0; i < 1000; i++) {
      client.contacts().getUser("zhangsan");
    }

    assertThat(wecom.count(GETTOKEN)).isEqualTo(1);
    assertThat(wecom.count(USER_GET)).isEqualTo(1000);
  }

  @Test
  void sixtyFourThreadsStartingWithNoTokenCauseExactlyOneGettoken() throws Exception {
    WeComClient client = client();
    wecom.tokenDelay(200);

    runConcurrently(64, () -> client.contacts().getUser("zhangsan"));

    assertThat(wecom.count(GETTOKEN)).isEqualTo(1);
    assertThat(wecom.count(USER_GET)).isEqualTo(64);
  }

  @Test
  void everyCallCarriesExactlyOneTokenAndNoMarkerHeaders() {
    WeComClient client = client();

    client.contacts().getUser("zhangsan");
    client.contacts().getUser("lisi");

    for (FakeWeCom.Recorded call : wecom.requests(USER_GET)) {
      assertThat(call.query("access_token")).hasSize(1);
      assertThat(call.query("suite_access_token")).isEmpty();
      assertThat(call.headers().keySet()).noneMatch(h -> h.toLowerCase().startsWith("x-wecom"));
    }
    assertThat(wecom.requests(USER_GET).get(1).query("userid")).containsExactly("lisi");
    assertThat(wecom.requests(GETTOKEN).get(0).query("corpid")).containsExactly("ww-corp");
    assertThat(wecom.requests(GETTOKEN).get(0).query("access_token")).isEmpty();
  }

  @Test
  void theTokenIsReplacedASafetyMarginBeforeItExpires() {
    WeComClient client = client();
    client.contacts().getUser("a");

    clock.advance(Duration.ofSeconds(7200).minus(TokenConfig.ofDefaults().safetyMargin()).minusSeconds(1));
    client.contacts().getUser("b");
    assertThat(wecom.count(GETTOKEN)).isEqualTo(1);

    clock.advance(Duration.ofSeconds(2));
    client.contacts().getUser("c");
    assertThat(wecom.count(GETTOKEN)).isEqualTo(2);
    assertThat(wecom.requests(USER_GET).get(2).query("access_token"))
        .isNotEqualTo(wecom.requests(USER_GET).get(0).query("access_token"));
  }

  @Test
  void aReissuedTokenKeepsItsFirstExpiryInsteadOfTheFreshLookingExpiresIn() {
    String sameToken = "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"SAME\",\"expires_in\":7200}";
    wecom.enqueue(GETTOKEN, FakeWeCom.Answer.json(sameToken), FakeWeCom.Answer.json(sameToken));
    wecom.on(USER_GET, r -> FakeWeCom.Answer.json("{\"errcode\":0,\"errmsg\":\"ok\"}"));
    var provider = client().tokenProvider(TokenKind.ACCESS_TOKEN).orElseThrow();

    assertThat(provider.token()).isEqualTo("SAME");
    clock.advance(Duration.ofSeconds(7000));
    assertThat(provider.token()).as("refetched inside the margin; WeCom hands back the same token").isEqualTo("SAME");
    assertThat(wecom.count(GETTOKEN)).isEqualTo(2);

    clock.advance(Duration.ofSeconds(201));
    assertThat(provider.token()).as("past the first expiry a new token is fetched").startsWith("TOKEN-");
    assertThat(wecom.count(GETTOKEN)).isEqualTo(3);
  }

  @Test
  void aFailedFetchFailsEveryWaiterAndIsNotCached() throws Exception {
    WeComClient client = client();
    wecom.tokenDelay(200).enqueue(GETTOKEN, FakeWeCom.error(-1, "system busy"));

    List<Throwable> failures = runConcurrently(16, () -> client.contacts().getUser("zhangsan"));

    assertThat(failures).hasSize(16).allMatch(SystemBusyException.class::isInstance);
    assertThat(wecom.count(GETTOKEN)).isEqualTo(1);
    assertThat(wecom.count(USER_GET)).isZero();

    client.contacts().getUser("zhangsan");
    assertThat(wecom.count(GETTOKEN)).as("the failure was not cached").isEqualTo(2);
  }

  @Test
  void clientsOfDifferentAppsKeepTheirOwnTokens() {
    WeComClient first = client();
    WeComClient second = WeComClient.builder().baseUrl(wecom.baseUrl()).corpId("ww-corp").secret("other-secret")
        .clock(clock).build();

    first.contacts().getUser("a");
    second.contacts().getUser("b");
    first.contacts().getUser("c");

    assertThat(wecom.count(GETTOKEN)).isEqualTo(2);
    assertThat(wecom.requests(USER_GET).get(0).query("access_token"))
        .isEqualTo(wecom.requests(USER_GET).get(2).query("access_token"))
        .isNotEqualTo(wecom.requests(USER_GET).get(1).query("access_token"));
  }

  @Test
  void aFetchThatWaitsTooLongForAnotherCallerGivesUpWithAClearError() {
    var store = new io.wecom.client.token.InMemoryTokenStore(clock);
    WeComClient client = WeComClient.builder().baseUrl(wecom.baseUrl()).corpId("ww-corp").secret("s3cret-corp")
        .clock(clock).tokenStore(store)
        .tokenConfig(TokenConfig.custom().waitTimeout(Duration.ofMillis(200)).build()).build();
    String key = "wecom:access_token:corp:ww-corp:" + WeComClientBuilder.fingerprint("s3cret-corp");
    assertThat(store.tryLease(key, Duration.ofMinutes(1))).as("another instance is fetching").isPresent();

    assertThatThrownBy(() -> client.contacts().getUser("a"))
        .isInstanceOf(io.wecom.client.error.WeComTransportException.class)
        .hasMessageContaining("gave up waiting");
    assertThat(wecom.count(GETTOKEN)).isZero();
  }

  static List<Throwable> runConcurrently(int threads, Runnable call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          call.run();
          return null;
        }));
      }
      start.countDown();
      List<Throwable> failures = new ArrayList<>();
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          failures.add(e.getCause());
        }
      }
      return failures;
    } finally {
      pool.shutdownNow();
    }
  }
}
