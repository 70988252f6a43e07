package io.wecom.client.internal;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The deadline of the caller's call, shared by everything that call does on its thread: the token fetch, every
 * attempt, every byte of every answer. The outermost call of the client opens it; nested calls (a token fetch inside
 * an operation) run inside it and may only shorten it. Also counts the token fetches the call has made, so that an
 * operation's retries never multiply them.
 */
public final class CallDeadline {

  /** At most this many token fetch attempts in one caller-visible call. */
  public static final int MAX_TOKEN_FETCHES = 3;

  private static final ThreadLocal<CallDeadline> CURRENT = new ThreadLocal<>();

  private final long deadlineNanos;
  private final Duration timeout;
  /** Shared by a call and the calls nested in it, so that every token fetch counts against the outermost call. */
  private final int[] tokenFetches;

  private CallDeadline(long deadlineNanos, Duration timeout, int[] tokenFetches) {
    this.deadlineNanos = deadlineNanos;
    this.timeout = timeout;
    this.tokenFetches = tokenFetches;
  }

  /** The deadline of the call running on this thread, or {@code null} outside any call of the client. */
  public static CallDeadline current() {
    return CURRENT.get();
  }

  /**
   * Runs {@code body} within {@code timeout} from now, or within the current deadline when that comes sooner; the
   * current deadline, if any, is in force again afterwards.
   */
  public static <T> T within(Duration timeout, Supplier<T> body) {
    CallDeadline outer = CURRENT.get();
    long candidate = System.nanoTime() + timeout.toNanos();
    if (outer != null && outer.deadlineNanos - candidate <= 0) {
      return body.get();
    }
    CURRENT.set(outer == null ? new CallDeadline(candidate, timeout, new int[1])
        : new CallDeadline(candidate, outer.timeout, outer.tokenFetches));
    try {
      return body.get();
    } finally {
      CURRENT.set(outer);
    }
  }

  /** Nanoseconds left; zero or negative once the deadline has passed. */
  public long remainingNanos() {
    return deadlineNanos - System.nanoTime();
  }

  public boolean expired() {
    return remainingNanos() <= 0;
  }

  /** The timeout of the outermost call, as set on the client or for the call; for messages. */
  public Duration timeout() {
    return timeout;
  }

  /** Counts one token fetch attempt; false when the call has made {@link #MAX_TOKEN_FETCHES} already. */
  public boolean tryTokenFetch() {
    if (tokenFetches[0] >= MAX_TOKEN_FETCHES) {
      return false;
    }
    tokenFetches[0]++;
    return true;
  }
}
