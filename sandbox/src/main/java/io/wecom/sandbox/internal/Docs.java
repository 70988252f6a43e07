package io.wecom.sandbox.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Swagger UI at {@code /docs}, served from the swagger-ui webjar (no CDN), and the spec at {@code /openapi.json}
 * with its server set to this sandbox, so that "Try it out" calls the sandbox itself.
 */
public final class Docs {

  private static final String WEBJAR_PROPERTIES = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
  private static final String INDEX = "/io/wecom/sandbox/docs/index.html";
  private static final Map<String, String> TYPES = Map.of("js", "application/javascript", "css", "text/css",
      "html", "text/html; charset=UTF-8", "png", "image/png", "map", "application/json");

  private final byte[] spec;
  private final byte[] index;
  private final String webjarRoot;

  public Docs(String specText) {
    this.spec = withSandboxServer(specText);
    this.index = resource(INDEX);
    this.webjarRoot = "/META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
  }

  boolean handle(String path, Request request, Response response, Callback callback) {
    if (path.equals("/") || path.equals("/docs")) {
      Response.sendRedirect(request, response, callback, "/docs/");
      return true;
    }
    if (path.equals("/openapi.json")) {
      return SandboxHandler.write(response, callback, 200, "application/json; charset=UTF-8", spec);
    }
    if (path.equals("/docs/") || path.equals("/docs/index.html")) {
      return SandboxHandler.write(response, callback, 200, TYPES.get("html"), index);
    }
    String file = path.substring("/docs/".length());
    if (file.contains("..") || file.contains("/")) {
      return SandboxHandler.write(response, callback, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
    }
    InputStream in = Docs.class.getResourceAsStream(webjarRoot + file);
    if (in == null) {
      return SandboxHandler.write(response, callback, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
    }
    try (in) {
      String ext = file.substring(file.lastIndexOf('.') + 1);
      return SandboxHandler.write(response, callback, 200, TYPES.getOrDefault(ext, "application/octet-stream"),
          in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] withSandboxServer(String specText) {
    try {
      ObjectMapper json = new ObjectMapper();
      ObjectNode root = (ObjectNode) json.readTree(specText);
      root.putArray("servers").addObject().put("url", "/").put("description", "this sandbox");
      return json.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String webjarVersion() {
    try (InputStream in = Docs.class.getResourceAsStream(WEBJAR_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException("the swagger-ui webjar is not on the classpath");
      }
      Properties props = new Properties();
      props.load(in);
      return props.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = Docs.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
