package io.wecom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Makes sure a body given as JSON or {@code key=value} survived its way into the generated request model: the
 * models ignore unknown fields and read unknown enum values as a placeholder, which would otherwise drop a
 * misspelt field or change a value without a word.
 */
final class BodyCheck {

  private BodyCheck() {}

  /** Fails naming the first field of {@code given} that {@code read} (the model, written back) lost or changed. */
  static void requireAllRead(JsonNode given, JsonNode read, String model) {
    compare(given, read, "", model);
  }

  private static void compare(JsonNode given, JsonNode read, String path, String model) {
    if (given.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = given.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        if (field.getValue().isNull()) {
          continue;
        }
        if (!read.has(field.getKey())) {
          throw CliException.usage("unknown field " + at + " (not in " + model + ")");
        }
        compare(field.getValue(), read.get(field.getKey()), at, model);
      }
    } else if (given.isArray() && read.isArray()) {
      for (int i = 0; i < given.size() && i < read.size(); i++) {
        compare(given.get(i), read.get(i), path + "[" + i + "]", model);
      }
    } else if (given.isValueNode() && !same(given, read)) {
      throw CliException.usage(path + ": " + given + " is not a value " + model + " accepts (read as " + read + ")");
    }
  }

  private static boolean same(JsonNode given, JsonNode read) {
    String a = given.asText();
    String b = read.asText();
    if (a.equals(b)) {
      return true;
    }
    try {
      return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
