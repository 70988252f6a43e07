package io.wecom.client.token;

import java.time.Duration;
import java.util.Optional;

/**
 * Where token providers keep tokens, so that several clients, or several processes, share one token per app
 * instead of each fetching its own. {@link InMemoryTokenStore} is the default; a shared store (Redis, say)
 * implements the same four operations atomically.
 */
public interface TokenStore {

  /** The token stored under {@code key}, if any and not yet removed by its time to live. */
  Optional<CachedToken> get(String key);

  /** Stores {@code token} under {@code key}, replacing what was there; the store may forget it after {@code ttl}. */
  void put(String key, CachedToken token, Duration ttl);

  /**
   * Removes the token under {@code key} only if its value is {@code value} (compare-and-delete).
   *
   * @return whether a token was removed
   */
  boolean removeIf(String key, String value);

  /**
   * Tries to become the one caller that fetches a new token for {@code key}. At most one lease per key is held at
   * a time; a lease ends when closed or, if its holder dies, after {@code leaseTime}.
   *
   * @return the lease, or empty when another caller holds it
   */
  Optional<Lease> tryLease(String key, Duration leaseTime);

  /** The right to fetch a token for one key. Closing releases it, if it is still held by this lease. */
  interface Lease extends AutoCloseable {
    @Override
    void close();
  }
}
