package io.wecom.client.message;

import io.wecom.client.message.internal.Recipients;
import io.wecom.client.model.SendMessageResponse;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to message/send, with its {@code |}-separated recipient lists split into lists. The message went out
 * to every recipient not listed here: when some recipients are invalid (outside the app's visible range, unknown)
 * WeCom still sends to the others and names the invalid ones; members without a licence are named apart.
 */
public final class SendResult {

  private final SendMessageResponse response;

  private SendResult(SendMessageResponse response) {
    this.response = response;
  }

  public static SendResult of(SendMessageResponse response) {
    return new SendResult(Objects.requireNonNull(response, "response"));
  }

  /** Userids WeCom rejected, lower-cased as WeCom returns them. */
  public List<String> invalidUsers() {
    return Recipients.split(response.getInvaliduser());
  }

  /** Department ids WeCom rejected. */
  public List<String> invalidParties() {
    return Recipients.split(response.getInvalidparty());
  }

  /** Tag ids WeCom rejected. */
  public List<String> invalidTags() {
    return Recipients.split(response.getInvalidtag());
  }

  /** Members in the visible range without a basic interface licence (基础接口许可); they got nothing. */
  public List<String> unlicensedUsers() {
    return Recipients.split(response.getUnlicenseduser());
  }

  /** Whether WeCom rejected any user, department or tag. */
  public boolean hasInvalidRecipients() {
    return !invalidUsers().isEmpty() || !invalidParties().isEmpty() || !invalidTags().isEmpty();
  }

  /** Whether some member got nothing: an invalid recipient or an unlicensed member. */
  public boolean hasUndeliveredRecipients() {
    return hasInvalidRecipients() || !unlicensedUsers().isEmpty();
  }

  /** The message id, to recall the message with message/recall. */
  public String msgId() {
    return response.getMsgid();
  }

  /**
   * The code for update_template_card (valid 72 hours, once); only for interactive template cards and for notice
   * cards with an action menu.
   */
  public Optional<String> responseCode() {
    return Optional.ofNullable(response.getResponseCode()).filter(code -> !code.isEmpty());
  }

  /** The generated answer as WeCom sent it. */
  public SendMessageResponse response() {
    return response;
  }

  @Override
  public String toString() {
    return "SendResult[msgid=" + msgId() + ", invalidUsers=" + invalidUsers() + ", invalidParties="
        + invalidParties() + ", invalidTags=" + invalidTags() + ", unlicensedUsers=" + unlicensedUsers() + "]";
  }
}
