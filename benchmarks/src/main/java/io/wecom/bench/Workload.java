package io.wecom.bench;

/** The two calls measured: an alert (message/send of a text) and a member read (user/get). */
enum Workload {
  SEND_TEXT("message/send text", "send"),
  GET_USER("user/get", "get");

  static final String CORP_ID = "wwbench0000000001";
  static final String SECRET = "bench-secret";
  static final int AGENT_ID = 1000002;
  static final String USER_ID = "zhangsan";
  static final String TEXT = "disk /data is 95% full on db-1";

  private final String label;
  private final String shortLabel;

  Workload(String label, String shortLabel) {
    this.label = label;
    this.shortLabel = shortLabel;
  }

  String label() {
    return label;
  }

  /** The label on a chart's axis. */
  String shortLabel() {
    return shortLabel;
  }
}
