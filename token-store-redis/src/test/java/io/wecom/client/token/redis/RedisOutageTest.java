package io.wecom.client.token.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.wecom.client.WeComClient;
import io.wecom.client.error.TokenStoreUnavailableException;
import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.token.redis.RedisTokenStoreConfig.WhenUnavailable;
import io.wecom.client.token.redis.testing.Concurrently;
import io.wecom.client.token.redis.testing.Eventually;
import io.wecom.client.token.redis.testing.RedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * Redis goes away while a fleet is busy: with {@code FAIL} every call fails fast with
 * {@link TokenStoreUnavailableException} and nothing reaches WeCom; with {@code LOCAL_FALLBACK} every call succeeds
 * on a token kept in the instance's memory, the outage is logged once, and Redis is used again once it is back.
 */
class RedisOutageTest {

  @RegisterExtension
  static final RedisServer redis = new RedisServer();

  private static final String GETTOKEN = "/cgi-bin/gettoken";
  private static final String USER_GET = "/cgi-bin/user/get";
  private static final Duration COMMAND_TIMEOUT = Duration.ofMillis(300);
  private static final Duration SLACK = Duration.ofMillis(700);
  private static final int INSTANCES = 2;
  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 40;

  private record Outcome(Throwable failure, Duration elapsed) {}

  private final FakeWeCom wecom = new FakeWeCom();
  private final List<RedisTokenStore> stores = new ArrayList<>();
  private final List<WeComClient> fleet = new ArrayList<>();
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final Logger storeLog = (Logger) LoggerFactory.getLogger("io.wecom.client.token.redis");

  @BeforeEach
  void captureLog() {
    logged.start();
    storeLog.addAppender(logged);
    storeLog.setLevel(Level.INFO);
  }

  @AfterEach
  void stop() {
    storeLog.detachAppender(logged);
    stores.forEach(RedisTokenStore::close);
    wecom.close();
  }

  private void startFleet(WhenUnavailable policy) {
    RedisTokenStoreConfig config = RedisTokenStoreConfig.custom().keyPrefix("outage:")
        .commandTimeout(COMMAND_TIMEOUT).whenUnavailable(policy).build();
    for (int i = 0; i < INSTANCES; i++) {
      RedisTokenStore store = RedisTokenStore.create(redis.uri(), config);
      stores.add(store);
      fleet.add(WeComClient.builder().baseUrl(wecom.baseUrl()).corpId("ww-corp").secret("corp-s3cret")
          .tokenStore(store).build());
    }
    fleet.forEach(instance -> instance.contacts().getUser("warm-up"));
    assertThat(wecom.count(GETTOKEN)).isEqualTo(1);
  }

  /** Every thread calls in a loop; Redis is killed once a quarter of the calls are done. */
  private List<Outcome> callWhileRedisIsKilledMidRun() throws Exception {
    Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    CountDownLatch quarterDone = new CountDownLatch(THREADS * CALLS_PER_THREAD / 4);
    Thread killer = new Thread(() -> {
      try {
        quarterDone.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      redis.stop();
    });
    killer.start();
    List<Throwable> unexpected = Concurrently.run(THREADS, thread -> {
      for (int call = 0; call < CALLS_PER_THREAD; call++) {
        long start = System.nanoTime();
        Throwable failure = null;
        try {
          fleet.get(thread % INSTANCES).contacts().getUser("zhangsan");
        } catch (RuntimeException e) {
          failure = e;
        }
        outcomes.add(new Outcome(failure, Duration.ofNanos(System.nanoTime() - start)));
        quarterDone.countDown();
      }
    });
    killer.join();
    assertThat(unexpected).isEmpty();
    return List.copyOf(outcomes);
  }

  @Test
  void withFailEveryCallAfterRedisIsKilledFailsTypedWithinTheTimeoutAndNothingReachesWeCom() throws Exception {
    startFleet(WhenUnavailable.FAIL);

    List<Outcome> outcomes = callWhileRedisIsKilledMidRun();

    List<Outcome> failed = outcomes.stream().filter(o -> o.failure() != null).toList();
    long succeeded = outcomes.size() - failed.size();
    assertThat(succeeded).isGreaterThanOrEqualTo(THREADS * CALLS_PER_THREAD / 4);
    assertThat(failed).isNotEmpty().allSatisfy(o -> {
      assertThat(o.failure()).isInstanceOf(TokenStoreUnavailableException.class);
      assertThat(o.elapsed()).isLessThan(COMMAND_TIMEOUT.plus(SLACK));
    });
    assertThat(((TokenStoreUnavailableException) failed.get(0).failure()).operation()).isEqualTo("tokenStore.get");
    assertThat(wecom.count(GETTOKEN)).as("no instance fetched a token of its own").isEqualTo(1);
    assertThat(wecom.count(USER_GET)).isEqualTo(INSTANCES + succeeded);
  }

  @Test
  void withFailACallToAHungRedisGivesUpAfterTheCommandTimeout() throws Exception {
    startFleet(WhenUnavailable.FAIL);
    redis.freeze();
    long start = System.nanoTime();

    TokenStoreUnavailableException e = catchThrowableOfType(TokenStoreUnavailableException.class,
        () -> fleet.get(0).contacts().getUser("zhangsan"));

    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    assertThat(elapsed).isBetween(COMMAND_TIMEOUT, COMMAND_TIMEOUT.plus(SLACK));
    assertThat(e).hasMessageContaining("no answer within PT0.3S").hasMessageNotContaining("corp-s3cret");
    assertThat(e.errcode()).isNull();
  }

  @Test
  void withLocalFallbackEveryCallSucceedsWhileRedisIsDownAndRedisIsUsedAgainOnceBack() throws Exception {
    startFleet(WhenUnavailable.LOCAL_FALLBACK);

    List<Outcome> outcomes = callWhileRedisIsKilledMidRun();

    assertThat(outcomes).hasSize(THREADS * CALLS_PER_THREAD).allMatch(o -> o.failure() == null);
    assertThat(wecom.count(GETTOKEN)).as("one more token per instance, kept in its memory")
        .isEqualTo(1 + INSTANCES);
    List<ILoggingEvent> warnings = logged.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
    // one warning per store and outage; a store that catches Redis between two failed commands on a loaded machine
    // may see its outage end and start again, so allow a second one
    assertThat(warnings).as("warnings per store and outage").hasSizeBetween(INSTANCES, 2 * INSTANCES)
        .allSatisfy(e -> assertThat(e.getFormattedMessage()).contains("unavailable")
            .doesNotContain("corp-s3cret", "TOKEN-"));

    redis.start();
    Eventually.within(Duration.ofSeconds(20), "the fleet keeps its token in Redis again", () -> {
      fleet.forEach(instance -> instance.contacts().getUser("zhangsan"));
      return logged.list.stream().filter(e -> e.getLevel() == Level.INFO).count()
          == logged.list.stream().filter(e -> e.getLevel() == Level.WARN).count();
    });
    assertThat(redis.command("KEYS", "outage:*")).asList().hasSize(1);
  }

  @Test
  void withLocalFallbackAHungRedisCostsOneCommandTimeoutThenCallsGoOnFromMemory() throws Exception {
    startFleet(WhenUnavailable.LOCAL_FALLBACK);
    redis.freeze();

    long start = System.nanoTime();
    fleet.get(0).contacts().getUser("zhangsan");
    Duration first = Duration.ofNanos(System.nanoTime() - start);
    start = System.nanoTime();
    fleet.get(0).contacts().getUser("lisi");
    Duration second = Duration.ofNanos(System.nanoTime() - start);

    assertThat(first).isBetween(COMMAND_TIMEOUT, COMMAND_TIMEOUT.plus(SLACK));
    assertThat(second).as("no second wait on Redis within a recheck interval").isLessThan(COMMAND_TIMEOUT);
  }
}
