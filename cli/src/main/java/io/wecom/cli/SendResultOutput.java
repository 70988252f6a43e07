package io.wecom.cli;

import io.wecom.client.message.SendResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link SendResult} as one line ({@code sent msgid=...}) or as JSON. */
final class SendResultOutput {

  private SendResultOutput() {}

  static String line(SendResult result) {
    StringBuilder line = new StringBuilder("sent msgid=").append(result.msgId());
    undelivered(result).forEach((what, ids) -> {
      if (!ids.isEmpty()) {
        line.append(' ').append(what).append('=').append(String.join(",", ids));
      }
    });
    return line.toString();
  }

  static String json(SendResult result) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("msgid", result.msgId());
    fields.putAll(undelivered(result));
    result.responseCode().ifPresent(code -> fields.put("responseCode", code));
    return Json.pretty(fields);
  }

  private static Map<String, List<String>> undelivered(SendResult result) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    lists.put("invalidUsers", result.invalidUsers());
    lists.put("invalidParties", result.invalidParties());
    lists.put("invalidTags", result.invalidTags());
    lists.put("unlicensedUsers", result.unlicensedUsers());
    return lists;
  }
}
