package io.wecom.client.smartsheet;

import io.wecom.client.model.SmartsheetField;
import io.wecom.client.model.SmartsheetFieldOption;
import io.wecom.client.model.SmartsheetFieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds a smart-sheet record's {@code values} (add_records, update_records) keyed by field title, each cell in the
 * shape its field type takes, checked against the sheet's fields (from listSmartsheetFields): the title must exist,
 * the setter must fit the type, an option must be one of the field's, and fields WeCom computes cannot be set.
 *
 * <pre>{@code
 * Map<String, Object> values = SmartsheetValues.forFields(fields)
 *     .text("Task", "Renew the certificate").users("Owner", "zhangsan").date("Due", due)
 *     .options("State", "Doing").build();
 * new SmartsheetAddRecord().values(values);
 * }</pre>
 */
public final class SmartsheetValues {

  private static final Set<SmartsheetFieldType> NUMBERS = EnumSet.of(SmartsheetFieldType.FIELD_TYPE_NUMBER,
      SmartsheetFieldType.FIELD_TYPE_PROGRESS, SmartsheetFieldType.FIELD_TYPE_CURRENCY, SmartsheetFieldType.FIELD_TYPE_PERCENTAGE);
  private static final Set<SmartsheetFieldType> STRINGS = EnumSet.of(SmartsheetFieldType.FIELD_TYPE_PHONE_NUMBER,
      SmartsheetFieldType.FIELD_TYPE_EMAIL, SmartsheetFieldType.FIELD_TYPE_BARCODE);

  private final Map<String, SmartsheetField> fields = new LinkedHashMap<>();
  private final Map<String, Object> values = new LinkedHashMap<>();

  private SmartsheetValues(List<SmartsheetField> sheetFields) {
    sheetFields.forEach(f -> fields.put(f.getFieldTitle(), f));
  }

  /** Values for a sheet with {@code fields}, keyed by field title (the default key type). */
  public static SmartsheetValues forFields(List<SmartsheetField> fields) {
    return new SmartsheetValues(Objects.requireNonNull(fields, "fields"));
  }

  /** A text field. */
  public SmartsheetValues text(String field, String text) {
    expect(field, SmartsheetFieldType.FIELD_TYPE_TEXT);
    return put(field, List.of(ordered("type", "text", "text", Objects.requireNonNull(text, "text"))));
  }

  /** A number, progress, currency or percentage field. */
  public SmartsheetValues number(String field, BigDecimal number) {
    expect(field, NUMBERS);
    return put(field, Objects.requireNonNull(number, "number"));
  }

  /** A checkbox field. */
  public SmartsheetValues checkbox(String field, boolean checked) {
    expect(field, EnumSet.of(SmartsheetFieldType.FIELD_TYPE_CHECKBOX));
    return put(field, checked);
  }

  /** A date field; sent as Unix milliseconds in a string, as WeCom takes it. */
  public SmartsheetValues date(String field, Instant moment) {
    expect(field, SmartsheetFieldType.FIELD_TYPE_DATE_TIME);
    return put(field, Long.toString(Objects.requireNonNull(moment, "moment").toEpochMilli()));
  }

  /** A member field: the members' userids. */
  public SmartsheetValues users(String field, String... userids) {
    expect(field, SmartsheetFieldType.FIELD_TYPE_USER);
    return put(field, Arrays.stream(userids).map(u -> ordered("user_id", u)).toList());
  }

  /** A URL field: one link with its shown text. */
  public SmartsheetValues url(String field, String text, String link) {
    expect(field, SmartsheetFieldType.FIELD_TYPE_URL);
    return put(field, List.of(ordered("type", "url", "text", Objects.requireNonNull(text, "text"),
        "link", Objects.requireNonNull(link, "link"))));
  }

  /** A phone, email or barcode field. */
  public SmartsheetValues string(String field, String value) {
    expect(field, STRINGS);
    return put(field, Objects.requireNonNull(value, "value"));
  }

  /** A single or multiple select field: the texts of the chosen options, which must be the field's own. */
  public SmartsheetValues options(String field, String... texts) {
    SmartsheetFieldType type = expect(field, EnumSet.of(SmartsheetFieldType.FIELD_TYPE_SELECT, SmartsheetFieldType.FIELD_TYPE_SINGLE_SELECT));
    SmartsheetField f = fields.get(field);
    List<SmartsheetFieldOption> known = type == SmartsheetFieldType.FIELD_TYPE_SELECT
        ? (f.getPropertySelect() == null ? null : f.getPropertySelect().getOptions())
        : (f.getPropertySingleSelect() == null ? null : f.getPropertySingleSelect().getOptions());
    if (texts.length == 0 || (type == SmartsheetFieldType.FIELD_TYPE_SINGLE_SELECT && texts.length > 1)) {
      throw new IllegalArgumentException("field '" + field + "' takes " + (type == SmartsheetFieldType.FIELD_TYPE_SELECT
          ? "one option or more" : "exactly one option") + ", was given " + texts.length);
    }
    Map<String, SmartsheetFieldOption> byText = known == null ? Map.<String, SmartsheetFieldOption>of()
        : known.stream().collect(Collectors.toMap(SmartsheetFieldOption::getText, o -> o, (a, b) -> a));
    return put(field, Arrays.stream(texts).map(text -> {
      SmartsheetFieldOption option = byText.get(text);
      if (option == null) {
        throw new IllegalArgumentException("field '" + field + "' has no option '" + text + "'; its options are "
            + byText.keySet());
      }
      return ordered("id", option.getId(), "text", text);
    }).toList());
  }

  /** Any field, with a cell built by hand in the shape its type takes; only the title is checked. */
  public SmartsheetValues raw(String field, Object cell) {
    field(field);
    return put(field, Objects.requireNonNull(cell, "cell"));
  }

  /** The values, keyed by field title. */
  public Map<String, Object> build() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** A cell object with its keys in the order given, so that the wire form is stable. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> cell = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      cell.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(cell);
  }

  private SmartsheetValues put(String field, Object cell) {
    values.put(field, cell);
    return this;
  }

  private SmartsheetField field(String title) {
    SmartsheetField field = fields.get(title);
    if (field == null) {
      throw new IllegalArgumentException("the sheet has no field '" + title + "'; its fields are " + fields.keySet());
    }
    return field;
  }

  private SmartsheetFieldType expect(String title, SmartsheetFieldType type) {
    return expect(title, EnumSet.of(type));
  }

  private SmartsheetFieldType expect(String title, Set<SmartsheetFieldType> types) {
    SmartsheetFieldType type = field(title).getFieldType();
    if (!types.contains(type)) {
      throw new IllegalArgumentException("field '" + title + "' is a " + type + " field, not "
          + types.stream().map(SmartsheetFieldType::getValue).sorted().collect(Collectors.joining(" or ")));
    }
    return type;
  }
}
