package io.wecom.callbacks.internal;

import io.wecom.callbacks.event.CallbackEvent;
import io.wecom.callbacks.event.CallbackHeader;
import io.wecom.callbacks.event.ContactChangeType;
import io.wecom.callbacks.event.DepartmentChangeEvent;
import io.wecom.callbacks.event.TagChangeEvent;
import io.wecom.callbacks.event.UserChangeEvent;
import io.wecom.callbacks.event.XmlFields;

/** The {@code change_contact} events: members, departments and tag members. */
final class ContactEvents {

  private ContactEvents() {}

  /** The typed event, or {@code null} for a ChangeType this library does not know. */
  static CallbackEvent parse(FieldReader in, CallbackHeader header, XmlFields fields) {
    String changeType = in.type("ChangeType");
    ContactChangeType type = ContactChangeType.fromWire(changeType);
    if (type == null) {
      return null;
    }
    String kind = "change_contact " + changeType;
    return switch (type) {
      case CREATE_USER, UPDATE_USER, DELETE_USER -> new UserChangeEvent(header, type, in.required("UserID", kind),
          in.text("NewUserID"), in.text("Name"), in.numberList("Department"), in.number("MainDepartment"),
          in.text("Position"), in.text("Mobile"), in.text("Email"), in.smallNumber("Gender"),
          in.smallNumber("Status"), in.text("Avatar"), in.text("Alias"), fields);
      case CREATE_PARTY, UPDATE_PARTY, DELETE_PARTY -> new DepartmentChangeEvent(header, type,
          in.requiredNumber("Id", kind), in.text("Name"), in.number("ParentId"), in.number("Order"), fields);
      case UPDATE_TAG -> new TagChangeEvent(header, in.requiredNumber("TagId", kind), in.commaList("AddUserItems"),
          in.commaList("DelUserItems"), in.numberList("AddPartyItems"), in.numberList("DelPartyItems"), fields);
    };
  }
}
