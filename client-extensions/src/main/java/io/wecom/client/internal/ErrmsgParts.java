package io.wecom.client.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a WeCom errmsg such as
 * {@code "invalid access_token, hint: [1699...], from ip: 1.2.3.4, more info at https://..."}.
 */
record ErrmsgParts(String hint, String fromIp) {

  private static final Pattern HINT = Pattern.compile("hint: \\[([^\\]]*)]");
  private static final Pattern FROM_IP = Pattern.compile("from ip: ([0-9a-fA-F.:]+)");

  static ErrmsgParts parse(String errmsg) {
    if (errmsg == null) {
      return new ErrmsgParts(null, null);
    }
    return new ErrmsgParts(find(HINT, errmsg), find(FROM_IP, errmsg));
  }

  private static String find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : null;
  }
}
