package io.wecom.client.error;

/**
 * A shared {@link io.wecom.client.token.TokenStore} (Redis, say) could not be reached or did not answer in time, so
 * no token could be read or written. Nothing was sent to WeCom. Check the store; the call is safe to repeat once it
 * is back. {@link #operation()} names the store command, e.g. {@code tokenStore.get}.
 */
public class TokenStoreUnavailableException extends WeComException {

  public TokenStoreUnavailableException(String command, String message, Throwable cause) {
    super(new Details(null, null, null, null, "tokenStore." + command, 0), message, cause);
  }
}
