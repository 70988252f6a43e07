package io.wecom.client.internal;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Binds Resilience4j registries with {@code resilience4j-micrometer}'s tagged metrics (the instances are tagged by
 * name, {@code <client>.<operationId>}); loaded only when that optional module is on the class path.
 */
final class ResilienceMeters {

  private ResilienceMeters() {}

  /** Binds each registry that is not {@code null}. */
  static void bind(MeterRegistry registry, RetryRegistry retries, CircuitBreakerRegistry breakers,
      RateLimiterRegistry limiters) {
    if (retries != null) {
      TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(registry);
    }
    if (breakers != null) {
      TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(registry);
    }
    if (limiters != null) {
      TaggedRateLimiterMetrics.ofRateLimiterRegistry(limiters).bindTo(registry);
    }
  }
}
