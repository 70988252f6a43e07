package io.wecom.sandbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults the sandbox has been told to inject: scripted answers for the next calls of an operation, added
 * latency, and per-minute quotas. Operation {@code *} means every operation.
 */
public final class Faults {

  /** What to do instead of (or before) answering normally. */
  public sealed interface Fault {
    /** Answer this errcode. */
    record Errcode(int errcode, String errmsg) implements Fault {}

    /** Close the connection without an answer. */
    record Reset() implements Fault {}

    /** Answer an HTML 502 page, as a broken proxy does. */
    record HtmlBadGateway() implements Fault {}

    /** Send only the first half of the body, then close. */
    record Truncate() implements Fault {}
  }

  public static final String ANY = "*";

  private record Window(long minute, AtomicInteger count) {}

  private final Map<String, Queue<Fault>> scripted = new ConcurrentHashMap<>();
  private final Map<String, Duration> latency = new ConcurrentHashMap<>();
  private final Map<String, Integer> quotas = new ConcurrentHashMap<>();
  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final Clock clock;

  public Faults(Clock clock) {
    this.clock = clock;
  }

  public void next(String operation, Fault fault, int times) {
    Queue<Fault> queue = scripted.computeIfAbsent(operation, k -> new ConcurrentLinkedQueue<>());
    for (int i = 0; i < times; i++) {
      queue.add(fault);
    }
  }

  public void latency(String operation, Duration delay) {
    if (delay.isZero()) {
      latency.remove(operation);
    } else {
      latency.put(operation, delay);
    }
  }

  public void quotaPerMinute(String operation, int limit) {
    if (limit <= 0) {
      quotas.remove(operation);
    } else {
      quotas.put(operation, limit);
    }
    windows.remove(operation);
  }

  public void clear() {
    scripted.clear();
    latency.clear();
    quotas.clear();
    windows.clear();
  }

  /** The scripted fault for this call of {@code operation}, if any; consumes it. */
  public Fault take(String operation) {
    Queue<Fault> own = scripted.get(operation);
    Fault fault = own == null ? null : own.poll();
    if (fault == null) {
      Queue<Fault> any = scripted.get(ANY);
      fault = any == null ? null : any.poll();
    }
    return fault;
  }

  /** The latency to add to {@code operation}. */
  public Duration latencyOf(String operation) {
    return latency.getOrDefault(operation, latency.getOrDefault(ANY, Duration.ZERO));
  }

  /** Whether this call breaks the per-minute quota of {@code operation}. */
  public boolean overQuota(String operation) {
    Integer limit = quotas.get(operation);
    if (limit == null) {
      return false;
    }
    long minute = clock.millis() / 60_000;
    Window window = windows.compute(operation, (k, w) -> w == null || w.minute() != minute
        ? new Window(minute, new AtomicInteger()) : w);
    return window.count().incrementAndGet() > limit;
  }
}
