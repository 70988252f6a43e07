package io.wecom.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one workload on one driver with a fixed number of threads for a fixed time, each thread calling in a loop
 * as fast as answers come back (a closed loop), and measures calls, latencies and allocations.
 */
final class LoadRunner {

  private final AllocationCounter allocations = new AllocationCounter();

  Sample run(Driver driver, Workload workload, int threads, Duration duration) throws InterruptedException {
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(threads);
    CountDownLatch released = new CountDownLatch(1);
    AtomicBoolean stop = new AtomicBoolean();
    List<Sample> perThread = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Sample mine = new Sample();
      perThread.add(mine);
      Thread worker = new Thread(() -> work(driver, workload, mine, ready, go, stop, stopped, released),
          "bench-worker-" + i);
      workers.add(worker);
      worker.start();
    }
    ready.await();
    Map<Long, Long> before = allocations.snapshot();
    long start = System.nanoTime();
    go.countDown();
    Thread.sleep(duration.toMillis());
    stop.set(true);
    stopped.await();
    long elapsed = System.nanoTime() - start;
    long allocated = allocations.since(before);
    released.countDown();
    for (Thread worker : workers) {
      worker.join();
    }
    Sample total = new Sample();
    perThread.forEach(total::addConcurrent);
    total.finish(elapsed, allocated);
    return total;
  }

  private static void work(Driver driver, Workload workload, Sample sample, CountDownLatch ready, CountDownLatch go,
      AtomicBoolean stop, CountDownLatch stopped, CountDownLatch released) {
    try (Driver.Session session = driver.open()) {
      ready.countDown();
      go.await();
      while (!stop.get()) {
        long start = System.nanoTime();
        try {
          session.call(workload);
          sample.recordCall(System.nanoTime() - start);
        } catch (Exception e) {
          sample.recordError(e);
        }
      }
      stopped.countDown();
      released.await();
    } catch (Exception e) {
      sample.recordError(e);
      ready.countDown();
      stopped.countDown();
    }
  }
}
