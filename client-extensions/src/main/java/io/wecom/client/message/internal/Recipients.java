package io.wecom.client.message.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * WeCom's recipient lists: ids joined with {@code |} on the wire ({@code "zhangsan|lisi"}), split back into lists
 * in answers ({@code invaliduser}). Tolerates the spaces around {@code |} that WeCom's own examples show.
 */
public final class Recipients {

  /** Every member in the app's visible range. */
  public static final String ALL = "@all";

  private Recipients() {}

  /** {@code ids} joined with {@code |}, or {@code null} for none; an id that is blank or holds {@code |} is refused. */
  public static String join(String field, Collection<?> ids) {
    if (ids == null || ids.isEmpty()) {
      return null;
    }
    int i = 0;
    for (Object id : ids) {
      String path = Check.at(field, i++);
      Check.required(path, id);
      if (id.toString().contains("|")) {
        throw Check.fail(path, "\"" + id + "\" holds '|', which separates ids; pass each id on its own");
      }
    }
    return String.join("|", ids.stream().map(id -> id.toString().strip()).toList());
  }

  /** The ids of a {@code |}-separated list; empty for {@code null} or an empty string. */
  public static List<String> split(String joined) {
    if (joined == null || joined.isBlank()) {
      return List.of();
    }
    return Arrays.stream(joined.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
