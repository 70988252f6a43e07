package io.wecom.sandbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The suite_tickets the sandbox has pushed, per suite. Once a suite has been pushed a ticket, get_suite_token
 * accepts only a pushed ticket younger than 30 minutes (40085 otherwise), as WeCom does; suites never pushed to
 * accept any ticket.
 */
public final class SuiteTickets {

  static final Duration VALIDITY = Duration.ofMinutes(30);

  private final Map<String, Map<String, Instant>> pushed = new ConcurrentHashMap<>();
  private final Clock clock;

  public SuiteTickets(Clock clock) {
    this.clock = clock;
  }

  public void pushed(String suiteId, String ticket) {
    pushed.computeIfAbsent(suiteId, k -> new ConcurrentHashMap<>()).put(ticket, clock.instant());
  }

  /** Whether get_suite_token may be called for {@code suiteId} with {@code ticket}. */
  public boolean accepts(String suiteId, String ticket) {
    Map<String, Instant> tickets = pushed.get(suiteId);
    if (tickets == null) {
      return true;
    }
    Instant at = tickets.get(ticket);
    return at != null && clock.instant().isBefore(at.plus(VALIDITY));
  }
}
