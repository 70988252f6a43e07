package io.wecom.client.token.redis;

import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.wecom.client.error.TokenStoreUnavailableException;
import io.wecom.client.token.CachedToken;
import io.wecom.client.token.InMemoryTokenStore;
import io.wecom.client.token.TokenStore;
import io.wecom.client.token.redis.internal.OutageGuard;
import io.wecom.client.token.redis.internal.RedisLink;
import io.wecom.client.token.redis.internal.TokenHash;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TokenStore} on Redis, so that every instance of a fleet uses one token per app and only one of them
 * fetches it when it runs out. A token is a hash ({@code value}, {@code expiresAt}, {@code refreshAfter}) that Redis
 * drops at its time to live; compare-and-delete and the lease release are Lua scripts; the lease is
 * {@code SET NX PX} with a random owner. No call waits longer than the config's timeouts. Give each client of the
 * fleet a store built from the same Redis and config.
 */
public final class RedisTokenStore implements TokenStore, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RedisTokenStore.class);

  private static final String PUT = "redis.call('DEL', KEYS[1]) "
      + "redis.call('HSET', KEYS[1], 'value', ARGV[1], 'expiresAt', ARGV[2], 'refreshAfter', ARGV[3]) "
      + "return redis.call('PEXPIRE', KEYS[1], ARGV[4])";
  private static final String REMOVE_IF_VALUE = "if redis.call('HGET', KEYS[1], 'value') == ARGV[1] "
      + "then return redis.call('DEL', KEYS[1]) else return 0 end";
  private static final String RELEASE_IF_OWNER = "if redis.call('GET', KEYS[1]) == ARGV[1] "
      + "then return redis.call('DEL', KEYS[1]) else return 0 end";

  private final RedisLink redis;
  private final RedisTokenStoreConfig config;
  private final OutageGuard guard;
  private final InMemoryTokenStore local = new InMemoryTokenStore();

  private RedisTokenStore(RedisLink redis, RedisTokenStoreConfig config) {
    this.redis = redis;
    this.config = config;
    this.guard = new OutageGuard(config.whenUnavailable(), "Redis token store (keyPrefix " + config.keyPrefix() + ")");
  }

  /** A store with its own connection to {@code uri}, opened on first use and closed by {@link #close()}. */
  public static RedisTokenStore create(RedisURI uri, RedisTokenStoreConfig config) {
    Objects.requireNonNull(uri, "uri");
    return new RedisTokenStore(RedisLink.open(uri, config), config);
  }

  /** A store on the caller's connection, which {@link #close()} leaves open. */
  public static RedisTokenStore using(StatefulRedisConnection<String, String> connection,
      RedisTokenStoreConfig config) {
    Objects.requireNonNull(connection, "connection");
    return new RedisTokenStore(RedisLink.over(connection, config), config);
  }

  @Override
  public Optional<CachedToken> get(String key) {
    String k = redisKey(key);
    return guard.call(() -> parse(k, redis.call("get", k, c -> c.hgetall(k))), () -> local.get(key));
  }

  @Override
  public void put(String key, CachedToken token, Duration ttl) {
    Objects.requireNonNull(token, "token");
    if (ttl == null || ttl.isZero() || ttl.isNegative()) {
      throw new IllegalArgumentException("ttl must be positive, was " + ttl);
    }
    String k = redisKey(key);
    String[] fields = TokenHash.fields(token);
    String ttlMillis = Long.toString(Math.max(1, ttl.toMillis()));
    guard.run(() -> redis.call("put", k, c -> c.<Long>eval(PUT, ScriptOutputType.INTEGER, new String[] {k},
        fields[0], fields[1], fields[2], ttlMillis)), () -> local.put(key, token, ttl));
  }

  @Override
  public boolean removeIf(String key, String value) {
    Objects.requireNonNull(value, "value");
    String k = redisKey(key);
    return guard.call(() -> redis.call("removeIf", k,
        c -> c.<Long>eval(REMOVE_IF_VALUE, ScriptOutputType.INTEGER, new String[] {k}, value)) == 1L,
        () -> local.removeIf(key, value));
  }

  @Override
  public Optional<Lease> tryLease(String key, Duration leaseTime) {
    if (leaseTime == null || leaseTime.toMillis() < 1) {
      throw new IllegalArgumentException("leaseTime must be at least 1 ms, was " + leaseTime);
    }
    String k = redisKey(key) + ":lease";
    return guard.call(() -> redisLease(k, leaseTime), () -> local.tryLease(key, leaseTime));
  }

  private Optional<Lease> redisLease(String leaseKey, Duration leaseTime) {
    String owner = UUID.randomUUID().toString();
    String answer = redis.call("tryLease", leaseKey, c -> c.set(leaseKey, owner, SetArgs.Builder.nx().px(leaseTime)));
    return "OK".equals(answer) ? Optional.of(() -> release(leaseKey, owner)) : Optional.empty();
  }

  private void release(String leaseKey, String owner) {
    try {
      redis.call("releaseLease", leaseKey,
          c -> c.<Long>eval(RELEASE_IF_OWNER, ScriptOutputType.INTEGER, new String[] {leaseKey}, owner));
    } catch (TokenStoreUnavailableException e) {
      LOG.debug("the lease {} could not be released and ends at its lease time: {}", leaseKey, e.getMessage());
    }
  }

  private static Optional<CachedToken> parse(String redisKey, Map<String, String> hash) {
    try {
      return TokenHash.parse(hash);
    } catch (IllegalArgumentException e) {
      LOG.warn("ignoring the unreadable token under {}; a new token will replace it: {}", redisKey, e.getMessage());
      return Optional.empty();
    }
  }

  private String redisKey(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("key must not be blank");
    }
    return config.keyPrefix() + key;
  }

  /** Closes the connection this store opened; a connection given to {@link #using} stays open. */
  @Override
  public void close() {
    redis.close();
  }

  @Override
  public String toString() {
    return "RedisTokenStore[keyPrefix=" + config.keyPrefix() + ", whenUnavailable=" + config.whenUnavailable() + "]";
  }
}
