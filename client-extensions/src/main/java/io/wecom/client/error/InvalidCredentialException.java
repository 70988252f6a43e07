package io.wecom.client.error;

/**
 * A token endpoint rejected the credentials (40001 bad secret, 40013 bad corpid, 40085 bad suite_ticket, 40084 bad permanent_code, ...). Fix the configuration; the client never retries these.
 */
public class InvalidCredentialException extends WeComApiException {

  public InvalidCredentialException(Details details, String message) {
    super(details, message);
  }
}
