package io.wecom.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/** WeCom-shaped answers: errmsg carries a hint id and the caller's IP, as WeCom's do. */
final class Answers {

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final AtomicLong HINTS = new AtomicLong();

  private Answers() {}

  static ObjectNode error(int errcode, String errmsg, String fromIp) {
    return MAPPER.createObjectNode().put("errcode", errcode).put("errmsg", decorate(errcode, errmsg, fromIp));
  }

  /** Adds the hint and caller IP to the errmsg of a failed answer. */
  static JsonNode decorate(ObjectNode answer, String fromIp) {
    int errcode = answer.path("errcode").asInt();
    if (errcode != 0) {
      answer.put("errmsg", decorate(errcode, answer.path("errmsg").asText(), fromIp));
    }
    return answer;
  }

  private static String decorate(int errcode, String errmsg, String fromIp) {
    return errmsg + ", hint: [sandbox-" + HINTS.incrementAndGet() + "], from ip: " + fromIp
        + ", more info at https://open.work.weixin.qq.com/devtool/query?e=" + errcode;
  }

  static byte[] bytes(JsonNode answer) {
    try {
      return MAPPER.writeValueAsBytes(answer);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
