package io.wecom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code wecom ops} lists the spec's operations; {@code wecom sandbox} serves Swagger UI until stopped. */
class OpsAndSandboxCommandTest {

  @Test
  void listsEveryOperationByTagWithMethodPathAndSummary() {
    CliRun run = CliRun.run(Map.of(), "ops");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsSubsequence("basics\n", "contacts\n", "message\n");
    assertThat(run.out()).containsPattern("\n  sendMessage +POST +/cgi-bin/message/send +Send an app message")
        .containsPattern("\n  getUser +GET +/cgi-bin/user/get +Get a member");
    OperationCatalog catalog = OperationCatalog.bundled();
    long operations = catalog.tags().stream().mapToLong(tag -> catalog.byTag(tag).size()).sum();
    assertThat(operations).isGreaterThan(60);
    assertThat(run.out().lines().filter(line -> line.startsWith("  "))).hasSize((int) operations);
  }

  @Test
  void listsOneTagWhenAsked() {
    CliRun run = CliRun.run(Map.of(), "ops", "contacts");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("contacts\n").contains("createTag").doesNotContain("sendMessage");
    assertThat(CliRun.run(Map.of(), "ops", "contact").exitCode()).isEqualTo(2);
  }

  @Test
  void runsTheSandboxWithSwaggerUiUntilInterrupted() throws Exception {
    CompletableFuture<String> url = new CompletableFuture<>();
    PrintStream out = new PrintStream(new LineWatcher(url), true, StandardCharsets.UTF_8);
    CompletableFuture<Integer> exit = new CompletableFuture<>();
    Thread command = new Thread(() -> exit.complete(Main.run(new String[] {"sandbox", "--port", "0"},
        new ByteArrayInputStream(new byte[0]), out, System.err, Map.of())));
    command.start();

    String docs = url.get(30, TimeUnit.SECONDS);
    HttpURLConnection page = open(docs);
    assertThat(page.getResponseCode()).isEqualTo(200);
    assertThat(new String(page.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).containsIgnoringCase("swagger");

    command.interrupt();
    assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    assertThatThrownBy(() -> open(docs).getResponseCode()).isInstanceOf(ConnectException.class);
  }

  private static HttpURLConnection open(String url) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
    connection.setRequestProperty("Connection", "close");
    connection.setConnectTimeout(5000);
    return connection;
  }

  /** Completes {@code url} with the Swagger UI address once the command prints it. */
  private static final class LineWatcher extends OutputStream {
    private static final Pattern DOCS = Pattern.compile("Swagger UI at (http://\\S+/docs/)");
    private final StringBuilder text = new StringBuilder();
    private final CompletableFuture<String> url;

    LineWatcher(CompletableFuture<String> url) {
      this.url = url;
    }

    @Override
    public synchronized void write(int b) throws IOException {
      text.append((char) b);
      Matcher docs = DOCS.matcher(text);
      if (b == '\n' && docs.find()) {
        url.complete(docs.group(1));
      }
    }
  }
}
