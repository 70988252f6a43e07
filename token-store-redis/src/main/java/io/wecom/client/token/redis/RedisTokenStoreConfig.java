package io.wecom.client.token.redis;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link RedisTokenStore} and {@link RedisSuiteTicketStore} use Redis: the prefix of their keys, how long one
 * Redis call may take, and what happens while Redis is unreachable. Immutable; {@link #ofDefaults()} suits most
 * fleets, {@link #custom()} and {@link #from(RedisTokenStoreConfig)} change single settings.
 */
public final class RedisTokenStoreConfig {

  /** What the stores do when Redis cannot be reached or does not answer within the command timeout. */
  public enum WhenUnavailable {
    /** Throw {@link io.wecom.client.error.TokenStoreUnavailableException}; no call reaches WeCom without Redis. */
    FAIL,
    /**
     * Keep tokens in this process's memory until Redis answers again, logged once per outage at WARN. Each instance
     * then fetches its own token, which WeCom allows.
     */
    LOCAL_FALLBACK
  }

  /** The longest key prefix accepted. */
  public static final int MAX_KEY_PREFIX_LENGTH = 200;

  private static final RedisTokenStoreConfig DEFAULTS = custom().build();

  private final String keyPrefix;
  private final Duration commandTimeout;
  private final Duration connectTimeout;
  private final WhenUnavailable whenUnavailable;

  private RedisTokenStoreConfig(Builder b) {
    this.keyPrefix = b.keyPrefix;
    this.commandTimeout = b.commandTimeout;
    this.connectTimeout = b.connectTimeout;
    this.whenUnavailable = b.whenUnavailable;
  }

  public static RedisTokenStoreConfig ofDefaults() {
    return DEFAULTS;
  }

  public static Builder custom() {
    return new Builder();
  }

  public static Builder from(RedisTokenStoreConfig base) {
    return new Builder().keyPrefix(base.keyPrefix).commandTimeout(base.commandTimeout)
        .connectTimeout(base.connectTimeout).whenUnavailable(base.whenUnavailable);
  }

  /**
   * Put before every key, so that several environments or apps share one Redis without meeting. Default
   * {@code wecom-java:}.
   */
  public String keyPrefix() {
    return keyPrefix;
  }

  /** The longest one Redis command may take before Redis counts as unavailable. Default 1 second. */
  public Duration commandTimeout() {
    return commandTimeout;
  }

  /**
   * The longest a call waits for the store's first connection to open; later outages are bridged by reconnecting
   * in the background, and commands fail at once while disconnected. Default 5 seconds, as the first connection of a
   * JVM also loads the Redis client's classes.
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** What happens while Redis is unreachable. Default {@link WhenUnavailable#FAIL}. */
  public WhenUnavailable whenUnavailable() {
    return whenUnavailable;
  }

  @Override
  public String toString() {
    return "RedisTokenStoreConfig[keyPrefix=" + keyPrefix + ", commandTimeout=" + commandTimeout
        + ", connectTimeout=" + connectTimeout + ", whenUnavailable=" + whenUnavailable + "]";
  }

  /** Builds a {@link RedisTokenStoreConfig}; every setting starts at its default. */
  public static final class Builder {
    private String keyPrefix = "wecom-java:";
    private Duration commandTimeout = Duration.ofSeconds(1);
    private Duration connectTimeout = Duration.ofSeconds(5);
    private WhenUnavailable whenUnavailable = WhenUnavailable.FAIL;

    private Builder() {}

    public Builder keyPrefix(String value) {
      Objects.requireNonNull(value, "keyPrefix");
      if (value.length() > MAX_KEY_PREFIX_LENGTH) {
        throw new IllegalArgumentException("keyPrefix must be at most " + MAX_KEY_PREFIX_LENGTH
            + " characters, was " + value.length());
      }
      if (value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
        throw new IllegalArgumentException("keyPrefix must not contain whitespace or control characters, was \""
            + value + "\"");
      }
      this.keyPrefix = value;
      return this;
    }

    public Builder commandTimeout(Duration value) {
      this.commandTimeout = positive(value, "commandTimeout");
      return this;
    }

    public Builder connectTimeout(Duration value) {
      this.connectTimeout = positive(value, "connectTimeout");
      return this;
    }

    public Builder whenUnavailable(WhenUnavailable value) {
      this.whenUnavailable = Objects.requireNonNull(value, "whenUnavailable");
      return this;
    }

    public RedisTokenStoreConfig build() {
      return new RedisTokenStoreConfig(this);
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.toMillis() < 1) {
        throw new IllegalArgumentException(name + " must be at least 1 ms, was " + value);
      }
      return value;
    }
  }
}
