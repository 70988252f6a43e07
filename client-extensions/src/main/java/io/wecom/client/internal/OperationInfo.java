package io.wecom.client.internal;

import feign.Headers;
import feign.RequestTemplate;
import io.wecom.client.token.TokenKind;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the spec says of one generated operation, read from the marker headers the generator puts on each method:
 * its operationId, whether repeating it is safe, the token kind it needs ({@code null} for none) and, for the message
 * archive, the app whose secret mints that token.
 */
public record OperationInfo(String id, boolean idempotent, TokenKind tokenKind, String tokenApp) {

  static final String OPERATION_HEADER = "X-WeCom-Operation";
  static final String IDEMPOTENT_HEADER = "X-WeCom-Idempotent";
  static final String TOKEN_HEADER = "X-WeCom-Token";
  static final String TOKEN_APP_HEADER = "X-WeCom-Token-App";

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
        token.equals("none") ? null : TokenKind.fromQueryName(token), markers.get(TOKEN_APP_HEADER));
  }
}
