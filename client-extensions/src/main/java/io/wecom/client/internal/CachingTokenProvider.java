package io.wecom.client.internal;

import io.wecom.client.error.WeComException;
import io.wecom.client.error.WeComTransportException;
import io.wecom.client.token.CachedToken;
import io.wecom.client.token.TokenConfig;
import io.wecom.client.token.TokenKind;
import io.wecom.client.token.TokenProvider;
import io.wecom.client.token.TokenStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link TokenProvider} implementation: caches in a {@link TokenStore} and refreshes in a single flight.
 * Threads of this JVM share one in-flight fetch; processes sharing a store take the store's lease, so that one
 * fetches while the others wait and read its result. What differs between token kinds is only the {@link Fetcher}.
 */
public final class CachingTokenProvider implements TokenProvider {

  private static final Logger LOG = LoggerFactory.getLogger(CachingTokenProvider.class);
  private static final long POLL_MILLIS = 25;

  /** Calls a token endpoint. */
  @FunctionalInterface
  public interface Fetcher {
    Fetched fetch();
  }

  /** A token as a token endpoint returned it. */
  public record Fetched(String value, Duration expiresIn) {
    @Override
    public String toString() {
      return "Fetched[value=***, expiresIn=" + expiresIn + "]";
    }
  }

  private final TokenKind kind;
  private final String key;
  private final String label;
  private final Fetcher fetcher;
  private final TokenStore store;
  private final Clock clock;
  private final TokenConfig config;
  private final ClientMetrics metrics;
  private final AtomicReference<CompletableFuture<String>> inFlight = new AtomicReference<>();
  private volatile CachedToken lastFetched;

  /**
   * @param key the store key; names the corp, app and token kind, never a secret
   * @param label what this token is, for log lines and errors (e.g. "access_token of corp ww1 app 1000002")
   */
  public CachingTokenProvider(TokenKind kind, String key, String label, Fetcher fetcher, TokenStore store,
      Clock clock, TokenConfig config, ClientMetrics metrics) {
    this.metrics = metrics;
    this.kind = kind;
    this.key = key;
    this.label = label;
    this.fetcher = fetcher;
    this.store = store;
    this.clock = clock;
    this.config = config;
  }

  @Override
  public TokenKind kind() {
    return kind;
  }

  @Override
  public String token() {
    return fresh().orElseGet(this::refreshOnce);
  }

  @Override
  public void invalidate(String staleToken) {
    if (staleToken != null && store.removeIf(key, staleToken)) {
      metrics.tokenInvalidated(kind);
      LOG.debug("dropped the rejected {}", label);
    }
  }

  private Optional<String> fresh() {
    return store.get(key).filter(t -> t.isFresh(clock.instant())).map(CachedToken::value);
  }

  private String refreshOnce() {
    CompletableFuture<String> mine = new CompletableFuture<>();
    CompletableFuture<String> running = inFlight.compareAndExchange(null, mine);
    if (running != null) {
      return await(running);
    }
    try {
      String token = fetchUnderLease();
      mine.complete(token);
      return token;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.compareAndSet(mine, null);
    }
  }

  private String fetchUnderLease() {
    long deadline = System.nanoTime() + config.waitTimeout().toNanos();
    while (true) {
      Optional<String> cached = fresh();
      if (cached.isPresent()) {
        return cached.get();
      }
      Optional<TokenStore.Lease> lease = store.tryLease(key, config.leaseTime());
      if (lease.isPresent()) {
        try (TokenStore.Lease held = lease.get()) {
          return fresh().orElseGet(this::fetchAndStore);
        }
      }
      if (System.nanoTime() > deadline) {
        throw timedOut();
      }
      sleepBriefly();
    }
  }

  private String fetchAndStore() {
    Instant now = clock.instant();
    Fetched fetched;
    try {
      fetched = fetcher.fetch();
    } catch (RuntimeException | Error e) {
      metrics.tokenFetched(kind, e);
      throw e;
    }
    metrics.tokenFetched(kind, null);
    CachedToken previous = lastFetched;
    CachedToken token;
    if (previous != null && previous.value().equals(fetched.value())) {
      // WeCom handed back the token it issued before, with an expires_in that looks new: keep the first expiry.
      Instant recheck = now.plus(config.reissueRecheck());
      Instant expiresAt = previous.expiresAt().isAfter(now) ? previous.expiresAt() : recheck;
      token = new CachedToken(fetched.value(), expiresAt, min(recheck, expiresAt));
    } else {
      Instant expiresAt = now.plus(fetched.expiresIn());
      Duration margin = config.safetyMargin().compareTo(fetched.expiresIn()) < 0
          ? config.safetyMargin()
          : fetched.expiresIn().dividedBy(2);
      token = new CachedToken(fetched.value(), expiresAt, expiresAt.minus(margin));
    }
    lastFetched = token;
    store.put(key, token, Duration.between(now, token.refreshAfter()).plusMillis(1));
    LOG.debug("fetched a new {}, expires at {}", label, token.expiresAt());
    return token.value();
  }

  private String await(CompletableFuture<String> running) {
    try {
      return running.get(config.waitTimeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("fetching the " + label + " failed", e.getCause());
    } catch (TimeoutException e) {
      throw timedOut();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the " + label, e);
    }
  }

  private WeComException timedOut() {
    return new WeComTransportException(
        new WeComException.Details(null, null, null, null, "token:" + kind.queryName(), 0),
        "gave up waiting " + config.waitTimeout() + " for another caller to fetch the " + label, "", false, null);
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a token", e);
    }
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  @Override
  public String toString() {
    return "CachingTokenProvider[" + label + "]";
  }
}
