package io.wecom.client.token.redis.testing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A few lines of the Redis wire protocol, so that tests look at what the stores wrote with a client of their own,
 * one short connection per command, unaffected by the stores' connections and a server restart.
 */
final class Resp {

  private Resp() {}

  /** Sends one command to the server on {@code port} and returns its reply: a String, Long, List or null. */
  static Object call(int port, String... args) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(2000);
      OutputStream out = socket.getOutputStream();
      StringBuilder command = new StringBuilder("*").append(args.length).append("\r\n");
      for (String arg : args) {
        command.append('$').append(arg.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(arg).append("\r\n");
      }
      out.write(command.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
      return read(new BufferedInputStream(socket.getInputStream()));
    }
  }

  private static Object read(InputStream in) throws IOException {
    int type = in.read();
    String line = line(in);
    return switch (type) {
      case '+' -> line;
      case '-' -> throw new IOException("Redis error: " + line);
      case ':' -> Long.parseLong(line);
      case '$' -> bulk(in, Integer.parseInt(line));
      case '*' -> array(in, Integer.parseInt(line));
      default -> throw new IOException("unexpected Redis reply type " + type);
    };
  }

  private static String bulk(InputStream in, int length) throws IOException {
    if (length < 0) {
      return null;
    }
    String value = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    line(in);
    return value;
  }

  private static List<Object> array(InputStream in, int count) throws IOException {
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(read(in));
    }
    return items;
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder s = new StringBuilder();
    int c;
    while ((c = in.read()) != '\r') {
      if (c < 0) {
        throw new IOException("Redis closed the connection");
      }
      s.append((char) c);
    }
    in.read();
    return s.toString();
  }
}
