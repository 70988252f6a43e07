package io.wecom.client.internal;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.wecom.client.token.TokenKind;

/**
 * Where the client reports what it measures: calls, errcodes, token fetches and invalidations. {@link #NONE} (no
 * meter registry given) does nothing and allocates nothing; {@link MicrometerMetrics} records to Micrometer. This
 * interface names no Micrometer type, so the client runs without Micrometer on the class path.
 */
public interface ClientMetrics {

  /** Reports nothing. */
  ClientMetrics NONE = new ClientMetrics() {
    @Override
    public CallTiming startCall(OperationInfo op) {
      return CallTiming.NONE;
    }

    @Override
    public void errcode(OperationInfo op, int errcode) {}

    @Override
    public void tokenFetched(TokenKind kind, Throwable failure) {}

    @Override
    public void tokenInvalidated(TokenKind kind) {}

    @Override
    public void bindResilience(RetryRegistry retries, CircuitBreakerRegistry breakers, RateLimiterRegistry limiters) {}
  };

  /** One caller-visible call being timed, retries included. */
  @FunctionalInterface
  interface CallTiming {
    CallTiming NONE = failure -> {};

    /** Ends the call; {@code failure} is {@code null} on success. */
    void stop(Throwable failure);
  }

  /** Starts timing a call of {@code op}, outside its retries. */
  CallTiming startCall(OperationInfo op);

  /** WeCom answered {@code op} with this non-zero errcode (once per answer, so retried calls count each answer). */
  void errcode(OperationInfo op, int errcode);

  /** A token endpoint was called for a token of {@code kind}; {@code failure} is {@code null} on success. */
  void tokenFetched(TokenKind kind, Throwable failure);

  /** A token of {@code kind} that WeCom rejected was dropped from the cache, so the next call fetches a new one. */
  void tokenInvalidated(TokenKind kind);

  /** Reports the state of these Resilience4j registries; a {@code null} registry was given by the user, who binds it. */
  void bindResilience(RetryRegistry retries, CircuitBreakerRegistry breakers, RateLimiterRegistry limiters);
}
