package io.wecom.client.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link TokenStore} in this JVM's memory. Share one instance between clients of the same app to share their
 * token; each client gets its own when none is given.
 */
public final class InMemoryTokenStore implements TokenStore {

  private record Entry(CachedToken token, Instant deadline) {}

  private record Holder(Object owner, Instant deadline) {}

  private final ConcurrentMap<String, Entry> tokens = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Holder> leases = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemoryTokenStore() {
    this(Clock.systemUTC());
  }

  public InMemoryTokenStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Optional<CachedToken> get(String key) {
    Entry entry = tokens.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.deadline())) {
      tokens.remove(key, entry);
      return Optional.empty();
    }
    return Optional.of(entry.token());
  }

  @Override
  public void put(String key, CachedToken token, Duration ttl) {
    tokens.put(key, new Entry(token, clock.instant().plus(ttl)));
  }

  @Override
  public boolean removeIf(String key, String value) {
    boolean[] removed = {false};
    tokens.computeIfPresent(key, (k, entry) -> {
      if (entry.token().value().equals(value)) {
        removed[0] = true;
        return null;
      }
      return entry;
    });
    return removed[0];
  }

  @Override
  public Optional<Lease> tryLease(String key, Duration leaseTime) {
    Object owner = new Object();
    Instant now = clock.instant();
    Holder mine = new Holder(owner, now.plus(leaseTime));
    Holder current = leases.compute(key, (k, held) ->
        held == null || !now.isBefore(held.deadline()) ? mine : held);
    if (current != mine) {
      return Optional.empty();
    }
    return Optional.of(() -> leases.computeIfPresent(key, (k, held) -> held.owner() == owner ? null : held));
  }

  @Override
  public String toString() {
    return "InMemoryTokenStore[" + tokens.size() + " tokens]";
  }
}
