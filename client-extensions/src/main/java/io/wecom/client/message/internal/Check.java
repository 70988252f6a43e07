package io.wecom.client.message.internal;

import io.wecom.client.error.RequestValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks every rule is made of. Sizes are counted the way WeCom counts them: bytes are UTF-8 bytes, characters
 * are Unicode code points (a Chinese character or an emoji is one). {@code null} passes every size check; use
 * {@link #required} for fields that must be there.
 */
public final class Check {

  private Check() {}

  public static RequestValidationException fail(String field, String problem) {
    return new RequestValidationException(field, problem);
  }

  public static void required(String field, Object value) {
    if (value == null || value instanceof String s && s.isBlank()) {
      throw fail(field, "is required");
    }
  }

  public static void absent(String field, Object value, String why) {
    if (value != null && !(value instanceof Collection<?> c && c.isEmpty())) {
      throw fail(field, "must not be set: " + why);
    }
  }

  public static void maxBytes(String field, String value, int max) {
    if (value != null) {
      int bytes = value.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > max) {
        throw new RequestValidationException(field, bytes, max, "bytes", "is too long");
      }
    }
  }

  public static void maxChars(String field, String value, int max) {
    chars(field, value, 0, max);
  }

  public static void chars(String field, String value, int min, int max) {
    if (value != null) {
      int chars = value.codePointCount(0, value.length());
      if (chars > max) {
        throw new RequestValidationException(field, chars, max, "characters", "is too long");
      }
      if (chars < min) {
        throw new RequestValidationException(field, chars, min, "characters", "is too short");
      }
    }
  }

  /** {@code list} holds {@code min} to {@code max} items; a {@code null} list counts as empty. */
  public static void items(String field, List<?> list, int min, int max) {
    int n = list == null ? 0 : list.size();
    if (n > max) {
      throw new RequestValidationException(field, n, max, "items", "has too many items");
    }
    if (n < min) {
      throw new RequestValidationException(field, n, min, "items", "has too few items");
    }
  }

  public static void range(String field, long value, long min, long max, String unit) {
    if (value > max) {
      throw new RequestValidationException(field, value, max, unit, "is too large");
    }
    if (value < min) {
      throw new RequestValidationException(field, value, min, unit, "is too small");
    }
  }

  /** No two items of {@code list} share the key {@code keyName} (WeCom's 不可重复). */
  public static <T> void unique(String field, List<T> list, String keyName, Function<T, String> key) {
    if (list != null) {
      Set<String> seen = new HashSet<>();
      for (T item : list) {
        String k = key.apply(item);
        if (k != null && !seen.add(k)) {
          throw fail(field, "repeats " + keyName + " \"" + k + "\"; each must be unique");
        }
      }
    }
  }

  /**
   * Of a body with one property per kind ({@code text}, {@code image}, ...), exactly the one {@code msgtype} names
   * is set: a missing one, or a second one that WeCom would silently ignore, is refused. {@code prefix} is the
   * JSON path of the body ("" at the top, {@code "attachments[0]."} inside a list).
   */
  public static void onlyNamedContent(String prefix, String msgtype, Map<String, Object> contents) {
    required(prefix + msgtype, contents.get(msgtype));
    contents.forEach((kind, content) -> {
      if (content != null && !kind.equals(msgtype)) {
        throw fail(prefix + kind, "must not be set: msgtype is " + msgtype + ", and WeCom would ignore it");
      }
    });
  }

  /** The JSON path of item {@code i} of list {@code field}. */
  public static String at(String field, int i) {
    return field + "[" + i + "]";
  }

  /** Each item of {@code list} passes {@code rule}, given its JSON path. */
  public static <T> void each(String field, List<T> list, ItemRule<T> rule) {
    if (list != null) {
      for (int i = 0; i < list.size(); i++) {
        required(at(field, i), list.get(i));
        rule.check(at(field, i), list.get(i));
      }
    }
  }

  /** A rule for one item of a list, given its JSON path. */
  @FunctionalInterface
  public interface ItemRule<T> {
    void check(String path, T item);
  }
}
