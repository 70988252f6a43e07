package io.wecom.client.token.redis.internal;

import io.wecom.client.error.TokenStoreUnavailableException;
import io.wecom.client.token.redis.RedisTokenStoreConfig.WhenUnavailable;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@link WhenUnavailable} to each store operation. With {@code FAIL} a Redis failure surfaces. With
 * {@code LOCAL_FALLBACK} the operation runs on this process's memory instead, and so do the following ones, without
 * waiting on Redis, until one call a {@link #RECHECK} finds Redis answering again. The start of an outage is logged
 * once at WARN and its end at INFO, naming the store and the failure, never a token.
 */
public final class OutageGuard {

  /** How often a store in fallback tries Redis again. */
  public static final Duration RECHECK = Duration.ofSeconds(1);

  private static final Logger LOG = LoggerFactory.getLogger("io.wecom.client.token.redis");

  private final WhenUnavailable policy;
  private final String storeName;
  private final AtomicBoolean down = new AtomicBoolean();
  private final AtomicLong nextCheck = new AtomicLong();

  public OutageGuard(WhenUnavailable policy, String storeName) {
    this.policy = policy;
    this.storeName = storeName;
  }

  /** The result of {@code redis}, or, when Redis is unavailable and the policy allows it, of {@code local}. */
  public <T> T call(Supplier<T> redis, Supplier<T> local) {
    if (policy == WhenUnavailable.FAIL) {
      return redis.get();
    }
    if (down.get() && !recheckDue()) {
      return local.get();
    }
    T result;
    try {
      result = redis.get();
    } catch (TokenStoreUnavailableException e) {
      nextCheck.set(System.nanoTime() + RECHECK.toNanos());
      if (down.compareAndSet(false, true)) {
        LOG.warn("{} is unavailable, keeping tokens in this process's memory until Redis answers again: {}",
            storeName, e.getMessage());
      }
      return local.get();
    }
    if (down.compareAndSet(true, false)) {
      LOG.info("{} answers again; tokens are shared through Redis again", storeName);
    }
    return result;
  }

  /** Runs {@code redis}, or {@code local} when Redis is unavailable and the policy allows it. */
  public void run(Runnable redis, Runnable local) {
    call(() -> {
      redis.run();
      return null;
    }, () -> {
      local.run();
      return null;
    });
  }

  /** Whether this caller is the one to try Redis again now. */
  private boolean recheckDue() {
    long due = nextCheck.get();
    long now = System.nanoTime();
    return now - due >= 0 && nextCheck.compareAndSet(due, now + RECHECK.toNanos());
  }
}
