package io.wecom.client.internal;

import io.wecom.client.token.TokenKind;
import io.wecom.client.token.TokenProvider;
import java.util.Map;

/**
 * The token providers one client was configured with, keyed by token kind, plus the provider of the message-archive
 * app. Picks the provider an operation needs, or says which credentials are missing.
 */
public final class TokenProviders {

  public static final String MSGAUDIT_APP = "msgaudit";

  private final Map<TokenKind, TokenProvider> byKind;
  private final TokenProvider msgAudit;

  public TokenProviders(Map<TokenKind, TokenProvider> byKind, TokenProvider msgAudit) {
    this.byKind = Map.copyOf(byKind);
    this.msgAudit = msgAudit;
  }

  /** The provider for {@code op}'s token. */
  public TokenProvider forOperation(OperationInfo op) {
    if (MSGAUDIT_APP.equals(op.tokenApp())) {
      if (msgAudit == null) {
        throw new IllegalStateException(op.id() + " needs an access_token made with the message-archive secret: "
            + "set WeComClient.builder().msgAuditSecret(...)");
      }
      return msgAudit;
    }
    TokenProvider provider = byKind.get(op.tokenKind());
    if (provider == null) {
      throw new IllegalStateException(op.id() + " needs a " + op.tokenKind().queryName() + ": " + hint(op.tokenKind()));
    }
    return provider;
  }

  /** Drops {@code staleToken} from the provider {@code op} used, if it still holds it. */
  void invalidate(OperationInfo op, String staleToken) {
    if (staleToken != null) {
      forOperation(op).invalidate(staleToken);
    }
  }

  private static String hint(TokenKind kind) {
    return switch (kind) {
      case ACCESS_TOKEN -> "set WeComClient.builder().corpId(...).secret(...), or .authorizedCorp(...) for a third-party app";
      case SUITE_ACCESS_TOKEN -> "set WeComClient.builder().suite(suiteId, suiteSecret, ticketSource)";
      case PROVIDER_ACCESS_TOKEN -> "set WeComClient.builder().provider(corpId, providerSecret)";
      case DEVICE_ACCESS_TOKEN, MODEL_ACCESS_TOKEN -> "give the client a TokenProvider of that kind with WeComClient.builder().tokenProvider(...)";
      case WEBHOOK_KEY -> "a group robot is called with its key: give the client a TokenProvider of kind WEBHOOK_KEY";
    };
  }
}
