package io.wecom.client.token;

import java.util.Arrays;

/**
 * The credentials a WeCom operation's URL can carry, one per security scheme of the spec: the scheme's name and the
 * query parameter it travels in.
 */
public enum TokenKind {
  /** A corp's access_token: from gettoken (self-built apps) or get_corp_token (third-party apps). */
  ACCESS_TOKEN("access_token", "access_token"),
  /** A third-party app's suite_access_token, from get_suite_token. */
  SUITE_ACCESS_TOKEN("suite_access_token", "suite_access_token"),
  /** A service provider's provider_access_token, from get_provider_token. */
  PROVIDER_ACCESS_TOKEN("provider_access_token", "provider_access_token"),
  /** A smart-hardware device's device_access_token, from openhw/get_device_token. */
  DEVICE_ACCESS_TOKEN("device_access_token", "device_access_token"),
  /** A smart-hardware device model's model_access_token, from openhw/get_model_token. */
  MODEL_ACCESS_TOKEN("model_access_token", "model_access_token"),
  /** A group robot's key, the last part of its webhook URL; it never expires. */
  WEBHOOK_KEY("webhook_key", "key");

  private final String scheme;
  private final String queryName;

  TokenKind(String scheme, String queryName) {
    this.scheme = scheme;
    this.queryName = queryName;
  }

  /** The security scheme's name in the spec, e.g. {@code webhook_key}. */
  public String scheme() {
    return scheme;
  }

  /** The query parameter, e.g. {@code access_token}, or {@code key} for a group robot. */
  public String queryName() {
    return queryName;
  }

  /** The kind whose security scheme is {@code name}. */
  public static TokenKind fromScheme(String name) {
    return Arrays.stream(values())
        .filter(kind -> kind.scheme.equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown security scheme: " + name));
  }

  /** The kind whose query parameter is {@code name}. */
  public static TokenKind fromQueryName(String name) {
    return Arrays.stream(values())
        .filter(kind -> kind.queryName.equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown token parameter: " + name));
  }
}
