package io.wecom.cli;

import io.wecom.client.token.TokenKind;
import io.wecom.client.token.TokenProvider;

/** A credential the command line is given as it is, such as a group robot's key: never fetched, never refreshed. */
final class FixedCredential implements TokenProvider {

  private final TokenKind kind;
  private final String value;

  FixedCredential(TokenKind kind, String value) {
    this.kind = kind;
    this.value = value;
  }

  @Override
  public TokenKind kind() {
    return kind;
  }

  @Override
  public String token() {
    return value;
  }

  @Override
  public void invalidate(String staleToken) {
    // nothing to refresh: the value is as configured
  }

  @Override
  public String toString() {
    return "FixedCredential[" + kind + "]";
  }
}
