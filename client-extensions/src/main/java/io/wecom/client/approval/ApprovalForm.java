package io.wecom.client.approval;

import io.wecom.client.model.ApprovalApplyContent;
import io.wecom.client.model.ApprovalApplyData;
import io.wecom.client.model.ApprovalControlType;
import io.wecom.client.model.ApprovalControlValue;
import io.wecom.client.model.ApprovalDateValue;
import io.wecom.client.model.ApprovalDepartmentValue;
import io.wecom.client.model.ApprovalFileValue;
import io.wecom.client.model.ApprovalMemberValue;
import io.wecom.client.model.ApprovalSelectorOption;
import io.wecom.client.model.ApprovalSelectorValue;
import io.wecom.client.model.ApprovalTemplateControl;
import io.wecom.client.model.ApprovalTemplateControlProperty;
import io.wecom.client.model.ApprovalTemplateSelectorConfig;
import io.wecom.client.model.ApprovalTemplateDateConfig;
import io.wecom.client.model.GetApprovalTemplateDetailResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fills an application's form (apply_data of oa/applyevent) from a template's controls, with typed values checked
 * against the template: the control id must exist, the setter must match the control's kind, a selector's keys must
 * be the template's options, and {@link #build()} refuses a form that leaves a required control empty.
 *
 * <pre>{@code
 * ApprovalApplyData form = ApprovalForm.of(client.approval().getApprovalTemplateDetail(request))
 *     .text("Text-1569573760849", "Laptop for the new hire")
 *     .money("Money-1569573760850", new BigDecimal("6999.00"))
 *     .select("Selector-1569573760851", "option-1")
 *     .build();
 * }</pre>
 *
 * Controls without a typed setter here (Table, Vacation, Attendance, Location, ...) take a value built from the
 * generated models with {@link #value(String, ApprovalControlValue)}.
 */
public final class ApprovalForm {

  /** Kinds WeCom fills itself: never required from the applicant. */
  private static final Set<ApprovalControlType> COMPUTED = Set.of(ApprovalControlType.TIPS, ApprovalControlType.FORMULA);

  private final Map<String, ApprovalTemplateControl> controls = new LinkedHashMap<>();
  private final Map<String, ApprovalControlValue> values = new LinkedHashMap<>();

  private ApprovalForm(List<ApprovalTemplateControl> templateControls) {
    for (ApprovalTemplateControl control : templateControls) {
      if (control.getProperty() != null && control.getProperty().getId() != null) {
        controls.put(control.getProperty().getId(), control);
      }
    }
  }

  /** An empty form of the template getApprovalTemplateDetail answered. */
  public static ApprovalForm of(GetApprovalTemplateDetailResponse template) {
    Objects.requireNonNull(template, "template");
    if (template.getTemplateContent() == null || template.getTemplateContent().getControls() == null) {
      throw new IllegalArgumentException("the template detail has no template_content.controls");
    }
    return new ApprovalForm(template.getTemplateContent().getControls());
  }

  /** A Text or Textarea control; a Text control takes no line breaks. */
  public ApprovalForm text(String id, String text) {
    ApprovalControlType kind = expect(id, ApprovalControlType.TEXT, ApprovalControlType.TEXTAREA);
    Objects.requireNonNull(text, "text");
    if (kind == ApprovalControlType.TEXT && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
      throw new IllegalArgumentException("control " + id + " is a Text control, which takes no line breaks; make it"
          + " a Textarea in the template or remove them");
    }
    return put(id, new ApprovalControlValue().text(text));
  }

  /** A Number control. */
  public ApprovalForm number(String id, BigDecimal number) {
    expect(id, ApprovalControlType.NUMBER);
    return put(id, new ApprovalControlValue().newNumber(Objects.requireNonNull(number, "number").toPlainString()));
  }

  /** A Money control, in yuan (e.g. 6999.00). */
  public ApprovalForm money(String id, BigDecimal amount) {
    expect(id, ApprovalControlType.MONEY);
    return put(id, new ApprovalControlValue().newMoney(Objects.requireNonNull(amount, "amount").toPlainString()));
  }

  /** A Date control, as a date or a date and time as the template shows it; sent as Unix seconds. */
  public ApprovalForm date(String id, Instant moment) {
    expect(id, ApprovalControlType.DATE);
    Objects.requireNonNull(moment, "moment");
    ApprovalTemplateDateConfig config = controls.get(id).getConfig() == null ? null
        : controls.get(id).getConfig().getDate();
    ApprovalDateValue.TypeEnum type = config != null && config.getType() == ApprovalTemplateDateConfig.TypeEnum.HOUR
        ? ApprovalDateValue.TypeEnum.HOUR : ApprovalDateValue.TypeEnum.DAY;
    return put(id, new ApprovalControlValue().date(new ApprovalDateValue().type(type)
        .sTimestamp(Long.toString(moment.getEpochSecond()))));
  }

  /** A Selector control: the keys of the chosen options, one in single mode. */
  public ApprovalForm select(String id, String... keys) {
    expect(id, ApprovalControlType.SELECTOR);
    ApprovalTemplateSelectorConfig config = controls.get(id).getConfig() == null ? null
        : controls.get(id).getConfig().getSelector();
    boolean multi = config != null && config.getType() == ApprovalTemplateSelectorConfig.TypeEnum.MULTI;
    if (keys.length == 0 || (!multi && keys.length > 1)) {
      throw new IllegalArgumentException("control " + id + " is a " + (multi ? "multi" : "single")
          + " selector; it takes " + (multi ? "one key or more" : "exactly one key") + ", was given " + keys.length);
    }
    if (config != null && config.getOptions() != null) {
      Set<String> known = config.getOptions().stream().map(ApprovalSelectorOption::getKey)
          .collect(Collectors.toSet());
      for (String key : keys) {
        if (!known.contains(key)) {
          throw new IllegalArgumentException("control " + id + " has no option " + key + "; its options are "
              + known);
        }
      }
    }
    return put(id, new ApprovalControlValue().selector(new ApprovalSelectorValue()
        .type(multi ? ApprovalSelectorValue.TypeEnum.MULTI : ApprovalSelectorValue.TypeEnum.SINGLE)
        .options(Arrays.stream(keys).map(k -> new ApprovalSelectorOption().key(k)).toList())));
  }

  /** A Contact control in member mode: the chosen members' userids. */
  public ApprovalForm members(String id, String... userids) {
    expect(id, ApprovalControlType.CONTACT);
    return put(id, new ApprovalControlValue().members(Arrays.stream(nonEmpty(id, userids))
        .map(u -> new ApprovalMemberValue().userid(u)).toList()));
  }

  /** A Contact control in department mode: the chosen department ids. */
  public ApprovalForm departments(String id, long... departmentIds) {
    expect(id, ApprovalControlType.CONTACT);
    if (departmentIds.length == 0) {
      throw new IllegalArgumentException("control " + id + " needs at least one department");
    }
    return put(id, new ApprovalControlValue().departments(Arrays.stream(departmentIds)
        .mapToObj(d -> new ApprovalDepartmentValue().openapiId(Long.toString(d))).toList()));
  }

  /** A File control: media ids from media/upload; at most 6 attachments in the whole application. */
  public ApprovalForm files(String id, String... mediaIds) {
    expect(id, ApprovalControlType.FILE);
    return put(id, new ApprovalControlValue().files(Arrays.stream(nonEmpty(id, mediaIds))
        .map(m -> new ApprovalFileValue().fileId(m)).toList()));
  }

  /** Any control, with a value built from the generated models; only the id is checked. */
  public ApprovalForm value(String id, ApprovalControlValue value) {
    control(id);
    return put(id, Objects.requireNonNull(value, "value"));
  }

  /**
   * The form, every control of the template in its order (those left unset with an empty value).
   *
   * @throws IllegalStateException naming every required control left empty
   */
  public ApprovalApplyData build() {
    List<String> missing = new ArrayList<>();
    List<ApprovalApplyContent> contents = new ArrayList<>();
    int files = 0;
    for (Map.Entry<String, ApprovalTemplateControl> entry : controls.entrySet()) {
      ApprovalTemplateControlProperty property = entry.getValue().getProperty();
      ApprovalControlValue value = values.get(entry.getKey());
      if (value == null && isRequired(property) && !COMPUTED.contains(property.getControl())) {
        missing.add(entry.getKey() + " (" + property.getControl() + title(property) + ")");
      }
      if (value != null && value.getFiles() != null) {
        files += value.getFiles().size();
      }
      contents.add(new ApprovalApplyContent().control(property.getControl()).id(entry.getKey())
          .value(value == null ? new ApprovalControlValue() : value));
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("required controls left empty: " + String.join(", ", missing));
    }
    if (files > 6) {
      throw new IllegalStateException("an application takes at most 6 attachments, the form has " + files);
    }
    return new ApprovalApplyData().contents(contents);
  }

  private static boolean isRequired(ApprovalTemplateControlProperty property) {
    return property.getRequire() != null && property.getRequire().getValue() != null
        && property.getRequire().getValue() == 1;
  }

  private static String title(ApprovalTemplateControlProperty property) {
    return property.getTitle() == null || property.getTitle().isEmpty() ? ""
        : " '" + property.getTitle().get(0).getText() + "'";
  }

  private ApprovalForm put(String id, ApprovalControlValue value) {
    values.put(id, value);
    return this;
  }

  private ApprovalTemplateControl control(String id) {
    ApprovalTemplateControl control = controls.get(id);
    if (control == null) {
      throw new IllegalArgumentException("the template has no control " + id + "; its controls are "
          + controls.keySet());
    }
    return control;
  }

  private ApprovalControlType expect(String id, ApprovalControlType... kinds) {
    ApprovalControlType kind = control(id).getProperty().getControl();
    if (Arrays.stream(kinds).noneMatch(k -> k == kind)) {
      throw new IllegalArgumentException("control " + id + " is a " + kind + " control, not "
          + Arrays.stream(kinds).map(ApprovalControlType::getValue).collect(Collectors.joining(" or ")));
    }
    return kind;
  }

  private static String[] nonEmpty(String id, String[] items) {
    if (items.length == 0) {
      throw new IllegalArgumentException("control " + id + " needs at least one value");
    }
    return items;
  }
}
