package io.wecom.client.install;

import java.time.Instant;

/**
 * A pre-authorization code (预授权码), the suite's ticket for one install session: it goes into the install link the
 * corp admin opens. {@link #toString()} masks the code.
 *
 * @param code the code
 * @param expiresAt when WeCom stops accepting it
 */
public record PreAuthCode(String code, Instant expiresAt) {

  @Override
  public String toString() {
    return "PreAuthCode[code=***, expiresAt=" + expiresAt + "]";
  }
}
