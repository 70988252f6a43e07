package io.wecom.client.error;

import java.time.Duration;
import java.util.Optional;

/**
 * WeCom refused the call for frequency or concurrency limits (45009, 45033, ...). Slow down: WeCom blocks the
 * caller for the penalty window once a minute or hour quota is broken.
 */
public class RateLimitedException extends WeComApiException {

  private final Duration penalty;

  public RateLimitedException(Details details, String message, Duration penalty) {
    super(details, message);
    this.penalty = penalty;
  }

  /**
   * A refusal of the client itself (its quota used up, or inside the penalty window of an earlier refusal):
   * nothing was sent.
   */
  public RateLimitedException(Details details, String message, Duration penalty, boolean requestSent) {
    super(details, message, requestSent);
    this.penalty = penalty;
  }

  /** How long WeCom is documented to block the caller for this code, when known. */
  public Optional<Duration> penalty() {
    return Optional.ofNullable(penalty);
  }
}
