package io.wecom.client.internal;

import feign.MethodMetadata;
import feign.RequestTemplate;
import io.wecom.client.token.TokenKind;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the spec says of one generated operation, read from the marker headers the generator puts on each method:
 * its operationId, the token kind it needs ({@code null} for none) and, for the message archive, the app whose
 * secret mints that token.
 */
public record OperationInfo(String id, TokenKind tokenKind, String tokenApp) {

  public static final String OPERATION_HEADER = "X-WeCom-Operation";
  public static final String TOKEN_HEADER = "X-WeCom-Token";
  public static final String TOKEN_APP_HEADER = "X-WeCom-Token-App";

  private static final Map<MethodMetadata, OperationInfo> CACHE = new ConcurrentHashMap<>();

  /** The operation a request template was built for. */
  public static OperationInfo of(RequestTemplate template) {
    MethodMetadata metadata = template.methodMetadata();
    if (metadata == null) {
      throw new IllegalStateException("request " + template.path() + " was not built from a generated operation");
    }
    return CACHE.computeIfAbsent(metadata, OperationInfo::parse);
  }

  /** Removes the marker headers, so that they never leave the client. */
  static void stripMarkers(RequestTemplate template) {
    template.removeHeader(OPERATION_HEADER);
    template.removeHeader(TOKEN_HEADER);
    template.removeHeader(TOKEN_APP_HEADER);
  }

  private static OperationInfo parse(MethodMetadata metadata) {
    Map<String, Collection<String>> headers = metadata.template().headers();
    String id = single(headers, OPERATION_HEADER, metadata);
    String token = single(headers, TOKEN_HEADER, metadata);
    String app = headers.containsKey(TOKEN_APP_HEADER) ? single(headers, TOKEN_APP_HEADER, metadata) : null;
    return new OperationInfo(id, token.equals("none") ? null : TokenKind.fromQueryName(token), app);
  }

  private static String single(Map<String, Collection<String>> headers, String name, MethodMetadata metadata) {
    Collection<String> values = headers.get(name);
    if (values == null || values.size() != 1) {
      throw new IllegalStateException(metadata.configKey() + " lacks the generated header " + name
          + "; was the client generated with generator-templates/?");
    }
    return values.iterator().next();
  }
}
