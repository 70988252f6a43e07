package io.wecom.bench;

import org.HdrHistogram.Histogram;

/** What one driver did in one workload: calls, time, latencies, bytes allocated and failed calls. */
final class Sample {

  private static final long MAX_LATENCY_NANOS = 60_000_000_000L;

  private final Histogram latencies = new Histogram(1, MAX_LATENCY_NANOS, 3);
  private long calls;
  private long nanos;
  private long allocatedBytes;
  private long errors;
  private Throwable firstError;

  void recordCall(long latencyNanos) {
    latencies.recordValue(Math.min(Math.max(latencyNanos, 1), MAX_LATENCY_NANOS));
    calls++;
  }

  void recordError(Throwable error) {
    errors++;
    if (firstError == null) {
      firstError = error;
    }
  }

  /** Adds {@code other}'s calls, made in the same {@code nanos} as this one's. */
  void addConcurrent(Sample other) {
    latencies.add(other.latencies);
    calls += other.calls;
    errors += other.errors;
    if (firstError == null) {
      firstError = other.firstError;
    }
  }

  /** Adds a later run of the same workload: its time and allocations add up. */
  void addSequential(Sample other) {
    addConcurrent(other);
    nanos += other.nanos;
    allocatedBytes += other.allocatedBytes;
  }

  void finish(long elapsedNanos, long allocated) {
    this.nanos = elapsedNanos;
    this.allocatedBytes = allocated;
  }

  long calls() {
    return calls;
  }

  long errors() {
    return errors;
  }

  Throwable firstError() {
    return firstError;
  }

  double callsPerSecond() {
    return nanos == 0 ? 0 : calls * 1e9 / nanos;
  }

  double p50Micros() {
    return latencies.getValueAtPercentile(50) / 1000.0;
  }

  double p99Micros() {
    return latencies.getValueAtPercentile(99) / 1000.0;
  }

  /** Bytes allocated per call by every thread but the server's, or -1 when the JVM cannot count them. */
  long bytesPerCall() {
    return calls == 0 || allocatedBytes < 0 ? -1 : allocatedBytes / calls;
  }
}
