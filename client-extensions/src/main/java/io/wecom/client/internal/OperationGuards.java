package io.wecom.client.internal;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.wecom.client.error.CircuitOpenException;
import io.wecom.client.error.RateLimitedException;
import io.wecom.client.error.WeComException;
import io.wecom.client.error.WeComTimeoutException;
import io.wecom.client.error.WeComTransportException;
import io.wecom.client.resilience.ResilienceConfig;
import java.time.Clock;
import java.time.Duration;

/**
 * Runs each call of an operation inside its Resilience4j decorators, {@code CircuitBreaker(Retry(RateLimiter(call)))},
 * taken by name ({@code <client>.<operationId>}) from registries, after checking the {@link PenaltyBox}. The breaker
 * records the outcome of the caller's call, so that an attempt a retry rescued counts as a success; it opens on
 * calls that end in a transport failure or "system busy". The retry loop here is the only one: Feign's retryer is
 * off, the token refresh below it repeats a call at most once, and no attempt starts once the call's
 * {@link CallDeadline} has passed. A token endpoint's attempts count against the call's token fetch budget.
 */
public final class OperationGuards {

  /** A failure that {@link RetryRules} allows to repeat; unwrapped before it reaches the caller. */
  private static final class Repeatable extends RuntimeException {
    Repeatable(WeComException cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }

  /** A call of the generated interface. */
  @FunctionalInterface
  public interface Call {
    Object invoke() throws Throwable;
  }

  /** The operations that mint tokens; their attempts count against {@link CallDeadline#MAX_TOKEN_FETCHES}. */
  private static final java.util.Set<String> TOKEN_ENDPOINTS = java.util.Set.of("getToken", "getSuiteToken",
      "getProviderToken", "getCorpToken");

  private final String clientName;
  private final ResilienceConfig config;
  private final RetryRules rules;
  private final PenaltyBox penalties;
  private final RetryRegistry retries;
  private final CircuitBreakerRegistry breakers;
  private final RateLimiterRegistry limiters;
  private final RetryConfig retryConfig;
  private final CircuitBreakerConfig breakerConfig;
  private final ClientMetrics metrics;

  public OperationGuards(String clientName, ResilienceConfig config, ErrorCodeTable table, Clock clock,
      ClientMetrics metrics) {
    this.metrics = metrics;
    this.clientName = clientName;
    this.config = config;
    this.rules = new RetryRules(table);
    this.penalties = new PenaltyBox(clock, config.penaltyWindow());
    this.retries = config.retryRegistry() != null ? config.retryRegistry() : RetryRegistry.ofDefaults();
    this.breakers = config.circuitBreakerRegistry() != null ? config.circuitBreakerRegistry()
        : CircuitBreakerRegistry.ofDefaults();
    this.limiters = config.rateLimiterRegistry() != null ? config.rateLimiterRegistry() : RateLimiterRegistry.ofDefaults();
    RetryConfig base = config.retryRegistry() != null ? config.retryRegistry().getDefaultConfig()
        : RetryConfig.custom()
            .maxAttempts(config.maxAttempts())
            .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(config.initialBackoff(),
                config.backoffMultiplier(), config.jitter(), config.maxBackoff()))
            .build();
    this.retryConfig = RetryConfig.from(base).retryOnException(Repeatable.class::isInstance)
        .failAfterMaxAttempts(false).build();
    CircuitBreakerConfig breakerBase = config.circuitBreakerRegistry() != null
        ? config.circuitBreakerRegistry().getDefaultConfig() : config.circuitBreaker();
    this.breakerConfig = CircuitBreakerConfig.from(breakerBase)
        .recordException(this::countsAgainstCircuit)
        .ignoreException(e -> !countsAgainstCircuit(e))
        .build();
    metrics.bindResilience(config.retryRegistry() == null ? retries : null,
        config.circuitBreakerRegistry() == null ? breakers : null,
        config.rateLimiterRegistry() == null ? limiters : null);
  }

  /** Runs one caller-visible call of {@code op}, timed as a whole, retries included. */
  public Object call(OperationInfo op, Object[] args, Call call) throws Throwable {
    ClientMetrics.CallTiming timing = metrics.startCall(op);
    try {
      Object result = guarded(op, args, call);
      timing.stop(null);
      return result;
    } catch (Throwable e) {
      timing.stop(e);
      throw e;
    }
  }

  private Object guarded(OperationInfo op, Object[] args, Call call) throws Throwable {
    String name = clientName + "." + op.id();
    penalties.check(op.id());
    boolean[] attempted = {false};
    CheckedSupplier<Object> guarded = () -> {
      CallDeadline deadline = CallDeadline.current();
      if (deadline != null && deadline.expired()) {
        throw new WeComTimeoutException(details(op), op.id() + " failed: the call's deadline of " + deadline.timeout()
            + " passed" + (attempted[0] ? " after an earlier attempt; the request may have reached WeCom"
            : "; nothing was sent"), attempted[0]);
      }
      if (TOKEN_ENDPOINTS.contains(op.id()) && deadline != null && !deadline.tryTokenFetch()) {
        throw new WeComTransportException(details(op), op.id() + " not sent: the call has made "
            + CallDeadline.MAX_TOKEN_FETCHES + " token fetch attempts already", "", false, null);
      }
      attempted[0] = true;
      try {
        return call.invoke();
      } catch (RateLimitedException e) {
        if (!rules.isTransient(e)) {
          penalties.penalize(op.id(), e);
        }
        throw rules.mayRepeat(op, args, e) ? new Repeatable(e) : e;
      } catch (WeComException e) {
        throw rules.mayRepeat(op, args, e) ? new Repeatable(e) : e;
      }
    };
    if (config.quotaPerMinute() > 0) {
      guarded = RateLimiter.decorateCheckedSupplier(limiters.rateLimiter(name, RateLimiterConfig.custom()
          .limitForPeriod(config.quotaPerMinute()).limitRefreshPeriod(Duration.ofMinutes(1))
          .timeoutDuration(Duration.ZERO).build()), guarded);
    }
    if (config.maxAttempts() > 1 || config.retryRegistry() != null) {
      guarded = Retry.decorateCheckedSupplier(retries.retry(name, retryConfig), guarded);
    }
    if (config.circuitBreakerEnabled()) {
      guarded = CircuitBreaker.decorateCheckedSupplier(breakers.circuitBreaker(name, breakerConfig), guarded);
    }
    try {
      return guarded.get();
    } catch (Repeatable e) {
      throw e.getCause();
    } catch (CallNotPermittedException e) {
      throw new CircuitOpenException(details(op), op.id() + " not sent: circuit breaker " + name
          + " is open after repeated transport failures or 'system busy' answers");
    } catch (RequestNotPermitted e) {
      throw new RateLimitedException(details(op), op.id() + " not sent: the client-side quota of "
          + config.quotaPerMinute() + " calls per minute (" + name + ") is used up", null, false);
    }
  }

  private boolean countsAgainstCircuit(Throwable e) {
    Throwable failure = e instanceof Repeatable ? e.getCause() : e;
    return failure instanceof WeComException wecom && rules.isTransient(wecom);
  }

  private static WeComException.Details details(OperationInfo op) {
    return new WeComException.Details(null, null, null, null, op.id(), 0);
  }
}
