package io.wecom.client.internal;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.wecom.client.token.TokenKind;

/**
 * {@link ClientMetrics} on Micrometer. Every meter carries the tag {@code client} (the client's name); the others are
 * operation ids, outcome classes, errcodes and token kinds, never a secret or a token. The client's own Resilience4j
 * registries are bound with Resilience4j's tagged Micrometer metrics when {@code resilience4j-micrometer} is present.
 */
public final class MicrometerMetrics implements ClientMetrics {

  public static final String CALLS = "wecom.client.calls";
  public static final String ERRCODES = "wecom.client.errcodes";
  public static final String TOKEN_FETCHES = "wecom.client.token.fetches";
  public static final String TOKEN_INVALIDATIONS = "wecom.client.token.invalidations";

  private static final boolean RESILIENCE4J_MICROMETER = present("io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics");

  private final MeterRegistry registry;
  private final Meter.MeterProvider<Timer> calls;
  private final Meter.MeterProvider<Counter> errcodes;
  private final Meter.MeterProvider<Counter> fetches;
  private final Meter.MeterProvider<Counter> invalidations;

  public MicrometerMetrics(MeterRegistry registry, String clientName) {
    this.registry = registry;
    Tags client = Tags.of("client", clientName);
    this.calls = Timer.builder(CALLS).description("WeCom calls as the caller sees them, retries included")
        .tags(client).withRegistry(registry);
    this.errcodes = Counter.builder(ERRCODES).description("Non-zero errcodes WeCom answered, one per answer")
        .tags(client).withRegistry(registry);
    this.fetches = Counter.builder(TOKEN_FETCHES).description("Calls of the token endpoints")
        .tags(client).withRegistry(registry);
    this.invalidations = Counter.builder(TOKEN_INVALIDATIONS)
        .description("Tokens dropped from the cache because WeCom rejected them").tags(client).withRegistry(registry);
  }

  @Override
  public CallTiming startCall(OperationInfo op) {
    Timer.Sample sample = Timer.start(registry);
    return failure -> sample.stop(calls.withTags("operation", op.id(), "outcome", CallOutcome.of(failure)));
  }

  @Override
  public void errcode(OperationInfo op, int errcode) {
    errcodes.withTags("operation", op.id(), "errcode", Integer.toString(errcode)).increment();
  }

  @Override
  public void tokenFetched(TokenKind kind, Throwable failure) {
    fetches.withTags("kind", kind.queryName(), "outcome", CallOutcome.of(failure)).increment();
  }

  @Override
  public void tokenInvalidated(TokenKind kind) {
    invalidations.withTags("kind", kind.queryName()).increment();
  }

  @Override
  public void bindResilience(RetryRegistry retries, CircuitBreakerRegistry breakers, RateLimiterRegistry limiters) {
    if (RESILIENCE4J_MICROMETER) {
      ResilienceMeters.bind(registry, retries, breakers, limiters);
    }
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, MicrometerMetrics.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
