package io.wecom.client.token;

import java.util.Arrays;

/** The kinds of token a WeCom operation can need, named as the spec's security schemes and query parameters. */
public enum TokenKind {
  /** A corp's access_token: from gettoken (self-built apps) or get_corp_token (third-party apps). */
  ACCESS_TOKEN("access_token"),
  /** A third-party app's suite_access_token, from get_suite_token. */
  SUITE_ACCESS_TOKEN("suite_access_token"),
  /** A service provider's provider_access_token, from get_provider_token. */
  PROVIDER_ACCESS_TOKEN("provider_access_token");

  private final String queryName;

  TokenKind(String queryName) {
    this.queryName = queryName;
  }

  /** The query parameter (and security scheme) name, e.g. {@code access_token}. */
  public String queryName() {
    return queryName;
  }

  /** The kind whose query name is {@code name}. */
  public static TokenKind fromQueryName(String name) {
    return Arrays.stream(values())
        .filter(kind -> kind.queryName.equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown token kind: " + name));
  }
}
