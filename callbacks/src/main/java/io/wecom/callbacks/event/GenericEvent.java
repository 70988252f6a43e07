package io.wecom.callbacks.event;

/**
 * Any callback this library has no type for: an app event such as {@code subscribe}, {@code enter_agent} or
 * {@code click}, another message type, or a suite notification added later. The type fields are {@code null} when
 * the XML lacks them; everything else is in {@link #fields()}.
 *
 * @param msgType the MsgType of app callbacks, e.g. {@code event} or {@code voice}
 * @param event the Event of app events, e.g. {@code click}
 * @param infoType the InfoType of suite callbacks
 * @param changeType the ChangeType, when given
 */
public record GenericEvent(CallbackHeader header, String msgType, String event, String infoType, String changeType,
    XmlFields fields) implements CallbackEvent {

  /** The EventKey of menu and card events, or {@code null}. */
  public String eventKey() {
    return fields.text("EventKey");
  }
}
