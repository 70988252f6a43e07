package io.wecom.callbacks.event;

/**
 * A corp installed the suite from the WeCom app market (授权成功通知, InfoType {@code create_auth}). Exchange the
 * auth code for the permanent code within 10 minutes, and answer WeCom within 1 second. {@link #toString()} masks
 * the auth code.
 *
 * @param authCode the AuthCode (临时授权码) for get_permanent_code
 * @param state the State given in the install link, or {@code null}
 * @param extraInfo the ExtraInfo, or {@code null}
 */
public record CreateAuthEvent(CallbackHeader header, String authCode, String state, String extraInfo,
    XmlFields fields) implements CallbackEvent {

  @Override
  public String toString() {
    return "CreateAuthEvent[header=" + header + ", authCode=***, state=" + state + ", extraInfo=" + extraInfo
        + ", fields=" + fields + "]";
  }
}
