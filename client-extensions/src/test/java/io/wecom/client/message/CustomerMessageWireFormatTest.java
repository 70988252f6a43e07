package io.wecom.client.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wecom.client.model.Attachment;
import io.wecom.client.model.AttachmentImage;
import io.wecom.client.model.AttachmentLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Given the official examples of the welcome message and the mass message, when the same messages are built with
 * {@link WelcomeMessage} and {@link MassMessage} and sent, then the JSON on the wire equals the example.
 */
class CustomerMessageWireFormatTest {

  @RegisterExtension
  final WireFormat wire = new WireFormat();

  @Test
  void aWelcomeMessageWithEveryAttachmentKindGoesOutAsTheOfficialExample() {
    JsonNode expected = SpecExamples.request("externalContact-messages.yaml", "sendWelcomeMessage", null);

    wire.client.externalContact().sendWelcomeMessage(
        WelcomeMessage.forCode("CALLBACK_CODE").text("文本消息内容").attachments(everyKind()).build());

    WireFormat.assertSameJson(wire.sentTo("/cgi-bin/externalcontact/send_welcome_msg"), expected);
  }

  /**
   * The official example sends chat_id_list with chat_type single, where WeCom ignores it; the builder refuses
   * that, so the customer message is compared without it.
   */
  @Test
  void aMassMessageToCustomersGoesOutAsTheOfficialExampleLessTheIgnoredChatList() {
    ObjectNode expected = (ObjectNode) SpecExamples.request("externalContact-messages.yaml", "addMsgTemplate", null);
    expected.remove("chat_id_list");

    wire.client.externalContact().addMsgTemplate(MassMessage.toCustomers()
        .customers("woAJ2GCAAAXtWyujaWJHDDGi0mACAAAA", "wmqfasd1e1927831123109rBAAAA")
        .tagFilter(tagGroups()).sender("zhangsan").allowSelect(true)
        .text("文本消息内容").attachments(everyKind()).build());

    WireFormat.assertSameJson(wire.sentTo("/cgi-bin/externalcontact/add_msg_template"), expected);
  }

  /** The group form of the same example: chat_type group with its chat_id_list, no customers, no allow_select. */
  @Test
  void aMassMessageToGroupChatsGoesOutAsTheOfficialExampleInItsGroupForm() {
    ObjectNode expected = (ObjectNode) SpecExamples.request("externalContact-messages.yaml", "addMsgTemplate", null);
    expected.put("chat_type", "group");
    expected.remove(List.of("external_userid", "allow_select"));

    wire.client.externalContact().addMsgTemplate(MassMessage.toGroupChats("zhangsan")
        .chats("wr2GCAAAXtWyujaWJHDDGasdadAAA").tagFilter(tagGroups())
        .text("文本消息内容").attachments(everyKind()).build());

    WireFormat.assertSameJson(wire.sentTo("/cgi-bin/externalcontact/add_msg_template"), expected);
  }

  private static List<List<String>> tagGroups() {
    return List.of(List.of("ete19278asuMT123109rBAAAA", "ete19MT12278109UYteaBAAAA"),
        List.of("eteIlKKHSDfuMT18Kg9rBAAAA"));
  }

  private static Attachment[] everyKind() {
    return new Attachment[] {
        Attachments.image(new AttachmentImage().mediaId("MEDIA_ID")
            .picUrl("http://p.qpic.cn/pic_wework/3474110808/7a6344sdadfwehe42060/0")),
        Attachments.link(new AttachmentLink().title("消息标题").picurl("https://example.pic.com/path").desc("消息描述")
            .url("https://example.link.com/path")),
        Attachments.miniprogram("消息标题", "MEDIA_ID", "wx8bd80126147dfAAA", "/path/index.html"),
        Attachments.video("MEDIA_ID"),
        Attachments.file("MEDIA_ID")};
  }
}
