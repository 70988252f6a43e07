package io.wecom.callbacks;

import io.wecom.callbacks.event.CallbackEvent;
import io.wecom.callbacks.event.CancelAuthEvent;
import io.wecom.callbacks.event.CreateAuthEvent;
import io.wecom.client.install.Installation;
import io.wecom.client.install.SuiteInstaller;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Connects a suite's install callbacks to its {@link SuiteInstaller}: create_auth completes the install on
 * {@code executor} (WeCom wants the callback answered within a second, and the auth code lasts 10 minutes), and
 * cancel_auth forgets the corp's installation. Events of other suites and other kinds are left alone.
 */
public final class SuiteInstallCallbacks {

  private final SuiteInstaller installer;
  private final Executor executor;

  public SuiteInstallCallbacks(SuiteInstaller installer, Executor executor) {
    this.installer = Objects.requireNonNull(installer, "installer");
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /**
   * Acts on {@code event} when it is an install or uninstall of this suite.
   *
   * @return for create_auth, the install running on the executor; for cancel_auth, a future already done with
   *     {@code null}; for anything else, {@code null}
   */
  public CompletableFuture<Installation> accept(CallbackEvent event) {
    if (event == null || !installer.suiteId().equals(event.header().suiteId())) {
      return null;
    }
    if (event instanceof CreateAuthEvent created) {
      return CompletableFuture.supplyAsync(() -> installer.install(created.authCode()), executor);
    }
    if (event instanceof CancelAuthEvent cancelled) {
      installer.uninstall(cancelled.header().corpId());
      return CompletableFuture.completedFuture(null);
    }
    return null;
  }

  @Override
  public String toString() {
    return "SuiteInstallCallbacks[" + installer + "]";
  }
}
