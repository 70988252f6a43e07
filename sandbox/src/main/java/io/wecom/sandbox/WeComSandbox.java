package io.wecom.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import io.wecom.sandbox.internal.Admin;
import io.wecom.sandbox.internal.Contacts;
import io.wecom.sandbox.internal.Dispatcher;
import io.wecom.sandbox.internal.Docs;
import io.wecom.sandbox.internal.Faults;
import io.wecom.sandbox.internal.Recorder;
import io.wecom.sandbox.internal.SandboxHandler;
import io.wecom.sandbox.internal.SpecCatalog;
import io.wecom.sandbox.internal.SuiteInstalls;
import io.wecom.sandbox.internal.SuiteTickets;
import io.wecom.sandbox.internal.Tokens;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A local WeCom stand-in driven by the spec: it serves every operation of {@code spec/} on loopback, issues and
 * checks tokens, validates requests, answers with the spec's examples (and real state for departments, members and
 * tags), records what it received and injects faults on demand. Start one per test with {@link #start()}, or run it
 * standalone with {@link #main(String[])}; Swagger UI is at {@code /docs}.
 */
public final class WeComSandbox implements AutoCloseable {

  private final SandboxConfig config;
  private final SpecCatalog spec;
  private final Tokens tokens;
  private final Faults faults;
  private final Recorder recorder;
  private final Contacts contacts;
  private final Scenario scenario;
  private final SuiteTickets suiteTickets;
  private final SuiteInstalls installs;
  private Server server;

  public WeComSandbox(SandboxConfig config) {
    this.config = config;
    this.spec = SpecCatalog.load();
    this.tokens = new Tokens(config.clock(), config.tokenTtl());
    this.faults = new Faults(config.clock());
    this.recorder = new Recorder(config.recordLimit());
    this.contacts = new Contacts(seed());
    this.scenario = new Scenario(faults, tokens, contacts);
    this.suiteTickets = new SuiteTickets(config.clock());
    this.installs = new SuiteInstalls(config.clock());
  }

  /** Starts a sandbox with {@link SandboxConfig#ofDefaults()} on a free port. */
  public static WeComSandbox start() {
    return new WeComSandbox(SandboxConfig.ofDefaults()).startServer();
  }

  /** Starts a sandbox with {@code config}. */
  public static WeComSandbox start(SandboxConfig config) {
    return new WeComSandbox(config).startServer();
  }

  private WeComSandbox startServer() {
    QueuedThreadPool threads = new QueuedThreadPool(200, 8);
    threads.setName("wecom-sandbox");
    threads.setDaemon(true);
    server = new Server(threads);
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(config.host());
    connector.setPort(config.port());
    server.addConnector(connector);
    Dispatcher dispatcher = new Dispatcher(spec, tokens, contacts, faults, recorder, suiteTickets, installs, config);
    server.setHandler(new SandboxHandler(dispatcher, new Docs(spec.specText()), new Admin(scenario, tokens, recorder)));
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("the sandbox could not start on " + config.host() + ":" + config.port(), e);
    }
    return this;
  }

  /** Where the sandbox listens, e.g. {@code http://127.0.0.1:41234}; pass it to {@code WeComClientBuilder.baseUrl}. */
  public String baseUrl() {
    int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    return "http://" + config.host() + ":" + port;
  }

  /** The scenario controls. */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * Callbacks to the app whose callback URL is {@code callbackUrl}, set up with {@code token} and
   * {@code encodingAesKey} as in WeCom's admin console.
   */
  public SandboxCallbacks callbacks(String callbackUrl, String token, String encodingAesKey) {
    return new SandboxCallbacks(java.net.URI.create(callbackUrl), token, encodingAesKey, suiteTickets, installs,
        config.clock());
  }

  /** The requests received so far (the last {@link SandboxConfig#recordLimit()}). */
  public List<RecordedRequest> requests() {
    return recorder.all();
  }

  /** The requests received for one operation. */
  public List<RecordedRequest> requests(String operationId) {
    return recorder.all().stream().filter(r -> operationId.equals(r.operationId())).toList();
  }

  public void clearRequests() {
    recorder.clear();
  }

  @Override
  public void close() {
    try {
      if (server != null) {
        server.stop();
      }
    } catch (Exception e) {
      throw new IllegalStateException("the sandbox did not stop cleanly", e);
    }
  }

  /** The contacts the sandbox starts with: the corp of the spec's examples (zhangsan, lisi, 广州研发中心, ...). */
  private static JsonNode seed() {
    try (var in = WeComSandbox.class.getResourceAsStream("/io/wecom/sandbox/seed.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sandbox seed", e);
    }
  }

  /**
   * Runs the sandbox until stopped. Options: {@code --port N} (default 8080), {@code --host H} (default 127.0.0.1),
   * {@code --token-ttl SECONDS} (default 7200).
   */
  public static void main(String[] args) throws Exception {
    SandboxConfig.Builder config = SandboxConfig.custom().port(8080);
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--port" -> config.port(Integer.parseInt(require(args[i], value)));
        case "--host" -> config.host(require(args[i], value));
        case "--token-ttl" -> config.tokenTtl(java.time.Duration.ofSeconds(Long.parseLong(require(args[i], value))));
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; options: --port N, --host H, --token-ttl SECONDS");
      }
      i++;
    }
    WeComSandbox sandbox = start(config.build());
    System.out.println("WeCom sandbox on " + sandbox.baseUrl() + " - Swagger UI at " + sandbox.baseUrl() + "/docs/");
    sandbox.server.join();
  }

  private static String require(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }
}
