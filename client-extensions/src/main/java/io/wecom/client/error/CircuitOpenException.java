package io.wecom.client.error;

/**
 * The circuit breaker of the operation is open after too many transport failures or "system busy" answers: the call
 * was not sent. Try again after the breaker's wait, or look at WeCom's and the network's health.
 */
public class CircuitOpenException extends WeComTransportException {

  public CircuitOpenException(Details details, String message) {
    super(details, message, "", false, null);
  }
}
