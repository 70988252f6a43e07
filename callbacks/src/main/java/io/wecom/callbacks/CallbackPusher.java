package io.wecom.callbacks;

import io.wecom.callbacks.internal.AesKey;
import io.wecom.callbacks.internal.MsgCrypt;
import io.wecom.callbacks.internal.MsgSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/**
 * WeCom's side of a callback: encrypts a message for a receiveid, signs it with the token and sends it to a callback
 * URL, exactly as WeCom does. For tests and local sandboxes that play WeCom against an app. Immutable and
 * thread-safe; {@link #toString()} masks the token and the key.
 */
public final class CallbackPusher {

  private final String token;
  private final String receiveId;
  private final MsgCrypt crypt;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  private CallbackPusher(String token, MsgCrypt crypt, String receiveId, Clock clock) {
    this.token = token;
    this.receiveId = receiveId;
    this.crypt = crypt;
    this.clock = clock;
  }

  /**
   * A pusher for the app whose callback URL is set with {@code token} and {@code encodingAesKey}.
   *
   * @param receiveId the corp id (self-built apps and data callbacks) or suite id (command callbacks) to encrypt for
   */
  public static CallbackPusher of(String token, String encodingAesKey, String receiveId) {
    return new CallbackPusher(MsgSignature.checkToken(token), new MsgCrypt(AesKey.decode(encodingAesKey)),
        Objects.requireNonNull(receiveId, "receiveId"), Clock.systemUTC());
  }

  /** A pusher that stamps messages with {@code clock}'s time. */
  public CallbackPusher withClock(Clock clock) {
    return new CallbackPusher(token, crypt, receiveId, Objects.requireNonNull(clock, "clock"));
  }

  /** Encrypts and signs {@code message} (callback XML, or an echostr) with the current time and a fresh nonce. */
  public SignedCallback seal(String message) {
    return seal(message, clock.instant().getEpochSecond(), String.valueOf(1_000_000_000L + random.nextInt(1 << 30)));
  }

  /** Encrypts and signs {@code message} with the given timestamp (seconds) and nonce. */
  public SignedCallback seal(String message, long timestamp, String nonce) {
    String encrypted = crypt.seal(Objects.requireNonNull(message, "message"), receiveId);
    String time = Long.toString(timestamp);
    return new SignedCallback(MsgSignature.sign(token, time, nonce, encrypted), time, nonce, encrypted, receiveId);
  }

  /** POSTs {@code message}, encrypted and signed, to {@code callbackUrl} and returns the app's answer. */
  public HttpResponse<String> push(HttpClient http, URI callbackUrl, String message)
      throws IOException, InterruptedException {
    SignedCallback signed = seal(message);
    HttpRequest request = HttpRequest.newBuilder(signed.postUri(callbackUrl))
        .header("Content-Type", "text/xml; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(signed.body(), StandardCharsets.UTF_8))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Sends the URL-verification GET with {@code echo} as the secret to echo; the app must answer with it. */
  public HttpResponse<String> verifyUrl(HttpClient http, URI callbackUrl, String echo)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(seal(echo).verificationUri(callbackUrl)).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "CallbackPusher[token=***, encodingAesKey=***, receiveId=" + receiveId + ", clock=" + clock + "]";
  }
}
