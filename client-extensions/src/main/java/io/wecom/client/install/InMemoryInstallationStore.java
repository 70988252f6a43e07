package io.wecom.client.install;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link InstallationStore} in this process's memory: installations are lost when it stops, so use it for tests
 * and for trying the install flow, and a durable store in production.
 */
public final class InMemoryInstallationStore implements InstallationStore {

  private final Map<String, Map<String, Installation>> bySuite = new ConcurrentHashMap<>();

  @Override
  public void save(Installation installation) {
    bySuite.computeIfAbsent(installation.suiteId(), k -> new ConcurrentHashMap<>())
        .put(installation.authCorpId(), installation);
  }

  @Override
  public Optional<Installation> find(String suiteId, String authCorpId) {
    return Optional.ofNullable(bySuite.getOrDefault(suiteId, Map.of()).get(authCorpId));
  }

  @Override
  public void remove(String suiteId, String authCorpId) {
    Map<String, Installation> corps = bySuite.get(suiteId);
    if (corps != null) {
      corps.remove(authCorpId);
    }
  }

  @Override
  public List<Installation> list(String suiteId) {
    return List.copyOf(bySuite.getOrDefault(suiteId, Map.of()).values());
  }

  @Override
  public String toString() {
    return "InMemoryInstallationStore[" + bySuite.size() + " suites]";
  }
}
