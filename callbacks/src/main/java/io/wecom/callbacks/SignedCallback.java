package io.wecom.callbacks;

import io.wecom.callbacks.internal.CallbackXml;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One callback as WeCom sends it, encrypted and signed by a {@link CallbackPusher}: the query parameters and the
 * encrypted text, ready to be sent as a POST (with {@link #body()}) or as the URL-verification GET (with the encrypted
 * text as echostr).
 *
 * @param toUserName the ToUserName of the POST envelope: the corp id or suite id the message is for
 */
public record SignedCallback(String msgSignature, String timestamp, String nonce, String encrypted,
    String toUserName) {

  /** The POST body: the XML envelope holding ToUserName and Encrypt. */
  public String body() {
    return CallbackXml.pushEnvelope(toUserName, encrypted);
  }

  /** {@code callbackUrl} with msg_signature, timestamp and nonce added to its query: where to POST {@link #body()}. */
  public URI postUri(URI callbackUrl) {
    return withQuery(callbackUrl, "msg_signature=" + msgSignature + "&timestamp=" + timestamp + "&nonce="
        + encode(nonce));
  }

  /** {@code callbackUrl} with msg_signature, timestamp, nonce and echostr added: WeCom's URL-verification GET. */
  public URI verificationUri(URI callbackUrl) {
    return withQuery(callbackUrl, "msg_signature=" + msgSignature + "&timestamp=" + timestamp + "&nonce="
        + encode(nonce) + "&echostr=" + encode(encrypted));
  }

  private static URI withQuery(URI url, String query) {
    String base = url.toString();
    return URI.create(base + (url.getRawQuery() == null ? "?" : "&") + query);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
