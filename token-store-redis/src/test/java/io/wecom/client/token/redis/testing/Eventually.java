package io.wecom.client.token.redis.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something Redis does on its own time (a key's expiry, a reconnect), which no test clock can move. */
public final class Eventually {

  private Eventually() {}

  /** Checks {@code condition} every 10 ms until it holds; fails naming {@code what} after {@code limit}. */
  public static void within(Duration limit, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + limit + ": " + what);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what, e);
      }
    }
  }
}
