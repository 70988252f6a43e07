package io.wecom.client.message;

import io.wecom.client.message.internal.Frozen;
import io.wecom.client.message.internal.Recipients;
import io.wecom.client.message.internal.SendMessageRules;
import io.wecom.client.model.SendMessageRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An app message (message/send) being put together: its content comes from {@link Messages}, then recipients, the
 * agentid and options, then {@link #build()} checks every documented limit and gives the generated
 * {@link SendMessageRequest}. Immutable: each method returns a new builder, so one can serve as a template.
 *
 * <pre>{@code
 * SendMessageRequest request = Messages.text("disk /data is 95% full")
 *     .toUsers("zhangsan", "lisi").agentId(1000002).build();
 * }</pre>
 */
public final class AppMessage {

  private final Frozen<SendMessageRequest> request;

  AppMessage(SendMessageRequest content) {
    this(Frozen.of(content));
  }

  private AppMessage(Frozen<SendMessageRequest> request) {
    this.request = request;
  }

  /** The members to send to (userids); replaces earlier ones. At most 1000. */
  public AppMessage toUsers(String... userIds) {
    return toUsers(Arrays.asList(userIds));
  }

  /** The members to send to (userids); replaces earlier ones. At most 1000. */
  public AppMessage toUsers(Collection<String> userIds) {
    String joined = Recipients.join("touser", userIds);
    return with(r -> r.touser(joined));
  }

  /** Every member in the app's visible range ({@code touser = "@all"}); departments and tags must then be empty. */
  public AppMessage toAll() {
    return with(r -> r.touser(Recipients.ALL));
  }

  /** The departments to send to; replaces earlier ones. At most 100. */
  public AppMessage toParties(String... partyIds) {
    return toParties(Arrays.asList(partyIds));
  }

  /** The departments to send to; replaces earlier ones. At most 100. */
  public AppMessage toParties(Collection<?> partyIds) {
    String joined = Recipients.join("toparty", partyIds);
    return with(r -> r.toparty(joined));
  }

  /** The departments to send to, by numeric id; replaces earlier ones. At most 100. */
  public AppMessage toParties(long... partyIds) {
    return toParties(Arrays.stream(partyIds).boxed().toList());
  }

  /** The tags whose members receive the message; replaces earlier ones. At most 100. */
  public AppMessage toTags(String... tagIds) {
    return toTags(Arrays.asList(tagIds));
  }

  /** The tags whose members receive the message; replaces earlier ones. At most 100. */
  public AppMessage toTags(Collection<?> tagIds) {
    String joined = Recipients.join("totag", tagIds);
    return with(r -> r.totag(joined));
  }

  /** The tags whose members receive the message, by numeric id; replaces earlier ones. At most 100. */
  public AppMessage toTags(long... tagIds) {
    return toTags(Arrays.stream(tagIds).boxed().toList());
  }

  /** The sending app. Required for every kind but miniprogram_notice, which takes none. */
  public AppMessage agentId(long agentId) {
    return with(r -> r.agentid(agentId));
  }

  /** Whether recipients may share the message; {@link Safety#CORP_ONLY} is for mpnews only. */
  public AppMessage safe(Safety safety) {
    Objects.requireNonNull(safety, "safety");
    return with(r -> r.safe(SendMessageRequest.SafeEnum.fromValue(safety.wireValue())));
  }

  /** Turns id translation (id转译: userids and department ids shown as names) on or off; off by default. */
  public AppMessage idTranslation(boolean enabled) {
    return with(r -> r.enableIdTrans(SendMessageRequest.EnableIdTransEnum.fromValue(enabled ? 1 : 0)));
  }

  /** Turns WeCom's duplicate check on or off: the same request JSON is not delivered twice within the interval. */
  public AppMessage duplicateCheck(boolean enabled) {
    return with(r -> r.enableDuplicateCheck(SendMessageRequest.EnableDuplicateCheckEnum.fromValue(enabled ? 1 : 0)));
  }

  /** The duplicate-check window, in whole seconds, at most 4 hours; WeCom's default is 1800 s. */
  public AppMessage duplicateCheckInterval(Duration interval) {
    int seconds = Messages.wholeSeconds("duplicate_check_interval", interval);
    return with(r -> r.duplicateCheckInterval(seconds));
  }

  /** Turns the duplicate check on with this window (whole seconds, at most 4 hours). */
  public AppMessage duplicateCheck(Duration interval) {
    return duplicateCheck(true).duplicateCheckInterval(interval);
  }

  /**
   * The request, checked against every limit WeCom documents for message/send.
   *
   * @throws io.wecom.client.error.RequestValidationException naming the field, its size and the limit it breaks
   */
  public SendMessageRequest build() {
    SendMessageRequest built = request.copy();
    SendMessageRules.check(built);
    return built;
  }

  /** Whether the kind needs an agentid that is not set yet (every kind but miniprogram_notice). */
  boolean lacksAgentId() {
    return request.read(r -> r.getAgentid() == null
        && r.getMsgtype() != SendMessageRequest.MsgtypeEnum.MINIPROGRAM_NOTICE);
  }

  private AppMessage with(Consumer<SendMessageRequest> change) {
    return new AppMessage(request.with(change));
  }

  @Override
  public String toString() {
    return request.read(r -> "AppMessage[" + r.getMsgtype() + " to " + r.getTouser() + "]");
  }
}
