package io.wecom.spring;

import io.wecom.client.token.InMemorySuiteTicketStore;
import io.wecom.client.token.SuiteTicketStore;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The suite_ticket store of each suite id: the callback endpoint writes the tickets WeCom pushes, and every client of
 * that suite reads them. In memory by default; in Redis with the Redis token store, so that any instance can fetch
 * the suite token. Inject it to store a ticket received elsewhere.
 */
public final class WeComSuiteTicketStores implements AutoCloseable {

  private final Function<String, SuiteTicketStore> factory;
  private final Map<String, SuiteTicketStore> stores = new ConcurrentHashMap<>();

  public WeComSuiteTicketStores(Function<String, SuiteTicketStore> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /** Stores kept in this process's memory. */
  public static WeComSuiteTicketStores inMemory() {
    return new WeComSuiteTicketStores(suiteId -> new InMemorySuiteTicketStore());
  }

  /** The store of {@code suiteId}'s tickets, the same one on every call. */
  public SuiteTicketStore forSuite(String suiteId) {
    return stores.computeIfAbsent(Objects.requireNonNull(suiteId, "suiteId"), factory);
  }

  /** Closes the stores that hold a connection. */
  @Override
  public void close() throws Exception {
    for (SuiteTicketStore store : stores.values()) {
      if (store instanceof AutoCloseable closeable) {
        closeable.close();
      }
    }
  }
}
