package io.wecom.client.install;

/** A call for a corp the suite has no installation of in its {@link InstallationStore}. */
public final class InstallationNotFoundException extends IllegalStateException {

  private final String suiteId;
  private final String authCorpId;

  InstallationNotFoundException(String suiteId, String authCorpId) {
    super("suite " + suiteId + " is not installed in corp " + authCorpId
        + " (no installation in the store: the corp never installed it, or it was uninstalled)");
    this.suiteId = suiteId;
    this.authCorpId = authCorpId;
  }

  /** The suite. */
  public String suiteId() {
    return suiteId;
  }

  /** The corp it is not installed in. */
  public String authCorpId() {
    return authCorpId;
  }
}
