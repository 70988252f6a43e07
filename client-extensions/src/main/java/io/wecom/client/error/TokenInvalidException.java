package io.wecom.client.error;

import io.wecom.client.token.TokenKind;

/**
 * The token the call carried was missing, invalid or expired (42001, 40014, 41001, 42009, 40082, ...). The client
 * has already dropped that token and retried once with a fresh one; seeing this means the fresh one failed too.
 */
public class TokenInvalidException extends WeComApiException {

  private final TokenKind tokenKind;

  public TokenInvalidException(Details details, String message, TokenKind tokenKind) {
    super(details, message);
    this.tokenKind = tokenKind;
  }

  /** The kind of token the failed call needed. */
  public TokenKind tokenKind() {
    return tokenKind;
  }
}
