package io.wecom.client.token;

/**
 * Supplies the latest model_ticket of a smart-hardware device model, which WeCom pushes to the model's callback URL
 * every 10 minutes and which stays valid for 30 minutes; the model_access_token cannot be fetched without it.
 */
@FunctionalInterface
public interface ModelTicketSource {

  /** The latest model_ticket received. */
  String currentTicket();
}
