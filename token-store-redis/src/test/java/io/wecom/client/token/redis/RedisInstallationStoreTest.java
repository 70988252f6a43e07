package io.wecom.client.token.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wecom.client.error.TokenStoreUnavailableException;
import io.wecom.client.install.Installation;
import io.wecom.client.token.redis.RedisTokenStoreConfig.WhenUnavailable;
import io.wecom.client.token.redis.testing.RedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Installations saved by one instance are found by every other; an outage never loses a save silently. */
class RedisInstallationStoreTest {

  @RegisterExtension
  static final RedisServer redis = new RedisServer();

  private static final Installation ACME = new Installation("suite-1", "wwacme", "ACME 有限公司", 1000005L,
      "perm-s3cret-acme");
  private static final Installation BETA = new Installation("suite-1", "wwbeta", null, null, "perm-s3cret-beta");

  private final List<RedisInstallationStore> opened = new ArrayList<>();

  @AfterEach
  void close() {
    opened.forEach(RedisInstallationStore::close);
  }

  private RedisInstallationStore instance(WhenUnavailable policy) {
    RedisInstallationStore store = RedisInstallationStore.create(redis.uri(), RedisTokenStoreConfig.custom()
        .keyPrefix("app:").whenUnavailable(policy).commandTimeout(Duration.ofMillis(300))
        .connectTimeout(Duration.ofMillis(300)).build());
    opened.add(store);
    return store;
  }

  @Test
  void anInstallationSavedByOneInstanceIsFoundListedAndRemovedByAnother() {
    RedisInstallationStore callbackInstance = instance(WhenUnavailable.FAIL);
    RedisInstallationStore worker = instance(WhenUnavailable.FAIL);

    callbackInstance.save(ACME);
    callbackInstance.save(BETA);

    assertThat(worker.find("suite-1", "wwacme")).contains(ACME);
    assertThat(worker.find("suite-1", "wwbeta")).contains(BETA);
    assertThat(worker.find("suite-2", "wwacme")).isEmpty();
    assertThat(worker.list("suite-1")).containsExactlyInAnyOrder(ACME, BETA);
    assertThat(redis.command("TTL", "app:wecom:installations:suite-1")).isEqualTo(-1L);

    worker.remove("suite-1", "wwacme");

    assertThat(callbackInstance.find("suite-1", "wwacme")).isEmpty();
    assertThat(callbackInstance.list("suite-1")).containsExactly(BETA);
  }

  @Test
  void whileRedisIsDownASaveFailsLoudlyEvenWithLocalFallbackAndReadsFallBack() {
    RedisInstallationStore store = instance(WhenUnavailable.LOCAL_FALLBACK);
    store.save(ACME);
    redis.stop();

    TokenStoreUnavailableException e = catchThrowableOfType(TokenStoreUnavailableException.class,
        () -> store.save(BETA));

    assertThat(e).hasMessageNotContaining("perm-s3cret");
    assertThat(store.find("suite-1", "wwacme")).contains(ACME);
    assertThat(store.find("suite-1", "wwbeta")).isEmpty();
  }

  @Test
  void withFailEveryReadDuringAnOutageThrowsRatherThanClaimingTheCorpIsNotInstalled() {
    RedisInstallationStore store = instance(WhenUnavailable.FAIL);
    store.save(ACME);
    redis.stop();

    assertThat(catchThrowableOfType(TokenStoreUnavailableException.class, () -> store.find("suite-1", "wwacme")))
        .isNotNull();
    assertThat(catchThrowableOfType(TokenStoreUnavailableException.class, () -> store.list("suite-1")))
        .isNotNull();
  }

  @Test
  void theStoreNeverShowsAPermanentCode() {
    RedisInstallationStore store = instance(WhenUnavailable.FAIL);
    store.save(ACME);

    assertThat(store.toString()).doesNotContain("perm-s3cret");
    assertThat(store.find("suite-1", "wwacme").orElseThrow().toString()).doesNotContain("perm-s3cret");
  }
}
