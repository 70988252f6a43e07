package io.wecom.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The floor: a keep-alive socket per thread that writes pre-built request bytes (the same request line, headers and
 * body the client sends) and reads the answer by its Content-Length. No JSON is written or read: what a call costs
 * here is the loopback round trip and the server.
 */
final class RawSocketDriver implements Driver {

  private final String host;
  private final int port;
  private final Map<Workload, byte[]> requests = new EnumMap<>(Workload.class);

  RawSocketDriver(String host, int port, String token) {
    this.host = host;
    this.port = port;
    String body = "{\"touser\":\"" + Workload.USER_ID + "\",\"msgtype\":\"text\",\"agentid\":" + Workload.AGENT_ID
        + ",\"text\":{\"content\":\"" + Workload.TEXT + "\"}}";
    String hostHeader = "Host: " + host + ":" + port + "\r\n";
    requests.put(Workload.GET_USER, ("GET /cgi-bin/user/get?userid=" + Workload.USER_ID + "&access_token="
        + token + " HTTP/1.1\r\n" + hostHeader + "Accept: application/json\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    requests.put(Workload.SEND_TEXT, ("POST /cgi-bin/message/send?access_token=" + token + " HTTP/1.1\r\n"
        + hostHeader + "Content-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String name() {
    return "raw socket (floor)";
  }

  @Override
  public Session open() throws IOException {
    Socket socket = new Socket(host, port);
    socket.setTcpNoDelay(true);
    return new RawSession(socket, requests);
  }

  private static final class RawSession implements Session {
    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final Map<Workload, byte[]> requests;
    private final byte[] buffer = new byte[65536];

    RawSession(Socket socket, Map<Workload, byte[]> requests) throws IOException {
      this.socket = socket;
      this.out = socket.getOutputStream();
      this.in = socket.getInputStream();
      this.requests = requests;
    }

    @Override
    public void call(Workload workload) throws IOException {
      out.write(requests.get(workload));
      int filled = 0;
      int headerEnd = -1;
      while (headerEnd < 0) {
        int n = in.read(buffer, filled, buffer.length - filled);
        if (n < 0) {
          throw new IOException("connection closed");
        }
        filled += n;
        headerEnd = indexOfBlankLine(filled);
      }
      if (buffer[9] != '2') {
        throw new IOException("status " + new String(buffer, 9, 3, StandardCharsets.US_ASCII));
      }
      int remaining = headerEnd + contentLength(headerEnd) - filled;
      while (remaining > 0) {
        int n = in.read(buffer, 0, Math.min(buffer.length, remaining));
        if (n < 0) {
          throw new IOException("connection closed");
        }
        remaining -= n;
      }
    }

    private int indexOfBlankLine(int filled) {
      for (int i = 3; i < filled; i++) {
        if (buffer[i] == '\n' && buffer[i - 1] == '\r' && buffer[i - 2] == '\n' && buffer[i - 3] == '\r') {
          return i + 1;
        }
      }
      return -1;
    }

    private int contentLength(int headerEnd) throws IOException {
      outer:
      for (int i = 0; i + CONTENT_LENGTH.length < headerEnd; i++) {
        for (int j = 0; j < CONTENT_LENGTH.length; j++) {
          if (Character.toLowerCase(buffer[i + j]) != CONTENT_LENGTH[j]) {
            continue outer;
          }
        }
        int value = 0;
        for (int k = i + CONTENT_LENGTH.length; buffer[k] != '\r'; k++) {
          if (buffer[k] != ' ') {
            value = value * 10 + (buffer[k] - '0');
          }
        }
        return value;
      }
      throw new IOException("answer without Content-Length");
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
