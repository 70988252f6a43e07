package io.wecom.bench;

/** The two calls measured: an alert (message/send of a text) and a member read (user/get). */
enum Workload {
  SEND_TEXT("message/send text"),
  GET_USER("user/get");

  static final String CORP_ID = "wwbench0000000001";
  static final String SECRET = "bench-secret";
  static final int AGENT_ID = 1000002;
  static final String USER_ID = "zhangsan";
  static final String TEXT = "disk /data is 95% full on db-1";

  private final String label;

  Workload(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
