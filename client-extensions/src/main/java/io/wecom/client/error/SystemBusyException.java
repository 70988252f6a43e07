package io.wecom.client.error;

/**
 * WeCom is busy or hit a transient failure (-1, 6000, ...). Retrying the same request later can succeed, but only when repeating it is safe.
 */
public class SystemBusyException extends WeComApiException {

  public SystemBusyException(Details details, String message) {
    super(details, message);
  }
}
