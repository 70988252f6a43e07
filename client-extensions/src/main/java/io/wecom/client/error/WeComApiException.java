package io.wecom.client.error;

/**
 * WeCom answered with a non-zero errcode. The subclasses say what to do about it; this class itself stands for
 * codes with no more specific advice.
 */
public class WeComApiException extends WeComException {

  public WeComApiException(Details details, String message) {
    super(details, message, null);
  }

  /** For a refusal the client makes itself, before sending ({@code requestSent} false). */
  protected WeComApiException(Details details, String message, boolean requestSent) {
    super(details, message, null, requestSent);
  }
}
