package io.wecom.sandbox.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The sandbox's HTTP face on Jetty: {@code /docs} and {@code /openapi.json} go to {@link Docs}, {@code /sandbox/}
 * to {@link Admin}, everything else to the {@link Dispatcher}; this class turns its outcomes into bytes on the wire,
 * broken ones included.
 */
public final class SandboxHandler extends Handler.Abstract {

  private static final String JSON = "application/json; charset=UTF-8";
  private static final byte[] BAD_GATEWAY = ("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
      + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
      .getBytes(StandardCharsets.UTF_8);

  private final Dispatcher dispatcher;
  private final Docs docs;
  private final Admin admin;

  public SandboxHandler(Dispatcher dispatcher, Docs docs, Admin admin) {
    this.dispatcher = dispatcher;
    this.docs = docs;
    this.admin = admin;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = Request.getPathInContext(request);
    if (path.equals("/docs") || path.startsWith("/docs/") || path.equals("/openapi.json") || path.equals("/")) {
      return docs.handle(path, request, response, callback);
    }
    String body = body(request);
    if (path.startsWith("/sandbox/")) {
      Admin.Reply reply = admin.handle(request.getMethod(), path, body);
      return write(response, callback, reply.status(), JSON, reply.body());
    }
    Dispatcher.Outcome outcome = dispatcher.dispatch(request.getMethod(), path, query(request), headers(request),
        body, Request.getRemoteAddr(request));
    if (outcome instanceof Dispatcher.Outcome.Json json) {
      return write(response, callback, json.status(), JSON, json.body());
    }
    if (outcome instanceof Dispatcher.Outcome.File file) {
      response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"" + file.filename() + "\"");
      return write(response, callback, 200, "application/octet-stream", file.body());
    }
    if (outcome instanceof Dispatcher.Outcome.Truncated cut) {
      return truncate(request, response, callback, cut.body());
    }
    if (outcome instanceof Dispatcher.Outcome.BadGateway) {
      return write(response, callback, 502, "text/html", BAD_GATEWAY);
    }
    return abort(request, callback);
  }

  static boolean write(Response response, Callback callback, int status, String type, byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  private static boolean abort(Request request, Callback callback) {
    request.getConnectionMetaData().getConnection().getEndPoint().close();
    callback.failed(new IOException("connection reset by the sandbox scenario"));
    return true;
  }

  private static boolean truncate(Request request, Response response, Callback callback, byte[] body) {
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(false, ByteBuffer.wrap(body, 0, body.length / 2), Callback.from(
        () -> abort(request, callback), callback::failed));
    return true;
  }

  /** The body as text: UTF-8 for JSON, byte for byte for multipart uploads, whose files are binary. */
  private static String body(Request request) throws IOException {
    ByteBuffer buffer = Content.Source.asByteBuffer(request);
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    boolean form = type != null && type.toLowerCase().startsWith("multipart/");
    return new String(bytes, form ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  private static Map<String, List<String>> query(Request request) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    for (Fields.Field field : fields) {
      query.put(field.getName(), List.copyOf(field.getValues()));
    }
    return query;
  }

  private static Map<String, List<String>> headers(Request request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.computeIfAbsent(field.getName().toLowerCase(), k -> new ArrayList<>()).add(field.getValue());
    }
    return headers;
  }
}
