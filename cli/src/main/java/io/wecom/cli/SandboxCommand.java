package io.wecom.cli;

import io.wecom.sandbox.SandboxConfig;
import io.wecom.sandbox.WeComSandbox;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wecom sandbox}: runs the sandbox with Swagger UI until Ctrl-C (or until the thread is interrupted). */
@Command(name = "sandbox",
    description = "Run a local WeCom sandbox with Swagger UI until Ctrl-C; any corp id and secret get a token.")
final class SandboxCommand implements Callable<Integer> {

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on, 0 for a free one (default 8080).")
  private int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default 127.0.0.1).")
  private String host;

  private final CliContext context;

  SandboxCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    WeComSandbox sandbox = WeComSandbox.start(SandboxConfig.custom().host(host).port(port).build());
    Thread stopOnExit = new Thread(sandbox::close, "wecom-sandbox-stop");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    context.out().println("WeCom sandbox on " + sandbox.baseUrl() + " - Swagger UI at " + sandbox.baseUrl()
        + "/docs/ - Ctrl-C stops it");
    boolean interrupted = false;
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      interrupted = true;
    } finally {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
      sandbox.close();
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return Failures.OK;
  }
}
