package io.wecom.client.message;

import io.wecom.client.api.MessageApi;
import java.util.List;
import java.util.Objects;

/**
 * Sends app and group-chat messages with the client's agentid: {@code client.messages().sendText(users, text)}
 * is the whole call for an alert. Messages are checked against WeCom's limits before anything is sent. Get it from
 * {@link io.wecom.client.WeComClient#messages()}.
 */
public final class MessageSender {

  private final MessageApi api;
  private final Long agentId;

  /** {@code agentId} is the client's ({@code WeComClientBuilder.agentId}), or {@code null} when none was set. */
  public MessageSender(MessageApi api, Long agentId) {
    this.api = Objects.requireNonNull(api, "api");
    this.agentId = agentId;
  }

  /** Sends {@code content} (at most 2048 bytes) to the members {@code userIds} ({@code "@all"} for everyone). */
  public SendResult sendText(List<String> userIds, String content) {
    return send(Messages.text(content).toUsers(userIds));
  }

  /** Sends a markdown {@code content} (at most 2048 bytes) to the members {@code userIds}. */
  public SendResult sendMarkdown(List<String> userIds, String content) {
    return send(Messages.markdown(content).toUsers(userIds));
  }

  /**
   * Sends an app message; one without an agentid gets the client's.
   *
   * @throws IllegalStateException when neither the message nor the client has an agentid
   * @throws io.wecom.client.error.RequestValidationException when the message breaks a WeCom limit
   */
  public SendResult send(AppMessage message) {
    AppMessage complete = message;
    if (message.lacksAgentId()) {
      if (agentId == null) {
        throw new IllegalStateException("no agentid to send the message with: set WeComClientBuilder.agentId(...) "
            + "on the client, or AppMessage.agentId(...) on the message");
      }
      complete = message.agentId(agentId);
    }
    return SendResult.of(api.sendMessage(complete.build()));
  }

  /** Sends a message to a group chat the app created. */
  public void send(ChatMessage message) {
    api.sendAppChatMessage(message.build());
  }
}
