package io.wecom.client.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.ConnectionPool;
import okhttp3.EventListener;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The client's default transport: OkHttp over HTTP/1.1, answers read whole (up to a cap) within the call's
 * {@link CallDeadline}. Redirects are refused, OkHttp's own retry is off, and one kind of failure is repeated here:
 * a request that never left because the kept-alive connection it was given turned out, when checked just before
 * the request was written, to have been closed by the server. The check is a non-blocking read on the connection
 * ({@link ProbingSockets}); a dead connection is closed there, so the write fails before a byte leaves and the
 * request is sent once more on a new connection, even a non-idempotent one. A failure after a byte left is never
 * repeated here.
 */
public final class OkHttpTransport implements Client {

  private final ProbingSockets sockets = new ProbingSockets();
  private final OkHttpClient base;
  private final long maxAnswerBytes;
  private final Map<Long, OkHttpClient> byTimeouts = new ConcurrentHashMap<>();

  /**
   * @param keepAlive how long an idle connection stays pooled; keep it below the server's keep-alive timeout
   * @param maxAnswerBytes the largest answer read; a larger one fails with {@link TransportFailure.Kind#TOO_LARGE}
   */
  public OkHttpTransport(Duration connectTimeout, Duration readTimeout, Duration keepAlive, long maxAnswerBytes) {
    this.maxAnswerBytes = maxAnswerBytes;
    this.base = new OkHttpClient.Builder()
        .protocols(List.of(Protocol.HTTP_1_1))
        .socketFactory(sockets)
        .connectionPool(new ConnectionPool(16, keepAlive.toMillis(), TimeUnit.MILLISECONDS))
        .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .eventListenerFactory(call -> {
          Exchange exchange = call.request().tag(Exchange.class);
          if (exchange == null) {
            return EventListener.NONE;
          }
          exchange.sockets = sockets;
          return exchange;
        })
        .build();
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    OkHttpClient client = clientFor(options);
    okhttp3.Request outgoing = toOkHttp(request);
    try {
      return send(client, outgoing, request);
    } catch (IOException e) {
      if (!isStale(e)) {
        throw e;
      }
      client.connectionPool().evictAll();
      return send(client, outgoing, request);
    }
  }

  private Response send(OkHttpClient client, okhttp3.Request outgoing, Request request) throws IOException {
    Exchange exchange = new Exchange();
    Call call = client.newCall(outgoing.newBuilder().tag(Exchange.class, exchange).build());
    CallDeadline deadline = CallDeadline.current();
    if (deadline != null) {
      long remaining = deadline.remainingNanos();
      if (remaining <= 0) {
        throw TransportFailure.deadlineBeforeSending(deadline);
      }
      call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
    }
    try (okhttp3.Response answer = call.execute()) {
      if (answer.code() >= 300 && answer.code() < 400) {
        throw TransportFailure.redirect(answer.code(), answer.header("Location"));
      }
      return Response.builder()
          .status(answer.code())
          .reason(answer.message())
          .headers(headers(answer))
          .request(request)
          .body(read(answer.body()))
          .build();
    } catch (TransportFailure e) {
      throw e;
    } catch (InterruptedIOException e) {
      if (deadline != null && deadline.expired()) {
        throw TransportFailure.deadlineWhileWaiting(deadline, exchange.requestStarted);
      }
      throw new ExchangeFailure(e, exchange);
    } catch (IOException e) {
      throw new ExchangeFailure(e, exchange);
    }
  }

  private byte[] read(ResponseBody body) throws IOException {
    if (body.contentLength() > maxAnswerBytes) {
      throw TransportFailure.tooLarge(maxAnswerBytes);
    }
    BufferedSource source = body.source();
    Buffer buffer = new Buffer();
    while (source.read(buffer, 8192) != -1) {
      if (buffer.size() > maxAnswerBytes) {
        throw TransportFailure.tooLarge(maxAnswerBytes);
      }
    }
    return buffer.readByteArray();
  }

  private static boolean isStale(IOException e) {
    return e instanceof ExchangeFailure failure && failure.exchange.closedBeforeWriting;
  }

  private OkHttpClient clientFor(Request.Options options) {
    long connect = options.connectTimeoutMillis();
    long read = options.readTimeoutMillis();
    if (connect == base.connectTimeoutMillis() && read == base.readTimeoutMillis()) {
      return base;
    }
    return byTimeouts.computeIfAbsent(connect << 32 | (read & 0xffffffffL), key -> base.newBuilder()
        .connectTimeout(connect, TimeUnit.MILLISECONDS)
        .readTimeout(read, TimeUnit.MILLISECONDS)
        .writeTimeout(read, TimeUnit.MILLISECONDS)
        .build());
  }

  private static okhttp3.Request toOkHttp(Request request) {
    okhttp3.Request.Builder builder = new okhttp3.Request.Builder().url(request.url());
    String contentType = null;
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      for (String value : header.getValue()) {
        if (header.getKey().equalsIgnoreCase("Content-Type")) {
          contentType = value;
        }
        if (!header.getKey().equalsIgnoreCase("Content-Length")) {
          builder.addHeader(header.getKey(), value);
        }
      }
    }
    byte[] body = request.body();
    String method = request.httpMethod().name();
    RequestBody payload = body == null && !requiresBody(method) ? null
        : RequestBody.create(body == null ? new byte[0] : body,
            contentType == null ? null : MediaType.parse(contentType), 0, body == null ? 0 : body.length);
    return builder.method(method, payload).build();
  }

  private static boolean requiresBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  private static Map<String, Collection<String>> headers(okhttp3.Response answer) {
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    for (String name : answer.headers().names()) {
      headers.put(name, answer.headers(name));
    }
    return headers;
  }

  /** What one exchange went through, as OkHttp's events tell it. */
  private static final class Exchange extends EventListener {
    volatile ProbingSockets sockets;
    volatile boolean connecting;
    volatile boolean closedBeforeWriting;
    volatile boolean requestStarted;

    @Override
    public void connectStart(Call call, java.net.InetSocketAddress address, java.net.Proxy proxy) {
      connecting = true;
    }

    @Override
    public void connectionAcquired(Call call, Connection connection) {
      if (!connecting && !sockets.usable(connection.socket().getLocalPort())) {
        closedBeforeWriting = true;
        try {
          connection.socket().close();
        } catch (IOException e) {
          // closing a dead connection
        }
      }
    }

    @Override
    public void connectionReleased(Call call, Connection connection) {
      sockets.released(connection.socket().getLocalPort());
    }

    @Override
    public void requestHeadersStart(Call call) {
      requestStarted = true;
    }
  }

  /** An I/O failure with the exchange it happened in; its message and cause are OkHttp's, never the URL. */
  static final class ExchangeFailure extends IOException {
    final transient Exchange exchange;

    ExchangeFailure(IOException cause, Exchange exchange) {
      super(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
      this.exchange = exchange;
    }

    /** Whether the request may have reached WeCom: false only when no byte of it was written. */
    boolean requestSent() {
      return exchange.requestStarted && !exchange.closedBeforeWriting;
    }
  }
}
