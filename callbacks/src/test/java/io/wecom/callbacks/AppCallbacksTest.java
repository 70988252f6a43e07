package io.wecom.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import io.wecom.callbacks.event.ExternalChatChangeEvent;
import io.wecom.callbacks.event.ExternalContactChangeEvent;
import io.wecom.callbacks.event.ExternalTagChangeEvent;
import io.wecom.callbacks.event.GenericEvent;
import io.wecom.callbacks.event.ImageMessage;
import io.wecom.callbacks.event.TemplateCardEvent;
import io.wecom.callbacks.event.TemplateCardEvent.SelectedItem;
import io.wecom.callbacks.event.TextMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Customer changes (92130), template card clicks and app messages and events (90239, 90240) as the official pages
 * show them, read back as typed events; anything without a type is a {@link GenericEvent} holding every field.
 */
class AppCallbacksTest {

  private final TestApp.Receiver app = new TestApp.Receiver();

  @Test
  void anAddedCustomerCarriesTheChannelStateAndTheWelcomeCode() {
    ExternalContactChangeEvent added = (ExternalContactChangeEvent) app.fromApp("add_external_contact");

    assertThat(added.changeType()).isEqualTo("add_external_contact");
    assertThat(added.userId()).isEqualTo("zhangsan");
    assertThat(added.externalUserId()).isEqualTo("woAJ2GCAAAXtWyujaWJHDDGi0mAAAA");
    assertThat(added.state()).isEqualTo("teststate");
    assertThat(added.welcomeCode()).isEqualTo("WELCOMECODE");
    assertThat(added.source()).isNull();
  }

  @Test
  void aGroupChatUpdateListsTheMembersThatChanged() {
    ExternalChatChangeEvent chat = (ExternalChatChangeEvent) app.fromSuite("change_external_chat");

    assertThat(chat.changeType()).isEqualTo("update");
    assertThat(chat.chatId()).isEqualTo("CHAT_ID");
    assertThat(chat.updateDetail()).isEqualTo("add_member");
    assertThat(chat.joinScene()).isEqualTo(1);
    assertThat(chat.quitScene()).isEqualTo(0);
    assertThat(chat.memChangeCnt()).isEqualTo(10);
    assertThat(chat.memChangeList()).containsExactly("Jack", "Rose");
    assertThat(chat.lastMemVer()).isEqualTo("9c3f97c2ada667dfb5f6d03308d963e1");
    assertThat(chat.curMemVer()).isEqualTo("71217227bbd112ecfe3a49c482195cb4");
    assertThat(chat.header().corpId()).isEqualTo("wxf8b4f85f3a794e77");
  }

  @Test
  void aCustomerTagChangeNamesTheTagAndItsRuleGroup() {
    ExternalTagChangeEvent tag = (ExternalTagChangeEvent) app.fromApp("change_external_tag");

    assertThat(tag.changeType()).isEqualTo("create");
    assertThat(tag.id()).isEqualTo("TAG_ID");
    assertThat(tag.tagType()).isEqualTo("tag");
    assertThat(tag.strategyId()).isEqualTo(1L);
  }

  @Test
  void aTemplateCardClickCarriesTheButtonTheResponseCodeAndTheChoices() {
    TemplateCardEvent card = (TemplateCardEvent) app.fromApp("template_card_event");

    assertThat(card.eventKey()).isEqualTo("key111");
    assertThat(card.taskId()).isEqualTo("taskid111");
    assertThat(card.cardType()).isEqualTo("text_notice");
    assertThat(card.responseCode()).isEqualTo("ResponseCode");
    assertThat(card.header().agentId()).isEqualTo(1);
    assertThat(card.selectedItems()).containsExactly(
        new SelectedItem("QuestionKey1", List.of("OptionId1", "OptionId2")),
        new SelectedItem("QuestionKey2", List.of("OptionId3", "OptionId4")));
  }

  @Test
  void textAndImageMessagesAreTyped() {
    TextMessage text = (TextMessage) app.fromApp("text");
    ImageMessage image = (ImageMessage) app.fromApp("image");

    assertThat(text.content()).isEqualTo("this is a test");
    assertThat(text.msgId()).isEqualTo("1234567890123456");
    assertThat(text.header().fromUser()).isEqualTo("fromUser");
    assertThat(text.header().time()).isEqualTo(Instant.ofEpochSecond(1348831860));
    assertThat(image.picUrl()).isEqualTo("this is a url");
    assertThat(image.mediaId()).isEqualTo("media_id");
  }

  @Test
  void otherAppEventsComeAsGenericEventsWithEveryField() {
    GenericEvent click = (GenericEvent) app.fromApp("click");
    GenericEvent job = (GenericEvent) app.fromApp("batch_job_result");

    assertThat(click.msgType()).isEqualTo("event");
    assertThat(click.event()).isEqualTo("click");
    assertThat(click.eventKey()).isEqualTo("EVENTKEY");
    assertThat(click.header().agentId()).isEqualTo(1);
    assertThat(job.event()).isEqualTo("batch_job_result");
    assertThat(job.fields().get("BatchJob")).isEqualTo(Map.of("JobId", "S0MrnndvRG5fadSlLwiBqiDDbM143UqTmKP3152FZk4",
        "JobType", "sync_user", "ErrCode", "0", "ErrMsg", "ok"));
  }

  @Test
  void unknownSuiteNoticesAndMessageTypesAndChangeTypesAreGenericEventsNotErrors() {
    GenericEvent notice = (GenericEvent) app.receive(TestApp.SUITE_ID, "<xml><SuiteId><![CDATA[" + TestApp.SUITE_ID
        + "]]></SuiteId><InfoType><![CDATA[reset_permanent_code]]></InfoType><TimeStamp>1403610513</TimeStamp>"
        + "<AuthCode><![CDATA[CODE]]></AuthCode></xml>");
    GenericEvent voice = (GenericEvent) app.receive(TestApp.CORP_ID, "<xml><ToUserName>toUser</ToUserName>"
        + "<MsgType>voice</MsgType><MediaId>media_id</MediaId><Format>amr</Format></xml>");
    GenericEvent newChange = (GenericEvent) app.receive(TestApp.CORP_ID, "<xml><MsgType>event</MsgType>"
        + "<Event>change_contact</Event><ChangeType>merge_party</ChangeType><Id>3</Id></xml>");
    GenericEvent bare = (GenericEvent) app.receive(TestApp.CORP_ID, "<xml><Something>else</Something></xml>");

    assertThat(notice.infoType()).isEqualTo("reset_permanent_code");
    assertThat(notice.fields().text("AuthCode")).isEqualTo("CODE");
    assertThat(notice.toString()).as("values may be codes").contains("AuthCode").doesNotContain("CODE");
    assertThat(voice.msgType()).isEqualTo("voice");
    assertThat(voice.fields().text("Format")).isEqualTo("amr");
    assertThat(newChange.changeType()).isEqualTo("merge_party");
    assertThat(bare.msgType()).isNull();
    assertThat(bare.fields().asMap()).containsExactly(Map.entry("Something", "else"));
  }
}
