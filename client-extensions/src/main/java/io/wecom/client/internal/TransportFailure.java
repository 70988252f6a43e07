package io.wecom.client.internal;

import java.io.IOException;

/**
 * A transport-level failure the client's own transports detect, with what is known of whether the request may have
 * reached WeCom. Thrown as an {@link IOException} through Feign and turned into a typed
 * {@link io.wecom.client.error.WeComTransportException} before the caller sees it. Messages hold no URL.
 */
public final class TransportFailure extends IOException {

  /** What went wrong. */
  public enum Kind {
    /** The call's deadline passed. */
    DEADLINE,
    /** The answer was larger than the configured cap. */
    TOO_LARGE,
    /** WeCom (or something in between) answered with a redirect, which the client never follows. */
    REDIRECT
  }

  private final Kind kind;
  private final boolean requestSent;

  public TransportFailure(Kind kind, String message, boolean requestSent) {
    super(message, null);
    this.kind = kind;
    this.requestSent = requestSent;
  }

  /** The failure of an answer larger than {@code cap} bytes. */
  static TransportFailure tooLarge(long cap) {
    return new TransportFailure(Kind.TOO_LARGE, "the answer is larger than the cap of " + cap
        + " bytes (maxAnswerSize)", true);
  }

  public Kind kind() {
    return kind;
  }

  /** Whether the request may have reached WeCom. */
  public boolean requestSent() {
    return requestSent;
  }
}
