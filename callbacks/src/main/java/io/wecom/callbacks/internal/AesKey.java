package io.wecom.callbacks.internal;

import java.util.Base64;
import java.util.regex.Pattern;

/** Turns WeCom's EncodingAESKey (43 base64 characters) into the 32-byte AES key, or says clearly why it is not one. */
public final class AesKey {

  /** The length WeCom gives every EncodingAESKey. */
  public static final int ENCODED_LENGTH = 43;
  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*");

  private AesKey() {}

  /**
   * The 32-byte AES key: Base64-decode(EncodingAESKey + "=").
   *
   * @throws IllegalArgumentException naming what is wrong, never the key itself
   */
  public static byte[] decode(String encodingAesKey) {
    if (encodingAesKey == null) {
      throw new IllegalArgumentException("encodingAesKey must not be null");
    }
    if (encodingAesKey.length() != ENCODED_LENGTH) {
      throw new IllegalArgumentException("encodingAesKey must be " + ENCODED_LENGTH
          + " base64 characters (the EncodingAESKey of the WeCom admin console), was " + encodingAesKey.length()
          + " characters");
    }
    if (!BASE64.matcher(encodingAesKey).matches()) {
      throw new IllegalArgumentException("encodingAesKey must hold only base64 characters A-Z, a-z, 0-9, + and /");
    }
    return Base64.getDecoder().decode(encodingAesKey + "=");
  }
}
