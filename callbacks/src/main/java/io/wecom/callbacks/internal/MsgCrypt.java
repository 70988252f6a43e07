package io.wecom.callbacks.internal;

import io.wecom.callbacks.CallbackVerificationException;
import io.wecom.callbacks.CallbackVerificationException.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeCom's callback encryption: AES-256-CBC with the IV taken from the key's first 16 bytes, PKCS#7 padding to a
 * 32-byte block, over 16 random bytes, the message length (4 bytes, network order), the message and the receiveid.
 * Thread-safe.
 */
public final class MsgCrypt {

  /** A decrypted message and the receiveid it was encrypted for. */
  public record Opened(String message, String receiveId) {}

  private static final int BLOCK = 32;
  private static final int RANDOM_BYTES = 16;
  private static final int HEADER = RANDOM_BYTES + 4;

  private final SecretKeySpec key;
  private final IvParameterSpec iv;
  private final SecureRandom random = new SecureRandom();

  public MsgCrypt(byte[] aesKey) {
    this.key = new SecretKeySpec(aesKey, "AES");
    this.iv = new IvParameterSpec(Arrays.copyOf(aesKey, 16));
  }

  /** Base64 of the encrypted frame carrying {@code message} for {@code receiveId}. */
  public String seal(String message, String receiveId) {
    byte[] msg = message.getBytes(StandardCharsets.UTF_8);
    byte[] id = receiveId.getBytes(StandardCharsets.UTF_8);
    int length = HEADER + msg.length + id.length;
    int pad = BLOCK - length % BLOCK;
    ByteBuffer frame = ByteBuffer.allocate(length + pad);
    byte[] prefix = new byte[RANDOM_BYTES];
    random.nextBytes(prefix);
    frame.put(prefix).putInt(msg.length).put(msg).put(id);
    while (frame.hasRemaining()) {
      frame.put((byte) pad);
    }
    return Base64.getEncoder().encodeToString(run(Cipher.ENCRYPT_MODE, frame.array()));
  }

  /**
   * Decrypts {@code encrypted} and splits the frame.
   *
   * @throws CallbackVerificationException BAD_CIPHERTEXT when it is not base64 of whole AES blocks, BAD_KEY when it
   *     does not decrypt to a well-formed frame with this key
   */
  public Opened open(String encrypted) {
    byte[] cipherText;
    try {
      cipherText = Base64.getDecoder().decode(encrypted);
    } catch (IllegalArgumentException e) {
      throw new CallbackVerificationException(Reason.BAD_CIPHERTEXT, "the encrypted text is not base64");
    }
    if (cipherText.length == 0 || cipherText.length % 16 != 0) {
      throw new CallbackVerificationException(Reason.BAD_CIPHERTEXT,
          "the encrypted text is " + cipherText.length + " bytes, not a whole number of 16-byte AES blocks");
    }
    byte[] plain = run(Cipher.DECRYPT_MODE, cipherText);
    int end = plain.length - padding(plain);
    if (end < HEADER) {
      throw notThisKey("the decrypted frame is " + end + " bytes, shorter than its " + HEADER + "-byte header");
    }
    int msgLength = ByteBuffer.wrap(plain, RANDOM_BYTES, 4).getInt();
    if (msgLength < 0 || msgLength > end - HEADER) {
      throw notThisKey("the decrypted frame announces a " + msgLength + "-byte message in " + (end - HEADER)
          + " bytes");
    }
    return new Opened(new String(plain, HEADER, msgLength, StandardCharsets.UTF_8),
        new String(plain, HEADER + msgLength, end - HEADER - msgLength, StandardCharsets.UTF_8));
  }

  private static int padding(byte[] plain) {
    int pad = plain[plain.length - 1] & 0xff;
    if (pad < 1 || pad > BLOCK || pad > plain.length) {
      throw notThisKey("the decrypted text ends in an invalid PKCS#7 padding byte");
    }
    for (int i = plain.length - pad; i < plain.length; i++) {
      if (plain[i] != (byte) pad) {
        throw notThisKey("the decrypted text has an invalid PKCS#7 padding");
      }
    }
    return pad;
  }

  private static CallbackVerificationException notThisKey(String what) {
    return new CallbackVerificationException(Reason.BAD_KEY,
        what + "; the EncodingAESKey differs from the one set in WeCom, or the text was altered");
  }

  private byte[] run(int mode, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
      cipher.init(mode, key, iv);
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/CBC/NoPadding with a 256-bit key is unavailable in this Java runtime", e);
    }
  }
}
