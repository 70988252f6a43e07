package io.wecom.client.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.wecom.client.internal.Checks;
import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries, limits and breaks circuits, with Resilience4j. Immutable; {@link #ofDefaults()} retries
 * safe calls up to 3 attempts with exponential backoff and jitter, opens a circuit per operation when half of its
 * recent calls failed in transport or got "system busy", and keeps no client-side quota. {@link #disabled()} turns all
 * of it off. The decorators compose as {@code Retry(CircuitBreaker(RateLimiter(call)))}.
 */
public final class ResilienceConfig {

  private static final ResilienceConfig DEFAULTS = custom().build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final double backoffMultiplier;
  private final double jitter;
  private final Duration maxBackoff;
  private final CircuitBreakerConfig circuitBreaker;
  private final boolean circuitBreakerEnabled;
  private final int quotaPerMinute;
  private final Duration penaltyWindow;
  private final RetryRegistry retryRegistry;
  private final CircuitBreakerRegistry circuitBreakerRegistry;
  private final RateLimiterRegistry rateLimiterRegistry;

  private ResilienceConfig(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.backoffMultiplier = b.backoffMultiplier;
    this.jitter = b.jitter;
    this.maxBackoff = b.maxBackoff;
    this.circuitBreaker = b.circuitBreaker;
    this.circuitBreakerEnabled = b.circuitBreakerEnabled;
    this.quotaPerMinute = b.quotaPerMinute;
    this.penaltyWindow = b.penaltyWindow;
    this.retryRegistry = b.retryRegistry;
    this.circuitBreakerRegistry = b.circuitBreakerRegistry;
    this.rateLimiterRegistry = b.rateLimiterRegistry;
  }

  public static ResilienceConfig ofDefaults() {
    return DEFAULTS;
  }

  /** No retry, no circuit breaker, no quota, no penalty window: every call goes out once. */
  public static ResilienceConfig disabled() {
    return custom().maxAttempts(1).circuitBreakerEnabled(false).penaltyWindow(Duration.ZERO).build();
  }

  public static Builder custom() {
    return new Builder();
  }

  public static Builder from(ResilienceConfig base) {
    Builder b = new Builder();
    b.maxAttempts = base.maxAttempts;
    b.initialBackoff = base.initialBackoff;
    b.backoffMultiplier = base.backoffMultiplier;
    b.jitter = base.jitter;
    b.maxBackoff = base.maxBackoff;
    b.circuitBreaker = base.circuitBreaker;
    b.circuitBreakerEnabled = base.circuitBreakerEnabled;
    b.quotaPerMinute = base.quotaPerMinute;
    b.penaltyWindow = base.penaltyWindow;
    b.retryRegistry = base.retryRegistry;
    b.circuitBreakerRegistry = base.circuitBreakerRegistry;
    b.rateLimiterRegistry = base.rateLimiterRegistry;
    return b;
  }

  /** Attempts per call, the first included; default 3. Only calls safe to repeat get more than one. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** Wait before the second attempt; default 200 ms. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** Growth of the wait per attempt; default 2. */
  public double backoffMultiplier() {
    return backoffMultiplier;
  }

  /** Random spread of each wait, as a fraction of it; default 0.5. */
  public double jitter() {
    return jitter;
  }

  /** Longest single wait; default 2 s. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** The circuit breaker's settings; which failures it counts is the client's decision, not this config's. */
  public CircuitBreakerConfig circuitBreaker() {
    return circuitBreaker;
  }

  public boolean circuitBreakerEnabled() {
    return circuitBreakerEnabled;
  }

  /** Client-side calls per minute allowed per operation; 0 (the default) means no client-side quota. */
  public int quotaPerMinute() {
    return quotaPerMinute;
  }

  /**
   * After WeCom answers "rate limited" (45009 and kin), further calls of that operation fail at once for this long
   * (or for the code's documented penalty) instead of reaching WeCom; default 60 s, zero turns it off.
   */
  public Duration penaltyWindow() {
    return penaltyWindow;
  }

  /** Registries to take named instances from; {@code null} means the client makes its own. */
  public RetryRegistry retryRegistry() {
    return retryRegistry;
  }

  public CircuitBreakerRegistry circuitBreakerRegistry() {
    return circuitBreakerRegistry;
  }

  public RateLimiterRegistry rateLimiterRegistry() {
    return rateLimiterRegistry;
  }

  @Override
  public String toString() {
    return "ResilienceConfig[maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", multiplier="
        + backoffMultiplier + ", jitter=" + jitter + ", maxBackoff=" + maxBackoff + ", circuitBreaker="
        + circuitBreakerEnabled + ", quotaPerMinute=" + quotaPerMinute + ", penaltyWindow=" + penaltyWindow + "]";
  }

  /** Builds a {@link ResilienceConfig}; every setting starts at its default. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(200);
    private double backoffMultiplier = 2.0;
    private double jitter = 0.5;
    private Duration maxBackoff = Duration.ofSeconds(2);
    private CircuitBreakerConfig circuitBreaker = CircuitBreakerConfig.custom()
        .slidingWindowSize(20)
        .minimumNumberOfCalls(10)
        .failureRateThreshold(50)
        .waitDurationInOpenState(Duration.ofSeconds(10))
        .permittedNumberOfCallsInHalfOpenState(2)
        .build();
    private boolean circuitBreakerEnabled = true;
    private int quotaPerMinute;
    private Duration penaltyWindow = Duration.ofSeconds(60);
    private RetryRegistry retryRegistry;
    private CircuitBreakerRegistry circuitBreakerRegistry;
    private RateLimiterRegistry rateLimiterRegistry;

    private Builder() {}

    public Builder maxAttempts(int attempts) {
      if (attempts < 1 || attempts > 10) {
        throw new IllegalArgumentException("maxAttempts must be 1..10, was " + attempts);
      }
      this.maxAttempts = attempts;
      return this;
    }

    public Builder initialBackoff(Duration wait) {
      this.initialBackoff = Checks.positive(wait, "initialBackoff");
      return this;
    }

    public Builder backoffMultiplier(double multiplier) {
      if (multiplier < 1.0) {
        throw new IllegalArgumentException("backoffMultiplier must be at least 1, was " + multiplier);
      }
      this.backoffMultiplier = multiplier;
      return this;
    }

    public Builder jitter(double fraction) {
      if (fraction < 0 || fraction >= 1) {
        throw new IllegalArgumentException("jitter must be in [0, 1), was " + fraction);
      }
      this.jitter = fraction;
      return this;
    }

    public Builder maxBackoff(Duration wait) {
      this.maxBackoff = Checks.positive(wait, "maxBackoff");
      return this;
    }

    public Builder circuitBreaker(CircuitBreakerConfig config) {
      this.circuitBreaker = Objects.requireNonNull(config, "circuitBreaker");
      return this;
    }

    public Builder circuitBreakerEnabled(boolean enabled) {
      this.circuitBreakerEnabled = enabled;
      return this;
    }

    public Builder quotaPerMinute(int calls) {
      if (calls < 0) {
        throw new IllegalArgumentException("quotaPerMinute must not be negative, was " + calls);
      }
      this.quotaPerMinute = calls;
      return this;
    }

    public Builder penaltyWindow(Duration window) {
      Objects.requireNonNull(window, "penaltyWindow");
      if (window.isNegative()) {
        throw new IllegalArgumentException("penaltyWindow must not be negative, was " + window);
      }
      this.penaltyWindow = window;
      return this;
    }

    public Builder retryRegistry(RetryRegistry registry) {
      this.retryRegistry = Objects.requireNonNull(registry, "retryRegistry");
      return this;
    }

    public Builder circuitBreakerRegistry(CircuitBreakerRegistry registry) {
      this.circuitBreakerRegistry = Objects.requireNonNull(registry, "circuitBreakerRegistry");
      return this;
    }

    public Builder rateLimiterRegistry(RateLimiterRegistry registry) {
      this.rateLimiterRegistry = Objects.requireNonNull(registry, "rateLimiterRegistry");
      return this;
    }

    public ResilienceConfig build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException("maxBackoff " + maxBackoff + " is shorter than initialBackoff " + initialBackoff);
      }
      return new ResilienceConfig(this);
    }

  }
}
