package io.wecom.client.message;

import io.wecom.client.message.internal.CustomerMessageRules;
import io.wecom.client.message.internal.Frozen;
import io.wecom.client.model.Attachment;
import io.wecom.client.model.ExternalContactMsgText;
import io.wecom.client.model.SendWelcomeMessageRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A welcome message to a new customer (externalcontact/send_welcome_msg) being put together: a text of at most
 * 4000 bytes and up to 9 {@link Attachments}, at least one of the two. {@link #build()} checks the limits and
 * gives the generated {@link SendWelcomeMessageRequest}. Immutable: each method returns a new builder.
 */
public final class WelcomeMessage {

  private final Frozen<SendWelcomeMessageRequest> request;

  private WelcomeMessage(Frozen<SendWelcomeMessageRequest> request) {
    this.request = request;
  }

  /** A welcome message answering the welcome_code of an add_external_contact event (valid for 20 s, once). */
  public static WelcomeMessage forCode(String welcomeCode) {
    return new WelcomeMessage(Frozen.of(new SendWelcomeMessageRequest().welcomeCode(welcomeCode)));
  }

  /** The text, at most 4000 bytes. */
  public WelcomeMessage text(String content) {
    return with(r -> r.text(new ExternalContactMsgText().content(content)));
  }

  /** The attachments (see {@link Attachments}), at most 9; replaces earlier ones. */
  public WelcomeMessage attachments(Attachment... attachments) {
    return with(r -> r.attachments(new ArrayList<>(Arrays.asList(attachments))));
  }

  /**
   * The request, checked against the limits of send_welcome_msg.
   *
   * @throws io.wecom.client.error.RequestValidationException naming the field, its size and the limit it breaks
   */
  public SendWelcomeMessageRequest build() {
    SendWelcomeMessageRequest built = request.copy();
    CustomerMessageRules.welcome(built);
    return built;
  }

  private WelcomeMessage with(Consumer<SendWelcomeMessageRequest> change) {
    return new WelcomeMessage(request.with(change));
  }
}
