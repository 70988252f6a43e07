package io.wecom.client.internal;

import feign.Request;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.wecom.client.token.TokenKind;
import java.util.Collection;
import java.util.List;

/**
 * Puts the token each operation needs into the query, as the spec's security requirement says (the generator's
 * marker headers naming it never reach a request: {@link MarkerStrippingContract} drops them). Clears every token
 * parameter first, so a request carries exactly one token even when Feign runs interceptors again on the same
 * template.
 */
public final class TokenInterceptor implements RequestInterceptor {

  private final TokenProviders tokens;

  public TokenInterceptor(TokenProviders tokens) {
    this.tokens = tokens;
  }

  @Override
  public void apply(RequestTemplate template) {
    OperationInfo op = OperationInfo.of(template);
    for (TokenKind kind : TokenKind.values()) {
      template.query(kind.queryName(), List.of());
    }
    if (op.tokenKind() != null) {
      template.query(op.tokenKind().queryName(), tokens.forOperation(op).token());
    }
  }

  /** The token a request carried for {@code op}, read back from its URL. */
  static String tokenSent(Request request, OperationInfo op) {
    if (op.tokenKind() == null) {
      return null;
    }
    Collection<String> values = request.requestTemplate().queries().get(op.tokenKind().queryName());
    return values == null || values.isEmpty() ? null : values.iterator().next();
  }
}
