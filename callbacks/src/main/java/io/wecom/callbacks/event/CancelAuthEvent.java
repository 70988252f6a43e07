package io.wecom.callbacks.event;

/**
 * A corp removed the suite (取消授权通知, InfoType {@code cancel_auth}). The corp is {@code header().corpId()};
 * WeCom asks that every piece of its data be deleted.
 */
public record CancelAuthEvent(CallbackHeader header, XmlFields fields) implements CallbackEvent {}
