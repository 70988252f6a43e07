package io.wecom.client.token;

import java.time.Duration;
import java.util.Objects;

/**
 * How token providers cache and refresh. Immutable; {@link #ofDefaults()} suits most apps, {@link #custom()} and
 * {@link #from(TokenConfig)} change single settings.
 */
public final class TokenConfig {

  private static final TokenConfig DEFAULTS = custom().build();

  private final Duration safetyMargin;
  private final Duration reissueRecheck;
  private final Duration leaseTime;
  private final Duration waitTimeout;

  private TokenConfig(Builder b) {
    this.safetyMargin = b.safetyMargin;
    this.reissueRecheck = b.reissueRecheck;
    this.leaseTime = b.leaseTime;
    this.waitTimeout = b.waitTimeout;
  }

  public static TokenConfig ofDefaults() {
    return DEFAULTS;
  }

  public static Builder custom() {
    return new Builder();
  }

  public static Builder from(TokenConfig base) {
    return new Builder()
        .safetyMargin(base.safetyMargin)
        .reissueRecheck(base.reissueRecheck)
        .leaseTime(base.leaseTime)
        .waitTimeout(base.waitTimeout);
  }

  /** How long before its expiry a token is replaced. Default 5 minutes. */
  public Duration safetyMargin() {
    return safetyMargin;
  }

  /**
   * When a fetch hands back the token already held, WeCom's fresh-looking expires_in is not believed: the old expiry
   * stays, and the token is used for at most this long before asking again. Default 30 seconds.
   */
  public Duration reissueRecheck() {
    return reissueRecheck;
  }

  /** How long a fetch may hold the store's lease before another caller may take over. Default 10 seconds. */
  public Duration leaseTime() {
    return leaseTime;
  }

  /** How long a caller waits for another caller's fetch before giving up. Default 15 seconds. */
  public Duration waitTimeout() {
    return waitTimeout;
  }

  @Override
  public String toString() {
    return "TokenConfig[safetyMargin=" + safetyMargin + ", reissueRecheck=" + reissueRecheck + ", leaseTime="
        + leaseTime + ", waitTimeout=" + waitTimeout + "]";
  }

  /** Builds a {@link TokenConfig}; every setting starts at its default. */
  public static final class Builder {
    private Duration safetyMargin = Duration.ofMinutes(5);
    private Duration reissueRecheck = Duration.ofSeconds(30);
    private Duration leaseTime = Duration.ofSeconds(10);
    private Duration waitTimeout = Duration.ofSeconds(15);

    private Builder() {}

    public Builder safetyMargin(Duration value) {
      this.safetyMargin = nonNegative(value, "safetyMargin");
      return this;
    }

    public Builder reissueRecheck(Duration value) {
      this.reissueRecheck = positive(value, "reissueRecheck");
      return this;
    }

    public Builder leaseTime(Duration value) {
      this.leaseTime = positive(value, "leaseTime");
      return this;
    }

    public Builder waitTimeout(Duration value) {
      this.waitTimeout = positive(value, "waitTimeout");
      return this;
    }

    public TokenConfig build() {
      return new TokenConfig(this);
    }

    private static Duration nonNegative(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + value);
      }
      return value;
    }

    private static Duration positive(Duration value, String name) {
      if (nonNegative(value, name).isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }
}
