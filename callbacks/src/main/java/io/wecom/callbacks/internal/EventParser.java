package io.wecom.callbacks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.wecom.callbacks.event.CallbackEvent;
import io.wecom.callbacks.event.CallbackHeader;
import io.wecom.callbacks.event.CancelAuthEvent;
import io.wecom.callbacks.event.ChangeAuthEvent;
import io.wecom.callbacks.event.CreateAuthEvent;
import io.wecom.callbacks.event.ExternalChatChangeEvent;
import io.wecom.callbacks.event.ExternalContactChangeEvent;
import io.wecom.callbacks.event.ExternalTagChangeEvent;
import io.wecom.callbacks.event.GenericEvent;
import io.wecom.callbacks.event.ImageMessage;
import io.wecom.callbacks.event.SuiteTicketEvent;
import io.wecom.callbacks.event.TemplateCardEvent;
import io.wecom.callbacks.event.TemplateCardEvent.SelectedItem;
import io.wecom.callbacks.event.TextMessage;
import io.wecom.callbacks.event.XmlFields;
import java.time.Instant;
import java.util.List;

/**
 * Turns decrypted callback XML into its typed event. Suite callbacks are told by InfoType, app callbacks by MsgType
 * and Event; whatever has no type here becomes a {@link GenericEvent}.
 */
public final class EventParser {

  private EventParser() {}

  /** The event in {@code xml}, which must already be verified and decrypted. */
  public static CallbackEvent parse(String xml) {
    FieldReader in = new FieldReader(CallbackXml.read(xml, "the decrypted message"));
    CallbackHeader header = header(in);
    XmlFields fields = in.fields();
    String infoType = in.type("InfoType");
    String msgType = in.type("MsgType");
    String event = in.type("Event");
    String kind = infoType != null ? infoType : "event".equals(msgType) ? event : null;
    CallbackEvent typed = kind != null ? byKind(kind, in, header, fields) : byMsgType(msgType, in, header, fields);
    return typed != null ? typed : new GenericEvent(header, msgType, event, infoType, in.type("ChangeType"), fields);
  }

  private static CallbackEvent byKind(String kind, FieldReader in, CallbackHeader header, XmlFields fields) {
    return switch (kind) {
      case "suite_ticket" -> new SuiteTicketEvent(header, in.required("SuiteTicket", kind), fields);
      case "create_auth" -> new CreateAuthEvent(header, in.required("AuthCode", kind), in.text("State"),
          in.text("ExtraInfo"), fields);
      case "change_auth" -> new ChangeAuthEvent(header, in.text("State"), in.text("ExtraInfo"), fields);
      case "cancel_auth" -> new CancelAuthEvent(header, fields);
      case "change_contact" -> ContactEvents.parse(in, header, fields);
      case "change_external_contact" -> new ExternalContactChangeEvent(header, in.type("ChangeType"),
          in.text("UserID"), in.text("ExternalUserID"), in.text("State"), in.text("WelcomeCode"),
          in.text("Source"), in.text("FailReason"), fields);
      case "change_external_chat" -> new ExternalChatChangeEvent(header, in.type("ChangeType"), in.text("ChatId"),
          in.text("UpdateDetail"), in.smallNumber("JoinScene"), in.smallNumber("QuitScene"),
          in.smallNumber("MemChangeCnt"), memberChanges(in), in.text("LastMemVer"), in.text("CurMemVer"), fields);
      case "change_external_tag" -> new ExternalTagChangeEvent(header, in.type("ChangeType"), in.text("Id"),
          in.text("TagType"), in.number("StrategyId"), fields);
      case "template_card_event" -> new TemplateCardEvent(header, in.text("EventKey"), in.text("TaskId"),
          in.text("CardType"), in.text("ResponseCode"), selectedItems(in), fields);
      default -> null;
    };
  }

  private static CallbackEvent byMsgType(String msgType, FieldReader in, CallbackHeader header, XmlFields fields) {
    if ("text".equals(msgType)) {
      return new TextMessage(header, in.text("MsgId"), in.text("Content"), fields);
    }
    if ("image".equals(msgType)) {
      return new ImageMessage(header, in.text("MsgId"), in.text("PicUrl"), in.text("MediaId"), fields);
    }
    return null;
  }

  private static CallbackHeader header(FieldReader in) {
    boolean suite = in.type("InfoType") != null;
    Long time = in.number(suite ? "TimeStamp" : "CreateTime");
    return new CallbackHeader(in.text(suite ? "AuthCorpId" : "ToUserName"), in.text("SuiteId"),
        in.text("FromUserName"), time == null ? null : Instant.ofEpochSecond(time), in.smallNumber("AgentID"));
  }

  private static List<String> memberChanges(FieldReader in) {
    List<JsonNode> items = FieldReader.children(in.root(), "MemChangeList", "Item");
    return items.isEmpty() ? in.commaList("MemChangeList")
        : items.stream().map(FieldReader::text).filter(s -> s != null).toList();
  }

  private static List<SelectedItem> selectedItems(FieldReader in) {
    return FieldReader.children(in.root(), "SelectedItems", "SelectedItem").stream()
        .map(item -> new SelectedItem(FieldReader.text(item.get("QuestionKey")),
            FieldReader.children(item, "OptionIds", "OptionId").stream().map(FieldReader::text)
                .filter(s -> s != null).toList()))
        .toList();
  }

}
