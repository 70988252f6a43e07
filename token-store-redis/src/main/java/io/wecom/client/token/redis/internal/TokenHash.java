package io.wecom.client.token.redis.internal;

import io.wecom.client.token.CachedToken;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * How a {@link CachedToken} is laid out in a Redis hash: fields {@code value}, {@code expiresAt} and
 * {@code refreshAfter}, the instants in ISO-8601 so that they read plainly in redis-cli and come back exactly.
 */
public final class TokenHash {

  public static final String VALUE = "value";
  public static final String EXPIRES_AT = "expiresAt";
  public static final String REFRESH_AFTER = "refreshAfter";

  private TokenHash() {}

  /** The hash fields' values in the order {@code value, expiresAt, refreshAfter}. */
  public static String[] fields(CachedToken token) {
    return new String[] {token.value(), token.expiresAt().toString(), token.refreshAfter().toString()};
  }

  /**
   * The token in {@code hash}; empty when there is none.
   *
   * @throws IllegalArgumentException when a field is missing or not an instant, naming the field
   */
  public static Optional<CachedToken> parse(Map<String, String> hash) {
    if (hash == null || hash.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CachedToken(field(hash, VALUE), instant(hash, EXPIRES_AT), instant(hash, REFRESH_AFTER)));
  }

  private static String field(Map<String, String> hash, String name) {
    String value = hash.get(name);
    if (value == null) {
      throw new IllegalArgumentException("the token hash has no field " + name + "; fields: " + hash.keySet());
    }
    return value;
  }

  private static Instant instant(Map<String, String> hash, String name) {
    String text = field(hash, name);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("the token hash field " + name + " is not an ISO-8601 instant", e);
    }
  }
}
