package io.wecom.sandbox.bench;

import io.wecom.sandbox.SandboxConfig;
import io.wecom.sandbox.WeComSandbox;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many requests per second the sandbox answers on loopback: keep-alive sockets send pre-built requests as fast
 * as the answers come back. Not a test; run it with
 * {@code mvn -B -q -pl sandbox exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.wecom.sandbox.bench.SandboxThroughput}.
 * Arguments: connections (default 16), seconds (default 10).
 */
public final class SandboxThroughput {

  public static void main(String[] args) throws Exception {
    int connections = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    try (WeComSandbox sandbox = WeComSandbox.start(SandboxConfig.custom().recordLimit(0).build())) {
      URI base = URI.create(sandbox.baseUrl());
      String token = token(sandbox.baseUrl());
      String get = "GET /cgi-bin/agent/list?access_token=" + token + " HTTP/1.1\r\nHost: sandbox\r\n\r\n";
      String body = "{\"touser\":\"zhangsan\",\"msgtype\":\"text\",\"agentid\":1000002,\"text\":{\"content\":\"disk full\"}}";
      String post = "POST /cgi-bin/message/send?access_token=" + token + " HTTP/1.1\r\nHost: sandbox\r\n"
          + "Content-Type: application/json\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
          + "\r\n\r\n" + body;
      System.out.printf("machine: %d cores, Java %s; %d keep-alive connections, in-process sandbox%n",
          Runtime.getRuntime().availableProcessors(), Runtime.version(), connections);
      run("warm-up", base, get, connections, 3);
      run("GET agent/list (token check, example answer)", base, get, connections, seconds);
      run("POST message/send (token check, schema validation)", base, post, connections, seconds);
    }
  }

  private static void run(String name, URI base, String request, int connections, int seconds) throws Exception {
    byte[] bytes = request.getBytes(StandardCharsets.UTF_8);
    LongAdder done = new LongAdder();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      Thread t = new Thread(() -> {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
          socket.setTcpNoDelay(true);
          OutputStream out = socket.getOutputStream();
          InputStream in = new BufferedInputStream(socket.getInputStream(), 65536);
          while (!stop.get()) {
            out.write(bytes);
            out.flush();
            readResponse(in);
            done.increment();
          }
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
      t.start();
      threads.add(t);
    }
    long start = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    long count = done.sum();
    double elapsed = (System.nanoTime() - start) / 1e9;
    for (Thread t : threads) {
      t.join();
    }
    if (!name.equals("warm-up")) {
      System.out.printf("%-52s %,10.0f requests/s (%,d in %.1f s)%n", name, count / elapsed, count, elapsed);
    }
  }

  private static void readResponse(InputStream in) throws IOException {
    int contentLength = -1;
    StringBuilder line = new StringBuilder();
    while (true) {
      int c = in.read();
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c == '\n') {
        String header = line.toString().trim();
        if (header.isEmpty()) {
          break;
        }
        if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
          contentLength = Integer.parseInt(header.substring(15).trim());
        }
        line.setLength(0);
      } else {
        line.append((char) c);
      }
    }
    in.readNBytes(contentLength);
  }

  private static String token(String baseUrl) throws Exception {
    String json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(baseUrl + "/cgi-bin/gettoken?corpid=bench&corpsecret=bench")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    return json.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
  }
}
