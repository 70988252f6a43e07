package io.wecom.callbacks.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** WeCom's msg_signature: SHA-1 over token, timestamp, nonce and the encrypted text, sorted and concatenated. */
public final class MsgSignature {

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{1,32}");

  private MsgSignature() {}

  /**
   * Checks WeCom's rule for a callback Token: 1 to 32 letters or digits.
   *
   * @throws IllegalArgumentException naming the rule and the length, never the token
   */
  public static String checkToken(String token) {
    String rule = "token must be 1 to 32 letters or digits (WeCom's rule for the Token of a callback URL)";
    if (token == null || token.isEmpty() || token.length() > 32) {
      throw new IllegalArgumentException(rule + ", was " + (token == null ? "null" : token.length() + " characters"));
    }
    if (!TOKEN.matcher(token).matches()) {
      throw new IllegalArgumentException(rule + ", has other characters");
    }
    return token;
  }

  /** The lowercase hex signature WeCom would send for these values. */
  public static String sign(String token, String timestamp, String nonce, String encrypted) {
    String[] parts = {token, timestamp, nonce, encrypted};
    Arrays.sort(parts);
    byte[] digest = sha1().digest(String.join("", parts).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest);
  }

  /** Whether {@code given} is the signature of these values, compared in constant time. */
  public static boolean matches(String given, String token, String timestamp, String nonce, String encrypted) {
    byte[] expected = sign(token, timestamp, nonce, encrypted).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII));
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-1", e);
    }
  }
}
