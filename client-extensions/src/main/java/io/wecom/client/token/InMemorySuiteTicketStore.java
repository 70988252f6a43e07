package io.wecom.client.token;

import java.util.concurrent.atomic.AtomicReference;

/** A {@link SuiteTicketStore} in this JVM's memory: the ticket is lost on restart until WeCom pushes the next one. */
public final class InMemorySuiteTicketStore implements SuiteTicketStore {

  private final AtomicReference<String> latest = new AtomicReference<>();

  @Override
  public void store(String ticket) {
    if (ticket == null || ticket.isBlank()) {
      throw new IllegalArgumentException("suite_ticket must not be blank");
    }
    latest.set(ticket);
  }

  @Override
  public String currentTicket() {
    return latest.get();
  }

  @Override
  public String toString() {
    return "InMemorySuiteTicketStore[" + (latest.get() == null ? "no ticket" : "ticket=***") + "]";
  }
}
