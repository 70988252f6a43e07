package io.wecom.client.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An HTTP/1.1 server on a raw loopback socket, so that a test controls every byte and every pause: it can close
 * idle keep-alive connections after a set time, close after each answer without saying so, drip an answer byte by
 * byte, or send any bytes at all. Each request is recorded with its path, query and body.
 */
public final class RawServer implements AutoCloseable {

  /** A request as it arrived. */
  public record Received(String method, String path, String query, String body) {}

  /** How the server answers one request: the raw bytes to send, and how. */
  public record Reply(byte[] bytes, int dripMillis, boolean closeAfter) {

    /** A 200 JSON answer with a Content-Length, kept alive. */
    public static Reply json(String body) {
      byte[] content = body.getBytes(StandardCharsets.UTF_8);
      return raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + content.length
          + "\r\n\r\n" + body);
    }

    public static Reply raw(String bytes) {
      return new Reply(bytes.getBytes(StandardCharsets.UTF_8), 0, false);
    }

    /** The same bytes, one every {@code millis}. */
    public Reply dripped(int millis) {
      return new Reply(bytes, millis, closeAfter);
    }

    /** The same bytes, then the connection closed (without a {@code Connection: close} header). */
    public Reply thenClose() {
      return new Reply(bytes, dripMillis, true);
    }
  }

  private final ServerSocket socket;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "raw-server");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Function<Received, Reply>> routes = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private volatile int idleCloseMillis;

  public RawServer() {
    try {
      socket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    threads.execute(this::accept);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** Answers requests to {@code path} with {@code reply}. */
  public RawServer on(String path, Function<Received, Reply> reply) {
    routes.put(path, reply);
    return this;
  }

  /** Closes a kept-alive connection once it has been idle this long (0: never). */
  public RawServer closeIdleAfter(int millis) {
    this.idleCloseMillis = millis;
    return this;
  }

  public List<Received> received(String path) {
    return received.stream().filter(r -> r.path().equals(path)).toList();
  }

  public int connections() {
    return connections.get();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connections.incrementAndGet();
        open.add(connection);
        threads.execute(() -> serve(connection));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      InputStream in = connection.getInputStream();
      OutputStream out = connection.getOutputStream();
      while (true) {
        connection.setSoTimeout(idleCloseMillis);
        Received request;
        try {
          request = read(in);
        } catch (SocketTimeoutException idle) {
          return;
        }
        if (request == null) {
          return;
        }
        received.add(request);
        Function<Received, Reply> route = routes.get(request.path());
        Reply reply = route == null ? Reply.raw("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
            : route.apply(request);
        if (reply.dripMillis() > 0) {
          for (byte b : reply.bytes()) {
            out.write(b);
            out.flush();
            Thread.sleep(reply.dripMillis());
          }
        } else {
          out.write(reply.bytes());
          out.flush();
        }
        if (reply.closeAfter()) {
          return;
        }
      }
    } catch (IOException | InterruptedException e) {
      // the client went away
    } finally {
      open.remove(connection);
    }
  }

  private static Received read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last4 = 0;
    int b;
    while ((b = in.read()) != -1) {
      head.write(b);
      last4 = (last4 << 8) | b;
      if (last4 == 0x0d0a0d0a) {
        break;
      }
    }
    if (b == -1) {
      return null;
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    String[] requestLine = lines[0].split(" ");
    int length = 0;
    for (String line : lines) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).strip());
      }
    }
    byte[] body = in.readNBytes(length);
    String target = requestLine[1];
    int q = target.indexOf('?');
    return new Received(requestLine[0], q < 0 ? target : target.substring(0, q), q < 0 ? "" : target.substring(q + 1),
        new String(body, StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
    open.forEach(s -> {
      try {
        s.close();
      } catch (IOException e) {
        // closing anyway
      }
    });
    threads.shutdownNow();
  }
}
