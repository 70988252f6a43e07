package io.wecom.callbacks.event;

import java.util.List;

/**
 * Members or departments were added to or removed from a tag (标签成员变更事件, ChangeType {@code update_tag}).
 *
 * @param tagId the TagId
 * @param addUserItems UserIDs added to the tag
 * @param delUserItems UserIDs removed from the tag
 * @param addPartyItems department ids added to the tag
 * @param delPartyItems department ids removed from the tag
 */
public record TagChangeEvent(CallbackHeader header, long tagId, List<String> addUserItems, List<String> delUserItems,
    List<Long> addPartyItems, List<Long> delPartyItems, XmlFields fields) implements ContactChangeEvent {

  @Override
  public ContactChangeType changeType() {
    return ContactChangeType.UPDATE_TAG;
  }
}
