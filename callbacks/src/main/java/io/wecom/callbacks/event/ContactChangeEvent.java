package io.wecom.callbacks.event;

/**
 * A change to the address book (通讯录变更, {@code change_contact}): a member, a department or a tag's members. It
 * comes as Event {@code change_contact} to self-built apps and as InfoType {@code change_contact} to suites; both
 * arrive as the same types.
 */
public sealed interface ContactChangeEvent extends CallbackEvent
    permits UserChangeEvent, DepartmentChangeEvent, TagChangeEvent {

  /** What changed. */
  ContactChangeType changeType();
}
