package io.wecom.client.internal;

import java.util.regex.Pattern;

/**
 * Masks secrets and tokens in text bound for logs and exception messages: query parameters such as
 * {@code access_token=...}, also URL-encoded ({@code access_token%3D...}), and JSON fields such as
 * {@code "suite_secret": "..."}, also inside an escaped JSON string ({@code \"suite_secret\":\"...\"}).
 */
public final class Redactor {

  private static final String NAMES = "access_token|suite_access_token|provider_access_token|corpsecret|secret"
      + "|suite_secret|provider_secret|permanent_code|suite_ticket|user_ticket|auth_code|code|corp_secret"
      + "|encoding_aes_key|EncodingAESKey|token|pre_auth_code|key|device_access_token|model_access_token"
      + "|model_secret|model_ticket|device_secret|encoding_aeskey|secret_key|encrypt_secret_key|encrypted_secret_key";
  private static final Pattern QUERY = Pattern.compile(
      "(?<![A-Za-z0-9_])((?:" + NAMES + ")(?:=|%3[Dd]))(?:(?!%26)[^&\\s\"',<>\\\\])+");
  private static final Pattern JSON = Pattern.compile(
      "(\"(?:" + NAMES + ")\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\"?)");
  private static final Pattern ESCAPED_JSON = Pattern.compile(
      "(\\\\+\"(?:" + NAMES + ")\\\\+\"\\s*:\\s*\\\\+\")(.*?)(\\\\+\"|$)");
  private static final String MASK = "***";

  private Redactor() {}

  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String masked = QUERY.matcher(text).replaceAll("$1" + MASK);
    masked = ESCAPED_JSON.matcher(masked).replaceAll("$1" + MASK + "$3");
    return JSON.matcher(masked).replaceAll("$1" + MASK + "$3");
  }
}
