package io.wecom.callbacks.event;

/**
 * A member sent the app a text message (文本消息, MsgType {@code text}).
 *
 * @param msgId the MsgId (a 64-bit number, kept as text)
 * @param content the Content
 */
public record TextMessage(CallbackHeader header, String msgId, String content, XmlFields fields)
    implements CallbackEvent {}
