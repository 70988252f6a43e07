package io.wecom.client.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A small WeCom stand-in on a free loopback port for tests: it issues tokens at the token endpoints, accepts
 * only tokens it issued and has not expired, answers the other paths with scripted bodies, and records every
 * request it received.
 */
public final class FakeWeCom implements AutoCloseable {

  /** A request as it arrived: {@code body} decoded as UTF-8, {@code rawBody} the bytes (for multipart uploads). */
  public record Recorded(String method, String path, Map<String, List<String>> query, Map<String, List<String>> headers,
      String body, byte[] rawBody) {
    public List<String> query(String name) {
      return query.getOrDefault(name, List.of());
    }

    /** The first value of a request header, or {@code null}. */
    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }
  }

  /** An answer: HTTP status, content type and body. */
  public record Answer(int status, String contentType, String body) {
    public static Answer json(String body) {
      return new Answer(200, "application/json; charset=UTF-8", body);
    }
  }

  private static final Map<String, String> TOKEN_PATHS = Map.of(
      "/cgi-bin/gettoken", "access_token",
      "/cgi-bin/service/get_suite_token", "suite_access_token",
      "/cgi-bin/service/get_provider_token", "provider_access_token",
      "/cgi-bin/service/get_corp_token", "access_token",
      "/cgi-bin/openhw/get_model_token", "model_access_token",
      "/cgi-bin/openhw/get_device_token", "device_access_token");

  private final HttpServer server;
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
  private final AtomicInteger issued = new AtomicInteger();
  private final Map<String, ConcurrentLinkedQueue<Answer>> scripted = new ConcurrentHashMap<>();
  private final Map<String, Function<Recorded, Answer>> handlers = new ConcurrentHashMap<>();
  private volatile long tokenDelayMillis;
  private volatile int expiresIn = 7200;

  public FakeWeCom() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Token endpoints wait this long before any answer, so that concurrent callers overlap. */
  public FakeWeCom tokenDelay(long millis) {
    this.tokenDelayMillis = millis;
    return this;
  }

  /** The expires_in the token endpoints announce. */
  public FakeWeCom expiresIn(int seconds) {
    this.expiresIn = seconds;
    return this;
  }

  /** The next calls to {@code path} get these answers, in order; after that the default answer. */
  public FakeWeCom enqueue(String path, Answer... answers) {
    scripted.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).addAll(List.of(answers));
    return this;
  }

  /** Every call to {@code path} is answered by {@code handler} (after scripted answers run out). */
  public FakeWeCom on(String path, Function<Recorded, Answer> handler) {
    handlers.put(path, handler);
    return this;
  }

  /** WeCom forgets every token it issued: calls with them get 42001 (or 42009 for suite tokens). */
  public void expireAllTokens() {
    validTokens.clear();
  }

  public List<Recorded> requests() {
    return Collections.unmodifiableList(requests);
  }

  public List<Recorded> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  public int count(String path) {
    return requests(path).size();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] raw = exchange.getRequestBody().readAllBytes();
      Recorded request = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
          parseQuery(exchange.getRequestURI().getRawQuery()), Map.copyOf(exchange.getRequestHeaders()),
          new String(raw, StandardCharsets.UTF_8), raw);
      requests.add(request);
      Answer answer = answer(request);
      if (answer == null) {
        exchange.sendResponseHeaders(500, -1);
        return;
      }
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", answer.contentType());
      exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  private Answer answer(Recorded request) {
    if (TOKEN_PATHS.containsKey(request.path())) {
      pause(tokenDelayMillis);
    }
    ConcurrentLinkedQueue<Answer> queue = scripted.get(request.path());
    Answer next = queue == null ? null : queue.poll();
    if (next != null) {
      return next;
    }
    String tokenKind = TOKEN_PATHS.get(request.path());
    if (request.path().equals("/cgi-bin/service/get_corp_token")
        || request.path().equals("/cgi-bin/openhw/get_device_token")) {
      Answer rejected = checkToken(request, request.path().contains("openhw") ? "model_access_token"
          : "suite_access_token");
      if (rejected != null) {
        return rejected;
      }
    }
    if (tokenKind != null) {
      return issue(tokenKind);
    }
    Function<Recorded, Answer> handler = handlers.get(request.path());
    if (handler != null) {
      return handler.apply(request);
    }
    String kind = request.path().equals("/cgi-bin/service/get_register_code") ? "provider_access_token"
        : request.path().startsWith("/cgi-bin/service/") ? "suite_access_token" : "access_token";
    Answer rejected = checkToken(request, kind);
    return rejected != null ? rejected : Answer.json("{\"errcode\":0,\"errmsg\":\"ok\"}");
  }

  /**
   * WeCom's answer to a request without a valid token of {@code kind}: 41001/42001 for access_token, 41022/42009 for
   * suite_access_token, 40082 for provider_access_token, 710403/710401 for model_access_token, 42021 for an invalid
   * device_access_token; {@code null} when the token is valid.
   */
  public Answer checkToken(Recorded request, String kind) {
    List<String> tokens = request.query(kind);
    if (tokens.isEmpty()) {
      return error(switch (kind) {
        case "suite_access_token" -> 41022;
        case "provider_access_token" -> 40082;
        case "model_access_token" -> 710403;
        default -> 41001;
      }, "missing " + kind);
    }
    if (tokens.size() > 1 || !validTokens.contains(tokens.get(0))) {
      return error(switch (kind) {
        case "suite_access_token" -> 42009;
        case "provider_access_token" -> 40082;
        case "model_access_token" -> 710401;
        case "device_access_token" -> 42021;
        default -> 42001;
      }, kind + " invalid");
    }
    return null;
  }

  private static void pause(long millis) {
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private Answer issue(String field) {
    String token = "TOKEN-" + field + "-" + issued.incrementAndGet();
    validTokens.add(token);
    return Answer.json("{\"errcode\":0,\"errmsg\":\"ok\",\"" + field + "\":\"" + token + "\",\"expires_in\":"
        + expiresIn + "}");
  }

  public static Answer error(int errcode, String text) {
    return Answer.json("{\"errcode\":" + errcode + ",\"errmsg\":\"" + text
        + ", hint: [1700000000_12_abcdef], from ip: 203.0.113.7, more info at "
        + "https://open.work.weixin.qq.com/devtool/query?e=" + errcode + "\"}");
  }

  private static Map<String, List<String>> parseQuery(String raw) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return query;
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
