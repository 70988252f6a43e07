package io.wecom.callbacks.event;

/**
 * A member sent the app a picture (图片消息, MsgType {@code image}).
 *
 * @param msgId the MsgId (a 64-bit number, kept as text)
 * @param picUrl the PicUrl
 * @param mediaId the MediaId for fetching the file, valid for three days
 */
public record ImageMessage(CallbackHeader header, String msgId, String picUrl, String mediaId, XmlFields fields)
    implements CallbackEvent {}
