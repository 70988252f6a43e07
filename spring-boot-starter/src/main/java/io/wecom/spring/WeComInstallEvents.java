package io.wecom.spring;

import io.wecom.callbacks.SuiteInstallCallbacks;
import io.wecom.callbacks.event.CallbackEvent;
import io.wecom.client.install.Installation;
import io.wecom.client.install.SuiteInstaller;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The suite's install callbacks in a Spring application: create_auth completes the install on a thread of its own
 * (the callback is answered at once) and publishes the {@link Installation} as an application event; a failed install
 * publishes its exception instead ({@code @EventListener void on(InstallationNotStoredException e)} receives the
 * permanent code the store refused). cancel_auth forgets the installation.
 */
final class WeComInstallEvents implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WeComInstallEvents.class);

  private final SuiteInstallCallbacks callbacks;
  private final ExecutorService executor;
  private final ApplicationEventPublisher events;

  WeComInstallEvents(SuiteInstaller installer, ApplicationEventPublisher events) {
    this.executor = Executors.newSingleThreadExecutor(r -> {
      Thread thread = new Thread(r, "wecom-install-" + installer.suiteId());
      thread.setDaemon(true);
      return thread;
    });
    this.callbacks = new SuiteInstallCallbacks(installer, executor);
    this.events = events;
  }

  void accept(CallbackEvent event) {
    CompletableFuture<Installation> install = callbacks.accept(event);
    if (install == null) {
      return;
    }
    install.whenComplete((installation, failure) -> {
      if (failure != null) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
            : failure;
        LOG.error("install of suite {} failed: {}", event.header().suiteId(), cause.toString());
        events.publishEvent(cause);
      } else if (installation != null) {
        LOG.info("corp {} installed suite {}", installation.authCorpId(), installation.suiteId());
        events.publishEvent(installation);
      }
    });
  }

  @Override
  public void close() {
    executor.shutdown();
  }
}
