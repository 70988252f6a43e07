package io.wecom.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wecom.client.WeComClient;
import io.wecom.client.api.DocApi;
import io.wecom.client.model.AddSmartsheetRecordsRequest;
import io.wecom.client.model.ListSmartsheetRecordsRequest;
import io.wecom.client.model.SmartsheetAddRecord;
import io.wecom.client.model.SmartsheetField;
import io.wecom.client.model.SmartsheetRecord;
import io.wecom.client.smartsheet.SmartsheetCells;
import io.wecom.client.smartsheet.SmartsheetValues;
import io.wecom.sandbox.WeComSandbox;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Records are written with typed cells checked against the sheet's fields, then paged back and read by field. */
class SmartsheetRecordsAgainstTheSandboxTest {

  private static final String FIELDS = """
      [{"field_id":"f1","field_title":"Task","field_type":"FIELD_TYPE_TEXT"},
       {"field_id":"f2","field_title":"Hours","field_type":"FIELD_TYPE_NUMBER"},
       {"field_id":"f3","field_title":"Done","field_type":"FIELD_TYPE_CHECKBOX"},
       {"field_id":"f4","field_title":"Due","field_type":"FIELD_TYPE_DATE_TIME"},
       {"field_id":"f5","field_title":"Owner","field_type":"FIELD_TYPE_USER"},
       {"field_id":"f6","field_title":"State","field_type":"FIELD_TYPE_SINGLE_SELECT",
        "property_single_select":{"options":[{"id":"o1","text":"Todo"},{"id":"o2","text":"Doing"}]}},
       {"field_id":"f7","field_title":"Link","field_type":"FIELD_TYPE_URL"},
       {"field_id":"f8","field_title":"Created","field_type":"FIELD_TYPE_CREATED_TIME"}]""";

  private final WeComSandbox sandbox = WeComSandbox.start();
  private final WeComClient client = WeComClient.builder().baseUrl(sandbox.baseUrl()).corpId("wwcorp")
      .secret("secret").build();

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private static List<SmartsheetField> fields() throws Exception {
    return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .readValue(FIELDS, new TypeReference<List<SmartsheetField>>() {});
  }

  @Test
  void typedRecordsAreWrittenThenPagedBackAndReadByField() throws Exception {
    List<SmartsheetField> fields = fields();
    Instant due = Instant.parse("2026-12-31T10:00:00Z");
    List<SmartsheetAddRecord> records = IntStream.range(0, 5).mapToObj(i -> new SmartsheetAddRecord().values(
        SmartsheetValues.forFields(fields).text("Task", "task " + i).number("Hours", new BigDecimal("1.5"))
            .checkbox("Done", i % 2 == 0).date("Due", due).users("Owner", "zhangsan", "lisi")
            .options("State", "Doing").url("Link", "spec", "https://example.com/" + i).build())).toList();

    client.doc().addSmartsheetRecords(new AddSmartsheetRecordsRequest().docid("DOC1").sheetId("S1")
        .records(records));
    List<SmartsheetRecord> read = client.pages().<DocApi, SmartsheetRecord>items(DocApi.class, api -> api.listSmartsheetRecords(
        new ListSmartsheetRecordsRequest().docid("DOC1").sheetId("S1").offset(0L).limit(2L))).toList();

    assertThat(sandbox.requests("addSmartsheetRecords")).singleElement().satisfies(r -> assertThat(r.body())
        .contains("\"Due\":\"" + due.toEpochMilli() + "\"", "\"State\":[{\"id\":\"o2\",\"text\":\"Doing\"}]",
            "\"Task\":[{\"type\":\"text\",\"text\":\"task 0\"}]"));
    assertThat(sandbox.requests("listSmartsheetRecords")).hasSize(3);
    assertThat(read).hasSize(5);
    SmartsheetCells third = SmartsheetCells.of(read.get(2));
    assertThat(third.text("Task")).contains("task 2");
    assertThat(third.number("Hours")).contains(new BigDecimal("1.5"));
    assertThat(third.checkbox("Done")).isTrue();
    assertThat(SmartsheetCells.of(read.get(1)).checkbox("Done")).isFalse();
    assertThat(third.date("Due")).contains(due);
    assertThat(third.userIds("Owner")).containsExactly("zhangsan", "lisi");
    assertThat(third.optionTexts("State")).containsExactly("Doing");
    assertThat(third.links("Link")).containsExactly("https://example.com/2");
    assertThat(third.text("Created")).isEmpty();
    assertThatThrownBy(() -> third.number("Task")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("field 'Task'").hasMessageContaining("not a number");
  }

  @Test
  void cellsThatDoNotFitTheirFieldAreRefusedBeforeAnythingIsSent() throws Exception {
    SmartsheetValues values = SmartsheetValues.forFields(fields());

    assertThatThrownBy(() -> values.text("Title", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no field 'Title'").hasMessageContaining("Task");
    assertThatThrownBy(() -> values.text("Hours", "1.5")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Hours' is a FIELD_TYPE_NUMBER field, not FIELD_TYPE_TEXT");
    assertThatThrownBy(() -> values.options("State", "Done")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no option 'Done'").hasMessageContaining("Todo");
    assertThatThrownBy(() -> values.options("State", "Todo", "Doing")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly one option");
    assertThatThrownBy(() -> values.date("Created", Instant.now())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FIELD_TYPE_CREATED_TIME");
    assertThat(sandbox.requests()).isEmpty();
  }
}
