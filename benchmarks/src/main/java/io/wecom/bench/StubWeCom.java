package io.wecom.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal WeCom on loopback that answers pre-built bytes, so that the server costs next to nothing and the
 * clients are what is measured: gettoken, user/get and message/send answer the spec's examples over keep-alive
 * HTTP/1.1, one thread per connection. The current access_token is checked on every call; {@link #expireToken()}
 * makes the server answer 42001 to the old one, as WeCom does when a token runs out.
 */
final class StubWeCom implements AutoCloseable {

  static final String THREAD_PREFIX = "stub-wecom-";

  private static final byte[] EXPIRED = response(
      "{\"errcode\":42001,\"errmsg\":\"access_token expired, hint: [bench], from ip: 127.0.0.1\"}");
  private static final byte[] NOT_FOUND = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
      .getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket server;
  private final byte[] userAnswer;
  private final byte[] sendAnswer;
  private final AtomicLong tokenCalls = new AtomicLong();
  private final AtomicInteger connections = new AtomicInteger();
  private volatile String token;
  private volatile byte[] tokenAnswer;
  private int generation;

  private StubWeCom(ServerSocket server, SpecExamples examples) {
    this.server = server;
    this.userAnswer = response(examples.answer("/cgi-bin/user/get", "get"));
    this.sendAnswer = response(examples.answer("/cgi-bin/message/send", "post"));
    expireToken();
  }

  static StubWeCom start() throws IOException {
    StubWeCom stub = new StubWeCom(new ServerSocket(0, 256, InetAddress.getLoopbackAddress()), SpecExamples.load());
    Thread acceptor = new Thread(stub::accept, THREAD_PREFIX + "accept");
    acceptor.setDaemon(true);
    acceptor.start();
    return stub;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  int port() {
    return server.getLocalPort();
  }

  /** The token gettoken hands out now. */
  String currentToken() {
    return token;
  }

  /** How many gettoken calls were answered so far. */
  long tokenCalls() {
    return tokenCalls.get();
  }

  /** From now on the token handed out so far is answered with 42001, and gettoken hands out a new one. */
  synchronized void expireToken() {
    generation++;
    String next = "bench-token-" + generation + "-" + Long.toHexString(System.nanoTime());
    tokenAnswer = response("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"" + next + "\",\"expires_in\":7200}");
    token = next;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        Thread t = new Thread(() -> serve(socket), THREAD_PREFIX + "conn-" + connections.incrementAndGet());
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream(), 16384);
      OutputStream out = socket.getOutputStream();
      String requestLine;
      while ((requestLine = readLine(in)) != null) {
        long contentLength = 0;
        for (String header = readLine(in); header != null && !header.isEmpty(); header = readLine(in)) {
          if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
            contentLength = Long.parseLong(header.substring(15).trim());
          }
        }
        in.skipNBytes(contentLength);
        out.write(answer(requestLine));
        out.flush();
      }
    } catch (IOException e) {
      // the client closed the connection
    }
  }

  private byte[] answer(String requestLine) {
    if (requestLine.contains("/cgi-bin/gettoken?")) {
      tokenCalls.incrementAndGet();
      return tokenAnswer;
    }
    boolean user = requestLine.contains("/cgi-bin/user/get?");
    if (!user && !requestLine.contains("/cgi-bin/message/send?")) {
      return NOT_FOUND;
    }
    if (!token.equals(query(requestLine, "access_token="))) {
      return EXPIRED;
    }
    return user ? userAnswer : sendAnswer;
  }

  private static String query(String requestLine, String name) {
    int start = requestLine.indexOf(name);
    if (start < 0) {
      return null;
    }
    start += name.length();
    int end = start;
    while (end < requestLine.length() && requestLine.charAt(end) != '&' && requestLine.charAt(end) != ' ') {
      end++;
    }
    return requestLine.substring(start, end);
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder(128);
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0) {
        return null;
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  private static byte[] response(String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
