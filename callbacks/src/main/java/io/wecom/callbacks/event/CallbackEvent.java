package io.wecom.callbacks.event;

/**
 * A verified, decrypted WeCom callback. Switch over the permitted types; anything this library has no type for
 * arrives as a {@link GenericEvent}, never as an error. Every event keeps all the XML fields it came with in
 * {@link #fields()}, so fields WeCom adds later are not lost.
 */
public sealed interface CallbackEvent permits SuiteTicketEvent, CreateAuthEvent, ChangeAuthEvent, CancelAuthEvent,
    ContactChangeEvent, ExternalContactChangeEvent, ExternalChatChangeEvent, ExternalTagChangeEvent,
    TemplateCardEvent, TextMessage, ImageMessage, GenericEvent {

  /** Who the callback is about and when it was made. */
  CallbackHeader header();

  /** Every field of the decrypted XML. */
  XmlFields fields();
}
