package io.wecom.client.token.redis.testing;

import io.lettuce.core.RedisURI;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throwaway {@code redis-server} on a free loopback port, without persistence, for one test class: started before
 * the first test, emptied (and restarted if a test stopped or froze it) before each, killed after the last. Without
 * the binary the class is skipped with a message, except under {@code CI=true}, where it fails.
 */
public final class RedisServer implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

  private Path binary;
  private int port;
  private Process process;
  private boolean frozen;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Optional<Path> found = findOnPath("redis-server");
    if (found.isEmpty()) {
      String message = "redis-server is not on PATH: install it (apt-get install redis-server) to run "
          + context.getDisplayName();
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(message + "; .ci/run installs it on CI");
      }
      Assumptions.abort(message);
    }
    binary = found.get();
    port = freePort();
    start();
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    if (frozen || process == null || !process.isAlive()) {
      stop();
      start();
    }
    command("FLUSHALL");
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  public RedisURI uri() {
    return RedisURI.Builder.redis("127.0.0.1", port).build();
  }

  /** Sends a command with a connection of its own and returns the reply: a String, Long, List or null. */
  public Object command(String... args) {
    try {
      return Resp.call(port, args);
    } catch (IOException e) {
      throw new UncheckedIOException("redis " + Arrays.toString(args), e);
    }
  }

  /** Starts the server on its port, the same one across restarts, and waits until it answers PING. */
  public void start() throws IOException, InterruptedException {
    process = new ProcessBuilder(binary.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
        "--save", "", "--appendonly", "no")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    frozen = false;
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (true) {
      try {
        if ("PONG".equals(Resp.call(port, "PING"))) {
          return;
        }
      } catch (IOException notYet) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          stop();
          throw new IllegalStateException("redis-server did not start on port " + port, notYet);
        }
      }
      Thread.sleep(20);
    }
  }

  /** Kills the server at once, as a crash would. */
  public void stop() {
    if (process != null) {
      process.destroyForcibly();
      try {
        process.waitFor(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
      frozen = false;
    }
  }

  /** Stops the server process (SIGSTOP): connections stay open and nothing answers, as with a hung host. */
  public void freeze() throws IOException, InterruptedException {
    signal("-STOP");
    frozen = true;
  }

  private void signal(String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill " + signal + " failed");
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static Optional<Path> findOnPath(String name) {
    List<String> dirs = Arrays.asList(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator));
    return dirs.stream().map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
  }
}
