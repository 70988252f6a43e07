package io.wecom.client.token.redis;

import io.lettuce.core.RedisURI;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.wecom.client.token.InMemorySuiteTicketStore;
import io.wecom.client.token.SuiteTicketStore;
import io.wecom.client.token.redis.internal.OutageGuard;
import io.wecom.client.token.redis.internal.RedisLink;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@link SuiteTicketStore} on Redis: the instance that receives WeCom's suite_ticket push stores it, and every
 * instance's suite token provider reads it, so that any of them can fetch the suite_access_token. The ticket lives
 * under {@code <keyPrefix>wecom:suite_ticket:<suiteId>} for {@link #TICKET_LIFETIME}, as long as WeCom accepts it.
 * With {@link RedisTokenStoreConfig.WhenUnavailable#LOCAL_FALLBACK} the last ticket this instance stored is read
 * while Redis is unreachable.
 */
public final class RedisSuiteTicketStore implements SuiteTicketStore, AutoCloseable {

  /** How long a suite_ticket stays valid at WeCom, and so in Redis. */
  public static final Duration TICKET_LIFETIME = Duration.ofMinutes(30);

  private final RedisLink redis;
  private final String suiteId;
  private final String key;
  private final OutageGuard guard;
  private final InMemorySuiteTicketStore local = new InMemorySuiteTicketStore();

  private RedisSuiteTicketStore(RedisLink redis, String suiteId, RedisTokenStoreConfig config) {
    if (suiteId == null || suiteId.isBlank()) {
      throw new IllegalArgumentException("suiteId must not be blank");
    }
    this.redis = redis;
    this.suiteId = suiteId.strip();
    this.key = config.keyPrefix() + "wecom:suite_ticket:" + this.suiteId;
    this.guard = new OutageGuard(config.whenUnavailable(), "Redis suite ticket store (suite " + this.suiteId + ")");
  }

  /** A store for {@code suiteId}'s tickets with its own connection to {@code uri}, closed by {@link #close()}. */
  public static RedisSuiteTicketStore create(RedisURI uri, String suiteId, RedisTokenStoreConfig config) {
    Objects.requireNonNull(uri, "uri");
    return new RedisSuiteTicketStore(RedisLink.open(uri, config), suiteId, config);
  }

  /** A store for {@code suiteId}'s tickets on the caller's connection, which {@link #close()} leaves open. */
  public static RedisSuiteTicketStore using(StatefulRedisConnection<String, String> connection, String suiteId,
      RedisTokenStoreConfig config) {
    Objects.requireNonNull(connection, "connection");
    return new RedisSuiteTicketStore(RedisLink.over(connection, config), suiteId, config);
  }

  @Override
  public void store(String ticket) {
    local.store(ticket);
    guard.run(() -> redis.call("storeTicket", key, c -> c.set(key, ticket, SetArgs.Builder.px(TICKET_LIFETIME))),
        () -> {});
  }

  /** The latest ticket any instance stored in the last {@link #TICKET_LIFETIME}, or {@code null}. */
  @Override
  public String currentTicket() {
    return guard.call(() -> redis.call("currentTicket", key, c -> c.get(key)), local::currentTicket);
  }

  /** Closes the connection this store opened; a connection given to {@link #using} stays open. */
  @Override
  public void close() {
    redis.close();
  }

  @Override
  public String toString() {
    return "RedisSuiteTicketStore[suiteId=" + suiteId + ", key=" + key + "]";
  }
}
