package io.wecom.client.token;

import java.time.Instant;
import java.util.Objects;

/**
 * A token as kept in a {@link TokenStore}: its value, when WeCom will stop accepting it, and when the client should
 * fetch a new one. {@link #toString()} never shows the value.
 *
 * @param value the token itself
 * @param expiresAt when the token stops being valid, as first announced by WeCom
 * @param refreshAfter from when on the client fetches a new token instead of using this one
 */
public record CachedToken(String value, Instant expiresAt, Instant refreshAfter) {

  public CachedToken {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(refreshAfter, "refreshAfter");
  }

  /** Whether the token may still be handed out at {@code now}. */
  public boolean isFresh(Instant now) {
    return now.isBefore(refreshAfter) && now.isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "CachedToken[value=***, expiresAt=" + expiresAt + ", refreshAfter=" + refreshAfter + "]";
  }
}
