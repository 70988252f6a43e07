package io.wecom.client.message;

import io.wecom.client.message.internal.CustomerMessageRules;
import io.wecom.client.message.internal.Frozen;
import io.wecom.client.model.AddMsgTemplateRequest;
import io.wecom.client.model.AddMsgTemplateRequest.ChatTypeEnum;
import io.wecom.client.model.Attachment;
import io.wecom.client.model.ExternalContactMsgText;
import io.wecom.client.model.MsgTemplateTagFilter;
import io.wecom.client.model.MsgTemplateTagGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * A corp mass message to customers or customer groups (externalcontact/add_msg_template) being put together. Start
 * with {@link #toCustomers()} or {@link #toGroupChats(String)}; {@link #build()} checks the limits (10,000
 * customers, 2,000 group chats, 100 tags a group, a text of at most 4000 bytes, 9 attachments) and gives the
 * generated {@link AddMsgTemplateRequest}. Immutable: each method returns a new builder.
 */
public final class MassMessage {

  private final Frozen<AddMsgTemplateRequest> request;

  private MassMessage(Frozen<AddMsgTemplateRequest> request) {
    this.request = request;
  }

  /** To customers (chat_type single): choose them by sender, external userids and/or tags. */
  public static MassMessage toCustomers() {
    return new MassMessage(Frozen.of(new AddMsgTemplateRequest().chatType(ChatTypeEnum.SINGLE)));
  }

  /** To the customer groups of {@code sender} (chat_type group). */
  public static MassMessage toGroupChats(String sender) {
    AddMsgTemplateRequest request = new AddMsgTemplateRequest().chatType(ChatTypeEnum.GROUP).sender(sender)
        .allowSelect(null);
    return new MassMessage(Frozen.of(request));
  }

  /** The member who sends it; alone (for customers) it selects all of that member's customers. */
  public MassMessage sender(String userid) {
    return with(r -> r.sender(userid));
  }

  /** The customers (external userids), at most 10,000; customers only. Replaces earlier ones. */
  public MassMessage customers(Collection<String> externalUserids) {
    return with(r -> r.externalUserid(new ArrayList<>(externalUserids)));
  }

  public MassMessage customers(String... externalUserids) {
    return customers(Arrays.asList(externalUserids));
  }

  /** The group chats, at most 2,000; group chats only. Replaces earlier ones. */
  public MassMessage chats(String... chatIds) {
    return with(r -> r.chatIdList(new ArrayList<>(Arrays.asList(chatIds))));
  }

  /** Customer tags: tags within a group combine with OR, groups with AND; at most 100 tags a group. */
  public MassMessage tagFilter(List<List<String>> tagGroups) {
    MsgTemplateTagFilter filter = new MsgTemplateTagFilter().groupList(
        tagGroups.stream().map(tags -> new MsgTemplateTagGroup().tagList(new ArrayList<>(tags))).toList());
    return with(r -> r.tagFilter(filter));
  }

  /** Whether the member may re-select the customers before sending; customers only. */
  public MassMessage allowSelect(boolean allowed) {
    return with(r -> r.allowSelect(allowed));
  }

  /** The text, at most 4000 bytes. */
  public MassMessage text(String content) {
    return with(r -> r.text(new ExternalContactMsgText().content(content)));
  }

  /** The attachments (see {@link Attachments}), at most 9; replaces earlier ones. */
  public MassMessage attachments(Attachment... attachments) {
    return with(r -> r.attachments(new ArrayList<>(Arrays.asList(attachments))));
  }

  /**
   * The request, checked against the limits of add_msg_template.
   *
   * @throws io.wecom.client.error.RequestValidationException naming the field, its size and the limit it breaks
   */
  public AddMsgTemplateRequest build() {
    AddMsgTemplateRequest built = request.copy();
    CustomerMessageRules.massMessage(built);
    return built;
  }

  private MassMessage with(Consumer<AddMsgTemplateRequest> change) {
    return new MassMessage(request.with(change));
  }
}
