package io.wecom.client.error;

/**
 * The caller may not do this: IP not allowed (60020), API forbidden (48002), no privilege or wrong authorization state. Retrying will not help; the message says what to fix.
 */
public class PermissionDeniedException extends WeComApiException {

  public PermissionDeniedException(Details details, String message) {
    super(details, message);
  }
}
