package io.wecom.callbacks.event;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a decrypted callback as WeCom sent them: a field's value is its text, a {@code Map} for an element
 * with children, or a {@code List} for an element that repeats. Immutable. {@link #toString()} lists the names only,
 * since values may hold codes such as a suite_ticket.
 */
public final class XmlFields {

  private final Map<String, Object> values;

  /** The fields {@code values}, in their order; the map is copied, nested values are taken as they are. */
  public XmlFields(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The text of field {@code name}, or {@code null} when absent or not text. */
  public String text(String name) {
    return values.get(name) instanceof String text ? text : null;
  }

  /** The value of field {@code name}: a {@code String}, a {@code Map} or a {@code List}; {@code null} when absent. */
  public Object get(String name) {
    return values.get(name);
  }

  /** The field names, in document order. */
  public Set<String> names() {
    return values.keySet();
  }

  /** All fields, in document order. */
  public Map<String, Object> asMap() {
    return values;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof XmlFields that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "XmlFields" + List.copyOf(values.keySet());
  }
}
