package io.wecom.client.token;

/**
 * A {@link SuiteTicketSource} that also takes the tickets WeCom pushes, so that the callback handler writes where the
 * suite token provider reads. {@link InMemorySuiteTicketStore} serves one process; a shared store serves a fleet.
 */
public interface SuiteTicketStore extends SuiteTicketSource {

  /** Keeps {@code ticket} as the latest one. */
  void store(String ticket);
}
