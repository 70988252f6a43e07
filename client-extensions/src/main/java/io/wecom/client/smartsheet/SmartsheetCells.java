package io.wecom.client.smartsheet;

import io.wecom.client.model.SmartsheetRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a smart-sheet record's cells (listSmartsheetRecords) by field title or id, as typed values: the record's
 * {@code values} come as plain JSON maps and lists, shaped by each field's type. A field the record does not carry
 * reads as empty (WeCom leaves empty cells out); a cell of another shape fails naming the field.
 */
public final class SmartsheetCells {

  private final String recordId;
  private final Map<String, Object> values;

  private SmartsheetCells(String recordId, Map<String, Object> values) {
    this.recordId = recordId;
    this.values = values == null ? Map.of() : values;
  }

  /** The cells of {@code record}. */
  public static SmartsheetCells of(SmartsheetRecord record) {
    Objects.requireNonNull(record, "record");
    return new SmartsheetCells(record.getRecordId(), record.getValues());
  }

  /** The field keys the record carries. */
  public List<String> fields() {
    return List.copyOf(values.keySet());
  }

  /** A text field's text, its segments joined. */
  public Optional<String> text(String field) {
    return list(field).map(items -> items.stream().map(item -> String.valueOf(map(field, item).get("text")))
        .collect(Collectors.joining()));
  }

  /** A number, progress, currency or percentage field. */
  public Optional<BigDecimal> number(String field) {
    return cell(field).map(v -> {
      if (v instanceof Number n) {
        return new BigDecimal(n.toString());
      }
      throw shape(field, "a number", v);
    });
  }

  /** A checkbox field; an absent cell is unchecked. */
  public boolean checkbox(String field) {
    return cell(field).map(v -> {
      if (v instanceof Boolean b) {
        return b;
      }
      throw shape(field, "a boolean", v);
    }).orElse(false);
  }

  /** A date field (Unix milliseconds in a string). */
  public Optional<Instant> date(String field) {
    return cell(field).map(v -> {
      try {
        return Instant.ofEpochMilli(Long.parseLong(v.toString()));
      } catch (NumberFormatException e) {
        throw shape(field, "Unix milliseconds", v);
      }
    });
  }

  /** A member (or creator, last editor) field: the members' userids. */
  public List<String> userIds(String field) {
    return strings(field, "user_id");
  }

  /** A single or multiple select field: the texts of the chosen options. */
  public List<String> optionTexts(String field) {
    return strings(field, "text");
  }

  /** A URL field's links. */
  public List<String> links(String field) {
    return strings(field, "link");
  }

  /** A phone, email or barcode field. */
  public Optional<String> string(String field) {
    return cell(field).map(Object::toString);
  }

  /** The cell as WeCom sent it (maps, lists, numbers, strings), for the types without a typed getter. */
  public Optional<Object> raw(String field) {
    return cell(field);
  }

  private List<String> strings(String field, String key) {
    return list(field).map(items -> items.stream().map(item -> String.valueOf(map(field, item).get(key))).toList())
        .orElse(List.of());
  }

  private Optional<Object> cell(String field) {
    return Optional.ofNullable(values.get(Objects.requireNonNull(field, "field")));
  }

  private Optional<List<?>> list(String field) {
    return cell(field).map(v -> {
      if (v instanceof List<?> items) {
        return items;
      }
      throw shape(field, "a list", v);
    });
  }

  private Map<?, ?> map(String field, Object item) {
    if (item instanceof Map<?, ?> m) {
      return m;
    }
    throw shape(field, "a list of objects", item);
  }

  private IllegalStateException shape(String field, String expected, Object actual) {
    return new IllegalStateException("field '" + field + "' of record " + recordId + " holds "
        + actual.getClass().getSimpleName() + ", not " + expected + "; read it with raw()");
  }

  @Override
  public String toString() {
    return "SmartsheetCells[" + recordId + ", fields=" + values.keySet() + "]";
  }
}
