package io.wecom.client.token.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.wecom.client.error.TokenStoreUnavailableException;
import io.wecom.client.token.CachedToken;
import io.wecom.client.token.TokenStore;
import io.wecom.client.token.redis.testing.Eventually;
import io.wecom.client.token.redis.testing.RedisServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link TokenStore} contract, held by Redis: TTL, compare-and-delete, and an owned, expiring lease. */
class RedisTokenStoreTest {

  @RegisterExtension
  static final RedisServer redis = new RedisServer();

  private static final String KEY = "wecom:access_token:corp:ww-corp:0123456789abcdef";
  private static final Instant EXPIRES = Instant.parse("2026-01-01T02:00:00.123456789Z");
  private static final CachedToken TOKEN = new CachedToken("TOKEN-A", EXPIRES, EXPIRES.minusSeconds(300));

  private final List<RedisTokenStore> opened = new ArrayList<>();

  @AfterEach
  void closeStores() {
    opened.forEach(RedisTokenStore::close);
  }

  private RedisTokenStore store() {
    return store(RedisTokenStoreConfig.custom().keyPrefix("test:").build());
  }

  private RedisTokenStore store(RedisTokenStoreConfig config) {
    RedisTokenStore store = RedisTokenStore.create(redis.uri(), config);
    opened.add(store);
    return store;
  }

  @Test
  void aStoredTokenComesBackWithItsValueExpiryAndRefreshTimeExactly() {
    RedisTokenStore store = store();

    store.put(KEY, TOKEN, Duration.ofMinutes(1));

    assertThat(store.get(KEY)).contains(TOKEN);
    assertThat(store().get(KEY)).as("another instance reads it too").contains(TOKEN);
    assertThat(store.get(KEY + ":other")).isEmpty();
  }

  @Test
  void aTokenIsAHashUnderThePrefixedKeyWithTheGivenTimeToLive() {
    store().put(KEY, TOKEN, Duration.ofSeconds(90));

    assertThat(redis.command("HGET", "test:" + KEY, "value")).isEqualTo("TOKEN-A");
    assertThat(redis.command("HGET", "test:" + KEY, "expiresAt")).isEqualTo("2026-01-01T02:00:00.123456789Z");
    assertThat(redis.command("HGET", "test:" + KEY, "refreshAfter")).isEqualTo("2026-01-01T01:55:00.123456789Z");
    assertThat((Long) redis.command("PTTL", "test:" + KEY)).isBetween(80_000L, 90_000L);
    assertThat(redis.command("EXISTS", KEY)).as("nothing without the prefix").isEqualTo(0L);
  }

  @Test
  void aTokenIsGoneOnceItsTimeToLiveHasPassed() {
    RedisTokenStore store = store();
    long start = System.nanoTime();

    store.put(KEY, TOKEN, Duration.ofMillis(300));

    Eventually.within(Duration.ofSeconds(3), "the token expired", () -> store.get(KEY).isEmpty());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void aNewPutReplacesTheTokenAndItsTimeToLive() {
    RedisTokenStore store = store();
    CachedToken next = new CachedToken("TOKEN-B", EXPIRES.plusSeconds(7200), EXPIRES.plusSeconds(6900));
    store.put(KEY, TOKEN, Duration.ofSeconds(10));

    store.put(KEY, next, Duration.ofMinutes(10));

    assertThat(store.get(KEY)).contains(next);
    assertThat((Long) redis.command("PTTL", "test:" + KEY)).isGreaterThan(590_000L);
  }

  @Test
  void removeIfRemovesTheTokenOnlyWhenItHoldsTheGivenValue() {
    RedisTokenStore store = store();
    store.put(KEY, TOKEN, Duration.ofMinutes(1));

    assertThat(store.removeIf(KEY, "TOKEN-OLD")).isFalse();
    assertThat(store.get(KEY)).contains(TOKEN);

    assertThat(store.removeIf(KEY, "TOKEN-A")).isTrue();
    assertThat(store.get(KEY)).isEmpty();
    assertThat(store.removeIf(KEY, "TOKEN-A")).as("nothing left to remove").isFalse();
  }

  @Test
  void aLeaseIsHeldByOneCallerAtATimeAcrossInstances() {
    RedisTokenStore first = store();
    RedisTokenStore second = store();

    Optional<TokenStore.Lease> held = first.tryLease(KEY, Duration.ofSeconds(10));

    assertThat(held).isPresent();
    assertThat((Long) redis.command("PTTL", "test:" + KEY + ":lease")).isBetween(5_000L, 10_000L);
    assertThat(second.tryLease(KEY, Duration.ofSeconds(10))).isEmpty();
    assertThat(first.tryLease(KEY, Duration.ofSeconds(10))).as("not even the same instance twice").isEmpty();
    assertThat(second.tryLease(KEY + ":other", Duration.ofSeconds(10))).as("other keys are free").isPresent();

    held.get().close();
    assertThat(second.tryLease(KEY, Duration.ofSeconds(10))).as("free once released").isPresent();
  }

  @Test
  void aLeaseEndsByItselfAfterItsLeaseTimeWhenItsHolderNeverReleasesIt() {
    RedisTokenStore holder = store();
    RedisTokenStore waiter = store();
    long start = System.nanoTime();

    assertThat(holder.tryLease(KEY, Duration.ofMillis(400))).isPresent();

    Eventually.within(Duration.ofSeconds(3), "the lease expired", () -> waiter.tryLease(KEY, Duration.ofSeconds(10))
        .isPresent());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
  }

  @Test
  void onlyTheOwnerOfALeaseReleasesIt() {
    RedisTokenStore slow = store();
    RedisTokenStore next = store();
    TokenStore.Lease expired = slow.tryLease(KEY, Duration.ofMillis(200)).orElseThrow();
    List<TokenStore.Lease> taken = new ArrayList<>();
    Eventually.within(Duration.ofSeconds(3), "the first lease expired",
        () -> next.tryLease(KEY, Duration.ofSeconds(10)).map(taken::add).isPresent());

    expired.close();

    assertThat(store().tryLease(KEY, Duration.ofSeconds(10))).as("the late close left the new lease alone").isEmpty();
    taken.get(0).close();
    assertThat(store().tryLease(KEY, Duration.ofSeconds(10))).as("its owner released it").isPresent();
  }

  @Test
  void anUnreadableEntryCountsAsNoTokenSoThatTheNextFetchReplacesIt() {
    RedisTokenStore store = store();
    redis.command("HSET", "test:" + KEY, "value", "TOKEN-A", "expiresAt", "soon");

    assertThat(store.get(KEY)).isEmpty();

    store.put(KEY, TOKEN, Duration.ofMinutes(1));
    assertThat(store.get(KEY)).contains(TOKEN);
    assertThat(redis.command("HLEN", "test:" + KEY)).isEqualTo(3L);
  }

  @Test
  void aStoreOnTheCallersConnectionIsBoundedByTheCommandTimeoutAndLeavesTheConnectionOpen() throws Exception {
    RedisClient client = RedisClient.create(redis.uri());
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      RedisTokenStore store = RedisTokenStore.using(connection,
          RedisTokenStoreConfig.custom().keyPrefix("test:").commandTimeout(Duration.ofMillis(200)).build());
      store.put(KEY, TOKEN, Duration.ofMinutes(1));
      store.close();
      assertThat(connection.sync().hget("test:" + KEY, "value")).isEqualTo("TOKEN-A");

      redis.freeze();
      long start = System.nanoTime();
      assertThatThrownBy(() -> store.get(KEY)).isInstanceOf(TokenStoreUnavailableException.class)
          .hasMessageContaining("no answer within PT0.2S");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(200), Duration.ofMillis(900));
    } finally {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
  }

  @Test
  void badArgumentsAreRefusedNamingWhatWasWrong() {
    RedisTokenStore store = store();

    assertThatThrownBy(() -> store.put(KEY, TOKEN, Duration.ZERO)).hasMessage("ttl must be positive, was PT0S");
    assertThatThrownBy(() -> store.tryLease(KEY, Duration.ofNanos(10)))
        .hasMessage("leaseTime must be at least 1 ms, was PT0.00000001S");
    assertThatThrownBy(() -> store.get(" ")).hasMessage("key must not be blank");
  }

  @Test
  void toStringShowsThePrefixAndPolicyButNoToken() {
    RedisTokenStore store = store();
    store.put(KEY, TOKEN, Duration.ofMinutes(1));

    assertThat(store.toString()).isEqualTo("RedisTokenStore[keyPrefix=test:, whenUnavailable=FAIL]")
        .doesNotContain("TOKEN-A");
  }
}
