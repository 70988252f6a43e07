package io.wecom.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts gettoken calls per token expiry: many threads call user/get without pause; the server then rejects the
 * token they share with 42001, and once every thread has made a successful call started after that, the gettoken
 * calls the driver made are counted. Repeated for several rounds.
 */
final class TokenExpiryRun {

  private static final long ROUND_TIMEOUT_NANOS = 10_000_000_000L;

  /** gettoken calls in each round, and the calls that failed (surfaced to the caller) over all rounds. */
  record Result(String driver, int threads, List<Long> tokenCallsPerRound, long failedCalls) {
    long min() {
      return tokenCallsPerRound.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    long max() {
      return tokenCallsPerRound.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    double mean() {
      return tokenCallsPerRound.stream().mapToLong(Long::longValue).average().orElse(0);
    }
  }

  private final StubWeCom stub;

  TokenExpiryRun(StubWeCom stub) {
    this.stub = stub;
  }

  Result run(Driver driver, int threads, int rounds) throws InterruptedException {
    AtomicLongArray lastSuccessStart = new AtomicLongArray(threads);
    for (int i = 0; i < threads; i++) {
      lastSuccessStart.set(i, Long.MIN_VALUE);
    }
    AtomicLong failed = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      int slot = i;
      Thread worker = new Thread(() -> {
        try (Driver.Session session = driver.open()) {
          while (!stop.get()) {
            long start = System.nanoTime();
            try {
              session.call(Workload.GET_USER);
              lastSuccessStart.set(slot, start);
            } catch (Exception e) {
              failed.incrementAndGet();
            }
          }
        } catch (Exception e) {
          failed.incrementAndGet();
        }
      }, "bench-token-" + i);
      workers.add(worker);
      worker.start();
    }
    try {
      awaitEverySuccessAfter(lastSuccessStart, Long.MIN_VALUE);
      long failedBefore = failed.get();
      List<Long> perRound = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        Thread.sleep(50);
        long calls = stub.tokenCalls();
        long expiredAt = System.nanoTime();
        stub.expireToken();
        awaitEverySuccessAfter(lastSuccessStart, expiredAt);
        Thread.sleep(100);
        perRound.add(stub.tokenCalls() - calls);
      }
      return new Result(driver.name(), threads, perRound, failed.get() - failedBefore);
    } finally {
      stop.set(true);
      for (Thread worker : workers) {
        worker.join();
      }
    }
  }

  private static void awaitEverySuccessAfter(AtomicLongArray lastSuccessStart, long since)
      throws InterruptedException {
    long deadline = System.nanoTime() + ROUND_TIMEOUT_NANOS;
    for (int i = 0; i < lastSuccessStart.length(); i++) {
      while (lastSuccessStart.get(i) <= since) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("thread " + i + " made no successful call within 10 s of the expiry");
        }
        Thread.sleep(1);
      }
    }
  }
}
