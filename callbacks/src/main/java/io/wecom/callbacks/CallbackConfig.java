package io.wecom.callbacks;

import io.wecom.callbacks.internal.AesKey;
import io.wecom.callbacks.internal.MsgSignature;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The settings of one callback URL: the Token and EncodingAESKey set for it in WeCom, the receiveids it accepts, how
 * far a request's timestamp may be from now, and the clock. Immutable; build one with {@link #custom()} or change a
 * copy with {@link #from(CallbackConfig)}. The EncodingAESKey is checked when built. {@link #toString()} masks the
 * token and the key.
 *
 * <p>The receiveid inside every encrypted message says whom it is for: the corp id for a self-built app's callbacks,
 * the suite id for a third-party app's command callbacks (指令回调), the authorizing corp's id for its data callbacks.
 */
public final class CallbackConfig {

  private final String token;
  private final String encodingAesKey;
  private final byte[] aesKey;
  private final Set<String> receiveIds;
  private final Predicate<String> receiveIdFilter;
  private final Duration replayWindow;
  private final Clock clock;

  private CallbackConfig(Builder b) {
    this.token = b.token;
    this.encodingAesKey = b.encodingAesKey;
    this.aesKey = AesKey.decode(b.encodingAesKey);
    this.receiveIds = Set.copyOf(b.receiveIds);
    this.receiveIdFilter = b.receiveIdFilter;
    this.replayWindow = b.replayWindow;
    this.clock = b.clock;
  }

  public static Builder custom() {
    return new Builder();
  }

  public static Builder from(CallbackConfig base) {
    Builder b = new Builder().token(base.token).encodingAesKey(base.encodingAesKey).receiveIds(base.receiveIds)
        .replayWindow(base.replayWindow).clock(base.clock);
    b.receiveIdFilter = base.receiveIdFilter;
    return b;
  }

  /** The receiveids accepted by name (a filter may accept more). */
  public Set<String> receiveIds() {
    return receiveIds;
  }

  /** How far a request's timestamp may lie before or after now. Default 5 minutes. */
  public Duration replayWindow() {
    return replayWindow;
  }

  /** The clock the replay window is measured with. Default system UTC. */
  public Clock clock() {
    return clock;
  }

  String token() {
    return token;
  }

  byte[] aesKey() {
    return aesKey.clone();
  }

  boolean accepts(String receiveId) {
    return receiveIds.contains(receiveId) || (receiveIdFilter != null && receiveIdFilter.test(receiveId));
  }

  /** The receiveid replies are encrypted for when only one is configured, else {@code null}. */
  String soleReceiveId() {
    return receiveIds.size() == 1 && receiveIdFilter == null ? receiveIds.iterator().next() : null;
  }

  @Override
  public String toString() {
    return "CallbackConfig[token=***, encodingAesKey=***, receiveIds=" + receiveIds
        + (receiveIdFilter == null ? "" : " and a filter") + ", replayWindow=" + replayWindow + ", clock=" + clock
        + "]";
  }

  /** Builds a {@link CallbackConfig}; token, EncodingAESKey and at least one receiveid (or a filter) are required. */
  public static final class Builder {
    private String token;
    private String encodingAesKey;
    private final Set<String> receiveIds = new LinkedHashSet<>();
    private Predicate<String> receiveIdFilter;
    private Duration replayWindow = Duration.ofMinutes(5);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The Token set for the callback URL in WeCom (1 to 32 letters or digits); it signs every request. */
    public Builder token(String token) {
      this.token = MsgSignature.checkToken(token);
      return this;
    }

    /** The EncodingAESKey set for the callback URL in WeCom: 43 base64 characters. */
    public Builder encodingAesKey(String encodingAesKey) {
      AesKey.decode(encodingAesKey);
      this.encodingAesKey = encodingAesKey;
      return this;
    }

    /** Accepts messages for these receiveids (added to any given before). */
    public Builder receiveIds(String... ids) {
      return receiveIds(List.of(ids));
    }

    /** Accepts messages for these receiveids (added to any given before). */
    public Builder receiveIds(Collection<String> ids) {
      for (String id : ids) {
        receiveIds.add(Objects.requireNonNull(id, "receiveId"));
      }
      return this;
    }

    /** Also accepts every receiveid {@code filter} accepts, e.g. the corps that authorized a suite. */
    public Builder receiveIdFilter(Predicate<String> filter) {
      this.receiveIdFilter = Objects.requireNonNull(filter, "receiveIdFilter");
      return this;
    }

    /** How far a request's timestamp may lie before or after now; older or later requests are refused. */
    public Builder replayWindow(Duration window) {
      Objects.requireNonNull(window, "replayWindow");
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("replayWindow must be positive, was " + window);
      }
      this.replayWindow = window;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the config.
     *
     * @throws IllegalStateException when the token, the key or every receiveid is missing
     */
    public CallbackConfig build() {
      if (token == null) {
        throw new IllegalStateException("token is required: the Token set for the callback URL in WeCom");
      }
      if (encodingAesKey == null) {
        throw new IllegalStateException("encodingAesKey is required: the EncodingAESKey set for the callback URL");
      }
      if (receiveIds.isEmpty() && receiveIdFilter == null) {
        throw new IllegalStateException("receiveIds (the corp id, or the suite id for suite callbacks) or a "
            + "receiveIdFilter is required");
      }
      return new CallbackConfig(this);
    }
  }
}
