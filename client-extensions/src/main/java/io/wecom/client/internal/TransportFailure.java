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

  /** The failure of a call whose deadline passed before its request could be sent. */
  static TransportFailure deadlineBeforeSending(CallDeadline deadline) {
    return new TransportFailure(Kind.DEADLINE, "the call's deadline of " + deadline.timeout()
        + " passed before the request was sent", false);
  }

  /** The failure of a call whose deadline passed before its whole answer arrived. */
  static TransportFailure deadlineWhileWaiting(CallDeadline deadline, boolean requestSent) {
    return new TransportFailure(Kind.DEADLINE, "no whole answer within the call's deadline of " + deadline.timeout(),
        requestSent);
  }

  /** The failure of a redirect answer, naming only the host {@code location} points to. */
  static TransportFailure redirect(int status, String location) {
    return new TransportFailure(Kind.REDIRECT, "WeCom answered HTTP " + status + " redirecting to "
        + Locations.host(location) + "; the client follows no redirects", true);
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
