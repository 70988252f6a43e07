package io.wecom.client.error;

/**
 * The call's deadline passed ({@code callTimeout}, 30 s by default) before a whole answer arrived: while fetching
 * its token, waiting between attempts, or reading the answer. {@link #requestSent()} says whether the request may
 * have reached WeCom, and so whether repeating a non-idempotent call could do it twice.
 */
public class WeComTimeoutException extends WeComTransportException {

  public WeComTimeoutException(Details details, String message, boolean requestSent) {
    super(details, message, "", requestSent, null);
  }
}
