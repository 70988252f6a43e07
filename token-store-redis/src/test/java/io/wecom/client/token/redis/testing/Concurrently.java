package io.wecom.client.token.redis.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;

/** Starts many threads at the same moment and collects what they threw. */
public final class Concurrently {

  private Concurrently() {}

  /** Runs {@code task} with each index from 0 to {@code threads - 1}, all on their own thread at once. */
  public static List<Throwable> run(int threads, IntConsumer task) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int index = i;
        running.add(pool.submit(() -> {
          start.await();
          task.accept(index);
          return null;
        }));
      }
      start.countDown();
      List<Throwable> failures = new ArrayList<>();
      for (Future<?> f : running) {
        try {
          f.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          failures.add(e.getCause());
        } catch (TimeoutException e) {
          failures.add(e);
        }
      }
      return failures;
    } finally {
      pool.shutdownNow();
    }
  }
}
