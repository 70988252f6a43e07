package io.wecom.client.token;

/**
 * Supplies the latest suite_ticket, which WeCom pushes to a third-party app's callback URL every 10 minutes and
 * which stays valid for 30 minutes. Persist it where every instance can read it; the suite token cannot be fetched
 * without it.
 */
@FunctionalInterface
public interface SuiteTicketSource {

  /** The latest suite_ticket received. */
  String currentTicket();
}
