package io.wecom.client.error;

/**
 * No usable WeCom answer arrived: the connection failed, the read timed out, the status was not 2xx, or the body
 * was empty, HTML or cut short. {@link #httpStatus()} and {@link #bodyExcerpt()} tell what came back, if anything.
 */
public class WeComTransportException extends WeComException {

  private final String bodyExcerpt;

  public WeComTransportException(Details details, String message, String bodyExcerpt, boolean requestSent,
      Throwable cause) {
    super(details, message, cause, requestSent);
    this.bodyExcerpt = bodyExcerpt;
  }

  /** The first bytes of the body, with secrets masked; empty when there was no body. */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }
}
