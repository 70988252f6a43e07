package io.wecom.callbacks.event;

/** The ChangeType values of {@code change_contact} callbacks. */
public enum ContactChangeType {
  CREATE_USER("create_user"),
  UPDATE_USER("update_user"),
  DELETE_USER("delete_user"),
  CREATE_PARTY("create_party"),
  UPDATE_PARTY("update_party"),
  DELETE_PARTY("delete_party"),
  UPDATE_TAG("update_tag");

  private final String wireValue;

  ContactChangeType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The ChangeType as WeCom writes it, e.g. {@code create_user}. */
  public String wireValue() {
    return wireValue;
  }

  /** The type WeCom calls {@code wireValue}, or {@code null} for one this library does not know. */
  public static ContactChangeType fromWire(String wireValue) {
    for (ContactChangeType type : values()) {
      if (type.wireValue.equals(wireValue)) {
        return type;
      }
    }
    return null;
  }
}
