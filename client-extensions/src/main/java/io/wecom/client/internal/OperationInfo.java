package io.wecom.client.internal;

import feign.RequestTemplate;
import io.wecom.client.api.WeComOperation;
import io.wecom.client.api.WeComOperations;
import io.wecom.client.token.TokenKind;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the spec says of one generated operation, as the client acts on it: its operationId, whether repeating it is
 * safe, the token kind it needs ({@code null} for none), for the message archive the app whose secret mints that
 * token, and for a paged list how it pages, by cursor or by offset ({@code null} for others). Read from the generated
 * {@link WeComOperations} catalog, by the name of the generated method.
 */
public record OperationInfo(String id, boolean idempotent, TokenKind tokenKind, String tokenApp,
    WeComOperation.Pagination pagination) {

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
    return CACHE.computeIfAbsent(method, OperationInfo::lookUp);
  }

  private static OperationInfo lookUp(Method method) {
    WeComOperation op = WeComOperations.byId(method.getName())
        .filter(o -> o.api() == method.getDeclaringClass())
        .orElseThrow(() -> new IllegalStateException(method + " is not an operation of the generated catalog"));
    return new OperationInfo(op.id(), op.idempotent(),
        op.tokenScheme() == null ? null : TokenKind.fromScheme(op.tokenScheme()), op.tokenApp(), op.pagination());
  }
}
