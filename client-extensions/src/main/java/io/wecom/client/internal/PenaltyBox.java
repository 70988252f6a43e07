package io.wecom.client.internal;

import io.wecom.client.error.RateLimitedException;
import io.wecom.client.error.WeComException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which operations WeCom has rate-limited, and fails their calls at once until the penalty window has
 * passed, instead of hammering WeCom (which extends the block). The window is the code's documented penalty, or the
 * configured default.
 */
final class PenaltyBox {

  private record Penalty(Instant until, RateLimitedException cause) {}

  private final Map<String, Penalty> penalties = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration defaultWindow;

  PenaltyBox(Clock clock, Duration defaultWindow) {
    this.clock = clock;
    this.defaultWindow = defaultWindow;
  }

  /** Throws when {@code operation} is still serving a penalty. */
  void check(String operation) {
    Penalty penalty = penalties.get(operation);
    if (penalty == null) {
      return;
    }
    Instant now = clock.instant();
    if (!now.isBefore(penalty.until())) {
      penalties.remove(operation, penalty);
      return;
    }
    RateLimitedException cause = penalty.cause();
    Duration left = Duration.between(now, penalty.until());
    throw new RateLimitedException(new WeComException.Details(cause.errcode(), cause.errmsg(), cause.hint(),
        cause.fromIp(), operation, 0), operation + " not sent: WeCom answered errcode " + cause.errcode()
        + " (rate limited) and blocks further calls; waiting " + left.toSeconds() + " s more before trying again",
        left, false);
  }

  /** Starts the penalty of {@code operation} after WeCom refused it with {@code cause}. */
  void penalize(String operation, RateLimitedException cause) {
    if (defaultWindow.isZero()) {
      return;
    }
    Duration window = cause.penalty().orElse(defaultWindow);
    penalties.put(operation, new Penalty(clock.instant().plus(window), cause));
  }
}
