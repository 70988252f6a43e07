package io.wecom.client.approval;

import io.wecom.client.model.ApprovalApplyContent;
import io.wecom.client.model.ApprovalApplyData;
import io.wecom.client.model.ApprovalControlType;
import io.wecom.client.model.ApprovalControlValue;
import io.wecom.client.model.ApprovalDepartmentValue;
import io.wecom.client.model.ApprovalDetail;
import io.wecom.client.model.ApprovalFileValue;
import io.wecom.client.model.ApprovalMemberValue;
import io.wecom.client.model.ApprovalSelectorOption;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an application's form (getApprovalDetail's {@code info.apply_data}) by control id, with typed values:
 * {@code ApprovalValues.of(detail.getInfo()).money("Money-1569573760850")}. An unknown id fails naming the form's
 * ids; a getter of the wrong kind fails naming the control's kind; an empty control reads as empty.
 */
public final class ApprovalValues {

  private final Map<String, ApprovalApplyContent> byId = new LinkedHashMap<>();

  private ApprovalValues(ApprovalApplyData data) {
    if (data != null && data.getContents() != null) {
      data.getContents().forEach(content -> byId.put(content.getId(), content));
    }
  }

  /** The form of an application's details. */
  public static ApprovalValues of(ApprovalDetail detail) {
    return new ApprovalValues(Objects.requireNonNull(detail, "detail").getApplyData());
  }

  /** A form as sent or received. */
  public static ApprovalValues of(ApprovalApplyData data) {
    return new ApprovalValues(data);
  }

  /** The ids of the form's controls, in order. */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /** The kind of control {@code id}. */
  public ApprovalControlType control(String id) {
    return content(id).getControl();
  }

  /** The raw value of control {@code id}, for the kinds without a typed getter. */
  public ApprovalControlValue value(String id) {
    ApprovalControlValue value = content(id).getValue();
    return value == null ? new ApprovalControlValue() : value;
  }

  /** A Text or Textarea control's text. */
  public Optional<String> text(String id) {
    expect(id, ApprovalControlType.TEXT, ApprovalControlType.TEXTAREA);
    return Optional.ofNullable(value(id).getText()).filter(t -> !t.isEmpty());
  }

  /** A Number control's number. */
  public Optional<BigDecimal> number(String id) {
    expect(id, ApprovalControlType.NUMBER);
    return decimal(id, value(id).getNewNumber());
  }

  /** A Money control's amount, in yuan. */
  public Optional<BigDecimal> money(String id) {
    expect(id, ApprovalControlType.MONEY);
    return decimal(id, value(id).getNewMoney());
  }

  /** A Date control's moment. */
  public Optional<Instant> date(String id) {
    expect(id, ApprovalControlType.DATE);
    var date = value(id).getDate();
    if (date == null || date.getsTimestamp() == null || date.getsTimestamp().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.ofEpochSecond(Long.parseLong(date.getsTimestamp())));
    } catch (NumberFormatException e) {
      throw new IllegalStateException("control " + id + " holds s_timestamp '" + date.getsTimestamp()
          + "', not Unix seconds");
    }
  }

  /** A Selector control's chosen option keys. */
  public List<String> selectedKeys(String id) {
    expect(id, ApprovalControlType.SELECTOR);
    var selector = value(id).getSelector();
    return selector == null || selector.getOptions() == null ? List.of()
        : selector.getOptions().stream().map(ApprovalSelectorOption::getKey).toList();
  }

  /** A Contact control's chosen members' userids. */
  public List<String> memberIds(String id) {
    expect(id, ApprovalControlType.CONTACT);
    List<ApprovalMemberValue> members = value(id).getMembers();
    return members == null ? List.of() : members.stream().map(ApprovalMemberValue::getUserid).toList();
  }

  /** A Contact control's chosen department ids. */
  public List<Long> departmentIds(String id) {
    expect(id, ApprovalControlType.CONTACT);
    List<ApprovalDepartmentValue> departments = value(id).getDepartments();
    return departments == null ? List.of()
        : departments.stream().map(d -> Long.parseLong(d.getOpenapiId())).toList();
  }

  /** A File control's media ids (for media/get). */
  public List<String> fileIds(String id) {
    expect(id, ApprovalControlType.FILE);
    List<ApprovalFileValue> files = value(id).getFiles();
    return files == null ? List.of() : files.stream().map(ApprovalFileValue::getFileId).toList();
  }

  private ApprovalApplyContent content(String id) {
    ApprovalApplyContent content = byId.get(id);
    if (content == null) {
      throw new NoSuchElementException("the application has no control " + id + "; its controls are "
          + byId.keySet());
    }
    return content;
  }

  private void expect(String id, ApprovalControlType... kinds) {
    ApprovalControlType kind = control(id);
    for (ApprovalControlType k : kinds) {
      if (k == kind) {
        return;
      }
    }
    throw new IllegalStateException("control " + id + " is a " + kind + " control, not " + kinds[0]
        + (kinds.length > 1 ? " or " + kinds[1] : ""));
  }

  private static Optional<BigDecimal> decimal(String id, String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(text));
    } catch (NumberFormatException e) {
      throw new IllegalStateException("control " + id + " holds '" + text + "', not a number");
    }
  }
}
