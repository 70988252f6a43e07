package io.wecom.client;

import io.wecom.client.internal.Checks;
import java.time.Duration;
import java.util.Optional;

/**
 * Per-call overrides of the client's settings, merged over them by {@link WeComClient#with(CallOptions)}: what is
 * not set here keeps the client's value.
 */
public final class CallOptions {

  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration callTimeout;

  private CallOptions(Builder b) {
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.callTimeout = b.callTimeout;
  }

  public static Builder custom() {
    return new Builder();
  }

  public Optional<Duration> connectTimeout() {
    return Optional.ofNullable(connectTimeout);
  }

  public Optional<Duration> readTimeout() {
    return Optional.ofNullable(readTimeout);
  }

  /** The deadline of the whole call; see {@link WeComClientBuilder#callTimeout(Duration)}. */
  public Optional<Duration> callTimeout() {
    return Optional.ofNullable(callTimeout);
  }

  @Override
  public String toString() {
    return "CallOptions[connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", callTimeout="
        + callTimeout + "]";
  }

  /** Builds {@link CallOptions}; nothing is overridden until set. */
  public static final class Builder {
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration callTimeout;

    private Builder() {}

    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Checks.positive(timeout, "callTimeout");
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Checks.positive(timeout, "connectTimeout");
      return this;
    }

    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Checks.positive(timeout, "readTimeout");
      return this;
    }

    public CallOptions build() {
      return new CallOptions(this);
    }

  }
}
