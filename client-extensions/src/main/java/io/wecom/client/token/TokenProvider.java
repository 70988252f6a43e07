package io.wecom.client.token;

/**
 * Hands out a valid token of one kind, fetching and caching it as needed. Implementations must be thread-safe and
 * fetch at most once however many threads ask at the same time.
 */
public interface TokenProvider {

  /** The kind of token this provider hands out. */
  TokenKind kind();

  /** A token that is valid for a while yet; fetches one if the cache holds none. */
  String token();

  /**
   * Drops {@code staleToken} from the cache, but only if the cache still holds exactly that token: a token another
   * thread has fetched in the meantime survives.
   */
  void invalidate(String staleToken);
}
