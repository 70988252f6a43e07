package io.wecom.callbacks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wecom.callbacks.CallbackVerificationException;
import io.wecom.callbacks.CallbackVerificationException.Reason;
import io.wecom.callbacks.event.XmlFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed reads of one decrypted callback's fields: text, numbers and comma or element lists. Empty text counts as
 * absent; a number that is not one is MALFORMED_XML naming the field.
 */
final class FieldReader {

  private final ObjectNode root;

  FieldReader(ObjectNode root) {
    this.root = root;
  }

  String text(String name) {
    return text(root.get(name));
  }

  /** A type field (InfoType, MsgType, Event, ChangeType) trimmed: WeCom's own examples pad some with a space. */
  String type(String name) {
    String text = text(name);
    return text == null || text.isBlank() ? null : text.trim();
  }

  /** The text of {@code name}, which a {@code kind} callback must carry. */
  String required(String name, String kind) {
    String value = text(name);
    if (value == null) {
      throw new CallbackVerificationException(Reason.MALFORMED_XML, "a " + kind + " callback has no " + name);
    }
    return value;
  }

  long requiredNumber(String name, String kind) {
    required(name, kind);
    return number(name);
  }

  Long number(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    try {
      return Long.valueOf(text.trim());
    } catch (NumberFormatException e) {
      throw notANumber(name, text);
    }
  }

  Integer smallNumber(String name) {
    Long value = number(name);
    if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
      throw notANumber(name, value.toString());
    }
    return value == null ? null : value.intValue();
  }

  /** A comma-separated text ({@code 1,2,3}) as its parts; empty when absent. */
  List<String> commaList(String name) {
    String text = text(name);
    return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .toList();
  }

  List<Long> numberList(String name) {
    List<Long> numbers = new ArrayList<>();
    for (String part : commaList(name)) {
      try {
        numbers.add(Long.valueOf(part));
      } catch (NumberFormatException e) {
        throw notANumber(name, part);
      }
    }
    return List.copyOf(numbers);
  }

  /** The children named {@code child} of element {@code name}, one or many; empty when absent. */
  static List<JsonNode> children(JsonNode parent, String name, String child) {
    JsonNode element = parent == null ? null : parent.get(name);
    JsonNode items = element == null ? null : element.get(child);
    if (items == null) {
      return List.of();
    }
    if (!items.isArray()) {
      return List.of(items);
    }
    List<JsonNode> list = new ArrayList<>();
    items.forEach(list::add);
    return list;
  }

  ObjectNode root() {
    return root;
  }

  XmlFields fields() {
    return new XmlFields(map(root));
  }

  static String text(JsonNode node) {
    if (node == null || !node.isValueNode()) {
      return null;
    }
    String text = node.asText();
    return text.isEmpty() ? null : text;
  }

  private static Map<String, Object> map(JsonNode object) {
    Map<String, Object> values = new LinkedHashMap<>();
    object.properties().forEach(e -> values.put(e.getKey(), value(e.getValue())));
    return Collections.unmodifiableMap(values);
  }

  private static Object value(JsonNode node) {
    if (node.isObject()) {
      return map(node);
    }
    if (node.isArray()) {
      List<Object> items = new ArrayList<>();
      node.forEach(item -> items.add(value(item)));
      return Collections.unmodifiableList(items);
    }
    return node.asText();
  }

  private static CallbackVerificationException notANumber(String name, String text) {
    String shown = text.length() > 32 ? text.substring(0, 32) + "..." : text;
    return new CallbackVerificationException(Reason.MALFORMED_XML,
        "field " + name + " should be a number, was '" + shown + "'");
  }
}
