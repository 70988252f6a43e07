package io.wecom.client.internal;

import feign.Headers;
import feign.RequestTemplate;
import io.wecom.client.token.TokenKind;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What the spec says of one generated operation, read from the marker headers the generator puts on each method:
 * its operationId, whether repeating it is safe, the token kind it needs ({@code null} for none), for the message
 * archive the app whose secret mints that token, and for a cursor-paged operation how it pages ({@code null} for
 * others).
 */
public record OperationInfo(String id, boolean idempotent, TokenKind tokenKind, String tokenApp,
    Pagination pagination) {

  /** The spec's {@code x-wecom-pagination}: the cursor's request field, the next cursor's and the items' answer fields. */
  public record Pagination(String cursorParam, String nextCursorField, String itemsField) {}

  static final String OPERATION_HEADER = "X-WeCom-Operation";
  static final String IDEMPOTENT_HEADER = "X-WeCom-Idempotent";
  static final String TOKEN_HEADER = "X-WeCom-Token";
  static final String TOKEN_APP_HEADER = "X-WeCom-Token-App";
  static final String PAGINATION_HEADER = "X-WeCom-Pagination";

  private static final Map<Method, OperationInfo> CACHE = new ConcurrentHashMap<>();

  /** The operation a request template was built for. */
  public static OperationInfo of(RequestTemplate template) {
    if (template.methodMetadata() == null) {
      throw new IllegalStateException("request " + template.path() + " was not built from a generated operation");
    }
    return of(template.methodMetadata().method());
  }

  /** The operation behind a generated interface method. */
  public static OperationInfo of(Method method) {
    return CACHE.computeIfAbsent(method, OperationInfo::parse);
  }

  /** Removes the marker headers, so that they never leave the client. */
  static void stripMarkers(RequestTemplate template) {
    template.removeHeader(OPERATION_HEADER);
    template.removeHeader(IDEMPOTENT_HEADER);
    template.removeHeader(TOKEN_HEADER);
    template.removeHeader(TOKEN_APP_HEADER);
    template.removeHeader(PAGINATION_HEADER);
  }

  private static OperationInfo parse(Method method) {
    Map<String, String> markers = new HashMap<>();
    Headers headers = method.getAnnotation(Headers.class);
    if (headers != null) {
      for (String header : headers.value()) {
        int colon = header.indexOf(':');
        markers.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
      }
    }
    String id = markers.get(OPERATION_HEADER);
    String token = markers.get(TOKEN_HEADER);
    if (id == null || token == null) {
      throw new IllegalStateException(method + " lacks the generated headers " + OPERATION_HEADER + " and "
          + TOKEN_HEADER + "; was the client generated with generator-templates/?");
    }
    return new OperationInfo(id, "true".equals(markers.get(IDEMPOTENT_HEADER)),
        token.equals("none") ? null : TokenKind.fromQueryName(token), markers.get(TOKEN_APP_HEADER),
        pagination(method, markers.get(PAGINATION_HEADER)));
  }

  private static Pagination pagination(Method method, String marker) {
    if (marker == null) {
      return null;
    }
    Map<String, String> fields = new HashMap<>();
    for (String pair : marker.split(",")) {
      String[] nameValue = pair.split("=", 2);
      fields.put(nameValue[0].trim(), nameValue.length == 2 ? nameValue[1].trim() : "");
    }
    Pagination pagination = new Pagination(fields.get("cursorParam"), fields.get("nextCursorField"),
        fields.get("itemsField"));
    if (Stream.of(pagination.cursorParam(), pagination.nextCursorField(), pagination.itemsField())
        .anyMatch(f -> f == null || f.isEmpty())) {
      throw new IllegalStateException(method + " has a malformed " + PAGINATION_HEADER + " header: " + marker);
    }
    return pagination;
  }
}
