package io.wecom.client.message;

/**
 * Whether recipients may share a message ({@code safe}): {@link #SHAREABLE} (0, the default), {@link #CONFIDENTIAL}
 * (1: no sharing, content shown with a watermark) or {@link #CORP_ONLY} (2: shared inside the corp only, mpnews
 * only, and not in group chats).
 */
public enum Safety {
  SHAREABLE(0),
  CONFIDENTIAL(1),
  CORP_ONLY(2);

  private final int wireValue;

  Safety(int wireValue) {
    this.wireValue = wireValue;
  }

  /** The value of {@code safe} on the wire. */
  public int wireValue() {
    return wireValue;
  }
}
