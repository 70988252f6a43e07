package io.wecom.client.install;

import java.util.List;
import java.util.Optional;

/**
 * Where a suite's installations, and so their permanent codes, are kept. WeCom hands a permanent code over once, at
 * install time: a store must keep it durably and share it with every instance that calls for the corp.
 * {@link InMemoryInstallationStore} serves tests and single instances; the Redis module has a shared one.
 *
 * <p>Implementations are thread-safe. A store that cannot reach its backend throws
 * {@link io.wecom.client.error.TokenStoreUnavailableException} rather than pretending the corp is not installed.
 */
public interface InstallationStore {

  /** Keeps {@code installation}, replacing any earlier one of the same suite and corp. */
  void save(Installation installation);

  /** The installation of {@code suiteId} in {@code authCorpId}, if it is kept. */
  Optional<Installation> find(String suiteId, String authCorpId);

  /** Forgets the installation of {@code suiteId} in {@code authCorpId}; nothing happens when there is none. */
  void remove(String suiteId, String authCorpId);

  /** Every installation of {@code suiteId} kept, in no particular order. */
  List<Installation> list(String suiteId);
}
