package io.wecom.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link WeComSandbox} runs. Immutable; {@link #ofDefaults()} listens on a free loopback port, issues tokens
 * that last 7200 s and accepts any credentials; {@link #custom()} changes single settings.
 */
public final class SandboxConfig {

  private final String host;
  private final int port;
  private final Duration tokenTtl;
  private final Clock clock;
  private final Map<String, String> secrets;
  private final String msgAuditSecret;
  private final int recordLimit;

  private SandboxConfig(Builder b) {
    this.host = b.host;
    this.port = b.port;
    this.tokenTtl = b.tokenTtl;
    this.clock = b.clock;
    this.secrets = Map.copyOf(b.secrets);
    this.msgAuditSecret = b.msgAuditSecret;
    this.recordLimit = b.recordLimit;
  }

  public static SandboxConfig ofDefaults() {
    return custom().build();
  }

  public static Builder custom() {
    return new Builder();
  }

  /** Address to listen on; default {@code 127.0.0.1}. */
  public String host() {
    return host;
  }

  /** Port to listen on; 0 (the default) picks a free one. */
  public int port() {
    return port;
  }

  /** How long issued tokens last; default 7200 s, as WeCom's. */
  public Duration tokenTtl() {
    return tokenTtl;
  }

  /** The clock token expiry is measured with. */
  public Clock clock() {
    return clock;
  }

  /** The secret registered for a corp id; when no corp is registered, gettoken accepts any credentials. */
  public Optional<String> secretOf(String corpId) {
    return Optional.ofNullable(secrets.get(corpId));
  }

  public boolean acceptsAnyCredentials() {
    return secrets.isEmpty();
  }

  /** The message-archive secret; when set, archive operations accept only tokens minted with it. */
  public Optional<String> msgAuditSecret() {
    return Optional.ofNullable(msgAuditSecret);
  }

  /** How many requests are kept for {@link WeComSandbox#requests()}; older ones are dropped. Default 10,000. */
  public int recordLimit() {
    return recordLimit;
  }

  @Override
  public String toString() {
    return "SandboxConfig[host=" + host + ", port=" + port + ", tokenTtl=" + tokenTtl + ", corps=" + secrets.keySet()
        + "]";
  }

  /** Builds a {@link SandboxConfig}; every setting starts at its default. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private Duration tokenTtl = Duration.ofSeconds(7200);
    private Clock clock = Clock.systemUTC();
    private final Map<String, String> secrets = new HashMap<>();
    private String msgAuditSecret;
    private int recordLimit = 10_000;

    private Builder() {}

    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    public Builder tokenTtl(Duration ttl) {
      if (ttl == null || ttl.isZero() || ttl.isNegative()) {
        throw new IllegalArgumentException("tokenTtl must be positive, was " + ttl);
      }
      this.tokenTtl = ttl;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Registers a corp and its app secret: gettoken then answers 40013 and 40001 for anything else. */
    public Builder corp(String corpId, String secret) {
      secrets.put(Objects.requireNonNull(corpId, "corpId"), Objects.requireNonNull(secret, "secret"));
      return this;
    }

    public Builder msgAuditSecret(String secret) {
      this.msgAuditSecret = Objects.requireNonNull(secret, "msgAuditSecret");
      return this;
    }

    public Builder recordLimit(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("recordLimit must not be negative, was " + limit);
      }
      this.recordLimit = limit;
      return this;
    }

    public SandboxConfig build() {
      return new SandboxConfig(this);
    }
  }
}
