package io.wecom.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wecom.client.WeComClient;
import io.wecom.client.approval.ApprovalForm;
import io.wecom.client.approval.ApprovalValues;
import io.wecom.client.model.ApplyApprovalEventRequest;
import io.wecom.client.model.ApprovalApplyData;
import io.wecom.client.model.ApprovalControlType;
import io.wecom.client.model.ApprovalSummaryInfo;
import io.wecom.client.model.ApprovalSummaryLine;
import io.wecom.client.model.GetApprovalDetailRequest;
import io.wecom.client.model.GetApprovalTemplateDetailRequest;
import io.wecom.client.model.GetApprovalTemplateDetailResponse;
import io.wecom.sandbox.WeComSandbox;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An application is filled from its template with typed values, submitted, and read back by control id. */
class ApprovalFormsAgainstTheSandboxTest {

  private static final String PURCHASE_TEMPLATE = """
      {"errcode":0,"errmsg":"ok","template_names":[{"text":"采购","lang":"zh_CN"}],"template_content":{"controls":[
       {"property":{"control":"Text","id":"Text-1","title":[{"text":"用途","lang":"zh_CN"}],"require":1}},
       {"property":{"control":"Textarea","id":"Textarea-1","require":0}},
       {"property":{"control":"Money","id":"Money-1","title":[{"text":"金额","lang":"zh_CN"}],"require":1}},
       {"property":{"control":"Number","id":"Number-1","require":0}},
       {"property":{"control":"Date","id":"Date-1","title":[{"text":"到货","lang":"zh_CN"}],"require":1},
        "config":{"date":{"type":"hour"}}},
       {"property":{"control":"Selector","id":"Selector-1","require":1},"config":{"selector":{"type":"multi",
        "options":[{"key":"option-a","value":[{"text":"A","lang":"zh_CN"}]},{"key":"option-b"}]}}},
       {"property":{"control":"Contact","id":"Contact-1","require":0}},
       {"property":{"control":"File","id":"File-1","require":0}},
       {"property":{"control":"Tips","id":"Tips-1","require":1}}]}}""";

  private final WeComSandbox sandbox = WeComSandbox.start();
  private final WeComClient client = WeComClient.builder().baseUrl(sandbox.baseUrl()).corpId("wwcorp")
      .secret("secret").build();

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private static GetApprovalTemplateDetailResponse purchaseTemplate() throws Exception {
    return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .readValue(PURCHASE_TEMPLATE, GetApprovalTemplateDetailResponse.class);
  }

  @Test
  void aFormFilledFromItsTemplateIsSubmittedAndReadBackByControlId() throws Exception {
    Instant arrival = Instant.parse("2026-12-20T02:00:00Z");
    ApprovalApplyData form = ApprovalForm.of(purchaseTemplate())
        .text("Text-1", "Laptop for the new hire")
        .money("Money-1", new BigDecimal("6999.00"))
        .date("Date-1", arrival)
        .select("Selector-1", "option-a", "option-b")
        .members("Contact-1", "zhangsan", "lisi")
        .files("File-1", "MEDIA-1")
        .build();

    String spNo = client.approval().applyApprovalEvent(new ApplyApprovalEventRequest().creatorUserid("wangwu")
        .templateId("TPL-PURCHASE").useTemplateApprover(ApplyApprovalEventRequest.UseTemplateApproverEnum.NUMBER_1)
        .applyData(form).summaryList(List.of(new ApprovalSummaryLine().summaryInfo(List.of(
            new ApprovalSummaryInfo().text("采购: 6999.00").lang("zh_CN")))))).getSpNo();
    ApprovalValues read = ApprovalValues.of(client.approval().getApprovalDetail(new GetApprovalDetailRequest()
        .spNo(spNo)).getInfo());

    assertThat(sandbox.requests("applyApprovalEvent")).singleElement().satisfies(r -> assertThat(r.body()).contains(
        "{\"control\":\"Money\",\"id\":\"Money-1\",\"value\":{\"new_money\":\"6999.00\"}}",
        "\"date\":{\"type\":\"hour\",\"s_timestamp\":\"" + arrival.getEpochSecond() + "\"}"));
    assertThat(read.ids()).containsExactly("Text-1", "Textarea-1", "Money-1", "Number-1", "Date-1", "Selector-1",
        "Contact-1", "File-1", "Tips-1");
    assertThat(read.text("Text-1")).contains("Laptop for the new hire");
    assertThat(read.text("Textarea-1")).isEmpty();
    assertThat(read.money("Money-1")).contains(new BigDecimal("6999.00"));
    assertThat(read.number("Number-1")).isEmpty();
    assertThat(read.date("Date-1")).contains(arrival);
    assertThat(read.selectedKeys("Selector-1")).containsExactly("option-a", "option-b");
    assertThat(read.memberIds("Contact-1")).containsExactly("zhangsan", "lisi");
    assertThat(read.fileIds("File-1")).containsExactly("MEDIA-1");
    assertThat(read.control("Tips-1")).isEqualTo(ApprovalControlType.TIPS);
  }

  @Test
  void theSandboxTemplatesSelectorTakesOnlyItsOwnKeysAndOneAtATime() {
    GetApprovalTemplateDetailResponse template = client.approval().getApprovalTemplateDetail(
        new GetApprovalTemplateDetailRequest().templateId("ZLqk8pcsAoXZ1eYa6vpAgfX28MPdYU3ayMaSPHaaa"));

    assertThatThrownBy(() -> ApprovalForm.of(template).select("Selector-15111111111", "option-x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no option option-x")
        .hasMessageContaining("option-15111111111");
    assertThatThrownBy(() -> ApprovalForm.of(template)
        .select("Selector-15111111111", "option-15111111111", "option-15222222222"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("single selector");
    assertThat(ApprovalForm.of(template).select("Selector-15111111111", "option-15222222222").build().getContents())
        .singleElement().satisfies(c -> assertThat(c.getValue().getSelector().getOptions()).singleElement()
            .satisfies(o -> assertThat(o.getKey()).isEqualTo("option-15222222222")));
  }

  @Test
  void mistakesInAFormAreRefusedNamingTheControl() throws Exception {
    GetApprovalTemplateDetailResponse template = purchaseTemplate();

    assertThatThrownBy(() -> ApprovalForm.of(template).text("Text-9", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no control Text-9")
        .hasMessageContaining("Money-1");
    assertThatThrownBy(() -> ApprovalForm.of(template).text("Money-1", "6999"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Money-1 is a Money control, not Text");
    assertThatThrownBy(() -> ApprovalForm.of(template).text("Text-1", "two\nlines"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no line breaks");
    assertThatThrownBy(() -> ApprovalForm.of(template).text("Text-1", "only this").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Money-1 (Money '金额')").hasMessageContaining("Date-1 (Date '到货')")
        .hasMessageContaining("Selector-1").hasMessageNotContaining("Text-1").hasMessageNotContaining("Tips-1");
    assertThatThrownBy(() -> ApprovalForm.of(template).files("File-1", "1", "2", "3", "4", "5", "6", "7")
        .text("Text-1", "x").money("Money-1", BigDecimal.ONE).date("Date-1", Instant.EPOCH)
        .select("Selector-1", "option-a").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("at most 6 attachments");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void readingAControlThatIsNotThereOrOfAnotherKindFailsClearly() {
    ApprovalValues read = ApprovalValues.of(client.approval().getApprovalDetail(
        new GetApprovalDetailRequest().spNo("201909270001")).getInfo());

    assertThat(read.text("Text-15111111111")).contains("文本填写的内容");
    assertThatThrownBy(() -> read.money("Money-1")).isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("Text-15111111111");
    assertThatThrownBy(() -> read.money("Text-15111111111")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is a Text control, not Money");
  }
}
