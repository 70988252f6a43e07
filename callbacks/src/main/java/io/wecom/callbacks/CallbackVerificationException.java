package io.wecom.callbacks;

import io.wecom.client.error.WeComException;

/**
 * A callback request was refused: it is not signed with the configured token, is too old or too far ahead, does not
 * decrypt with the configured EncodingAESKey, was meant for another receiver, or is not the XML WeCom sends.
 * {@link #reason()} says which; the message says what was wrong and never holds the token, the key or the plaintext.
 * Nothing of a refused request has been parsed or stored. {@link #operation()} is {@code callback}.
 */
public final class CallbackVerificationException extends WeComException {

  /** Why a callback request was refused. */
  public enum Reason {
    /** msg_signature, timestamp, nonce or the encrypted text is absent or empty. */
    MISSING_PARAMETER,
    /** msg_signature does not match the token, timestamp, nonce and encrypted text: not from WeCom, or altered. */
    BAD_SIGNATURE,
    /** The timestamp is not a number of seconds within the replay window around now. */
    REPLAYED_TIMESTAMP,
    /** The encrypted text is not base64 of whole AES blocks. */
    BAD_CIPHERTEXT,
    /** The text is signed correctly but does not decrypt with the configured EncodingAESKey. */
    BAD_KEY,
    /** The message decrypted, but it names a receiveid (corp id or suite id) this handler does not accept. */
    BAD_RECEIVE_ID,
    /** The body or the decrypted message is not well-formed callback XML. */
    MALFORMED_XML
  }

  private final Reason reason;

  public CallbackVerificationException(Reason reason, String message) {
    this(reason, message, null);
  }

  public CallbackVerificationException(Reason reason, String message, Throwable cause) {
    super(new Details(null, null, null, null, "callback", 0), "callback refused (" + reason + "): " + message, cause);
    this.reason = reason;
  }

  /** Why the request was refused. */
  public Reason reason() {
    return reason;
  }
}
