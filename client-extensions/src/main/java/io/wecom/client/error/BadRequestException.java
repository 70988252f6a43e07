package io.wecom.client.error;

/**
 * The request itself is wrong: a missing or invalid parameter, a size limit, an unknown id. Fix the request.
 */
public class BadRequestException extends WeComApiException {

  public BadRequestException(Details details, String message) {
    super(details, message);
  }
}
