package io.wecom.callbacks.event;

/**
 * A corp changed what it authorized the suite to do (变更授权通知, InfoType {@code change_auth}): visibility,
 * permissions or authorization mode. The corp is {@code header().corpId()}; fetch its auth info again.
 *
 * @param state the State given in the install link, or {@code null}
 * @param extraInfo the ExtraInfo, or {@code null}
 */
public record ChangeAuthEvent(CallbackHeader header, String state, String extraInfo, XmlFields fields)
    implements CallbackEvent {}
