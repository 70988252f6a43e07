package io.wecom.client.install;

/**
 * WeCom completed an install, but the {@link InstallationStore} refused to keep it. WeCom hands the permanent code
 * over only once: {@link #installation()} carries it so that the caller can keep it elsewhere. The message and
 * {@link #toString()} never show it.
 */
public final class InstallationNotStoredException extends RuntimeException {

  private final transient Installation installation;

  InstallationNotStoredException(Installation installation, RuntimeException cause) {
    super("corp " + installation.authCorpId() + " installed suite " + installation.suiteId()
        + ", but the installation store failed to keep it; keep installation() elsewhere before it is lost", cause);
    this.installation = installation;
  }

  /** The installation that was not stored, permanent code included. */
  public Installation installation() {
    return installation;
  }
}
