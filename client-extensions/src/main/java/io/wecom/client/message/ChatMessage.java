package io.wecom.client.message;

import io.wecom.client.error.RequestValidationException;
import io.wecom.client.message.internal.AppChatRules;
import io.wecom.client.message.internal.Frozen;
import io.wecom.client.model.SendAppChatMessageRequest;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A message an app pushes into a group chat it created (appchat/send) being put together: its content comes from
 * {@link ChatMessages}, then the chat and options, then {@link #build()} checks every documented limit and gives
 * the generated {@link SendAppChatMessageRequest}. Immutable: each method returns a new builder.
 */
public final class ChatMessage {

  private final Frozen<SendAppChatMessageRequest> request;

  ChatMessage(SendAppChatMessageRequest content) {
    this(Frozen.of(content));
  }

  private ChatMessage(Frozen<SendAppChatMessageRequest> request) {
    this.request = request;
  }

  /** The group chat (chatid), which must have been created by the sending app. */
  public ChatMessage toChat(String chatId) {
    return with(r -> r.chatid(chatId));
  }

  /** Whether members may share the message: {@link Safety#SHAREABLE} or {@link Safety#CONFIDENTIAL}. */
  public ChatMessage safe(Safety safety) {
    if (Objects.requireNonNull(safety, "safety") == Safety.CORP_ONLY) {
      throw new RequestValidationException("safe", "a group chat takes 0 or 1, not 2");
    }
    return with(r -> r.safe(SendAppChatMessageRequest.SafeEnum.fromValue(safety.wireValue())));
  }

  /**
   * The request, checked against every limit WeCom documents for appchat/send.
   *
   * @throws io.wecom.client.error.RequestValidationException naming the field, its size and the limit it breaks
   */
  public SendAppChatMessageRequest build() {
    SendAppChatMessageRequest built = request.copy();
    AppChatRules.check(built);
    return built;
  }

  private ChatMessage with(Consumer<SendAppChatMessageRequest> change) {
    return new ChatMessage(request.with(change));
  }

  @Override
  public String toString() {
    return request.read(r -> "ChatMessage[" + r.getMsgtype() + " to chat " + r.getChatid() + "]");
  }
}
