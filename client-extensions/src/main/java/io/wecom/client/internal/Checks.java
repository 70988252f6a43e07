package io.wecom.client.internal;

import java.time.Duration;
import java.util.Objects;

/** The argument checks the client's builders share, so that each setting fails with the same kind of message. */
public final class Checks {

  private Checks() {}

  /** {@code value}, when it is longer than zero; else an error naming the setting. */
  public static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }
}
