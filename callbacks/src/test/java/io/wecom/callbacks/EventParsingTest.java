package io.wecom.callbacks;

import static io.wecom.callbacks.TestApp.official;
import static org.assertj.core.api.Assertions.assertThat;

import io.wecom.callbacks.event.CallbackEvent;
import io.wecom.callbacks.event.CancelAuthEvent;
import io.wecom.callbacks.event.ChangeAuthEvent;
import io.wecom.callbacks.event.ContactChangeType;
import io.wecom.callbacks.event.CreateAuthEvent;
import io.wecom.callbacks.event.DepartmentChangeEvent;
import io.wecom.callbacks.event.ExternalChatChangeEvent;
import io.wecom.callbacks.event.ExternalContactChangeEvent;
import io.wecom.callbacks.event.ExternalTagChangeEvent;
import io.wecom.callbacks.event.GenericEvent;
import io.wecom.callbacks.event.ImageMessage;
import io.wecom.callbacks.event.SuiteTicketEvent;
import io.wecom.callbacks.event.TagChangeEvent;
import io.wecom.callbacks.event.TemplateCardEvent;
import io.wecom.callbacks.event.TemplateCardEvent.SelectedItem;
import io.wecom.callbacks.event.TextMessage;
import io.wecom.callbacks.event.UserChangeEvent;
import io.wecom.client.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each kind of callback, as the official pages show it, pushed encrypted and signed and read back as its typed event:
 * suite notifications (90628, 100964, 92655), address-book changes (90970, 90971, 90972), customer changes (92130),
 * template card clicks and app messages (90239, 90240).
 */
class EventParsingTest {

  private static final Instant CREATED = Instant.ofEpochSecond(1403610513);

  private final MutableClock clock = new MutableClock();
  private final WeComCallbackHandler handler = WeComCallbackHandler.of(TestApp.config(clock));

  private CallbackEvent receive(String receiveId, String xml) {
    SignedCallback pushed = TestApp.wecom(receiveId, clock).seal(xml);
    return handler.handle(pushed.msgSignature(), pushed.timestamp(), pushed.nonce(), pushed.body());
  }

  private CallbackEvent fromSuite(String name) {
    return receive(TestApp.SUITE_ID, official(name));
  }

  private CallbackEvent fromApp(String name) {
    return receive(TestApp.CORP_ID, official(name));
  }

  @Test
  void aSuiteTicketIsReadAndStored() {
    SuiteTicketEvent event = (SuiteTicketEvent) fromSuite("suite_ticket");

    assertThat(event.suiteTicket()).isEqualTo("asdfasfdasdfasdf");
    assertThat(event.header().suiteId()).isEqualTo("ww4asffe99e54c0fxxxx");
    assertThat(event.header().time()).isEqualTo(CREATED);
    assertThat(event.header().corpId()).isNull();
    assertThat(handler.suiteTicketStore().currentTicket()).isEqualTo("asdfasfdasdfasdf");
  }

  @Test
  void authorizationNoticesCarryTheCorpTheCodeAndTheState() {
    CreateAuthEvent created = (CreateAuthEvent) fromSuite("create_auth");
    ChangeAuthEvent changed = (ChangeAuthEvent) fromSuite("change_auth");
    CancelAuthEvent cancelled = (CancelAuthEvent) fromSuite("cancel_auth");

    assertThat(created.authCode()).isEqualTo("AUTHCODE");
    assertThat(created.state()).isEqualTo("123");
    assertThat(created.extraInfo()).isNull();
    assertThat(created.header().suiteId()).isEqualTo("ww4asffe9xxx4c0f4c");
    assertThat(changed.header().corpId()).isEqualTo("wxf8b4f85f3a794e77");
    assertThat(changed.state()).isEqualTo("abc");
    assertThat(cancelled.header().corpId()).isEqualTo("wxf8b4f85fxx794xxx");
    assertThat(cancelled.header().time()).isEqualTo(CREATED);
  }

  @Test
  void aNewMemberComesWithTheFieldsOfTheDocsAndKeepsTheRestAsFields() {
    UserChangeEvent user = (UserChangeEvent) fromApp("create_user");

    assertThat(user.changeType()).isEqualTo(ContactChangeType.CREATE_USER);
    assertThat(user.userId()).isEqualTo("zhangsan");
    assertThat(user.name()).isEqualTo("张三");
    assertThat(user.departments()).containsExactly(1L, 2L, 3L);
    assertThat(user.mainDepartment()).isEqualTo(1L);
    assertThat(user.position()).isEqualTo("产品经理");
    assertThat(user.mobile()).isEqualTo("13800000000");
    assertThat(user.email()).isEqualTo("zhangsan@gzdev.com");
    assertThat(user.gender()).isEqualTo(1);
    assertThat(user.status()).isEqualTo(1);
    assertThat(user.alias()).isEqualTo("zhangsan");
    assertThat(user.header().fromUser()).isEqualTo("sys");
    assertThat(user.header().corpId()).isEqualTo("toUser");
    assertThat(user.fields().text("Telephone")).isEqualTo("020-123456");
    assertThat(user.fields().text("DirectLeader")).isEqualTo("lisi,wangwu");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> extAttr = (List<Map<String, Object>>) ((Map<String, Object>) user.fields()
        .get("ExtAttr")).get("Item");
    assertThat(extAttr).extracting(item -> item.get("Name")).containsExactly("爱好", "卡号");
  }

  @Test
  void anUpdatedMemberCarriesItsNewUseridAndADeletedOneOnlyItsUserid() {
    UserChangeEvent updated = (UserChangeEvent) fromApp("update_user");
    UserChangeEvent deleted = (UserChangeEvent) fromApp("delete_user");

    assertThat(updated.changeType()).isEqualTo(ContactChangeType.UPDATE_USER);
    assertThat(updated.newUserId()).isEqualTo("zhangsan001");
    assertThat(deleted.changeType()).isEqualTo(ContactChangeType.DELETE_USER);
    assertThat(deleted.userId()).isEqualTo("zhangsan");
    assertThat(deleted.name()).isNull();
    assertThat(deleted.departments()).isEmpty();
  }

  @Test
  void departmentChangesComeTheSameFromTheAppAndFromTheSuite() {
    DepartmentChangeEvent created = (DepartmentChangeEvent) fromApp("create_party");
    DepartmentChangeEvent updated = (DepartmentChangeEvent) fromSuite("update_party_suite");
    DepartmentChangeEvent deleted = (DepartmentChangeEvent) fromApp("delete_party");

    assertThat(created.changeType()).isEqualTo(ContactChangeType.CREATE_PARTY);
    assertThat(created.id()).isEqualTo(2);
    assertThat(created.name()).isEqualTo("张三");
    assertThat(created.parentId()).isEqualTo(1L);
    assertThat(created.order()).isEqualTo(1L);
    assertThat(updated.changeType()).isEqualTo(ContactChangeType.UPDATE_PARTY);
    assertThat(updated.header().corpId()).isEqualTo("wxf8b4f85f3a79xxxx");
    assertThat(updated.header().suiteId()).isEqualTo("ww4asffe99e54cxxxx");
    assertThat(updated.order()).isNull();
    assertThat(deleted.changeType()).isEqualTo(ContactChangeType.DELETE_PARTY);
    assertThat(deleted.name()).isNull();
  }

  @Test
  void aTagChangeListsWhoWasAddedAndRemoved() {
    TagChangeEvent tag = (TagChangeEvent) fromApp("update_tag");

    assertThat(tag.changeType()).isEqualTo(ContactChangeType.UPDATE_TAG);
    assertThat(tag.tagId()).isEqualTo(1);
    assertThat(tag.addUserItems()).containsExactly("zhangsan", "lisi");
    assertThat(tag.delUserItems()).containsExactly("zhangsan1", "lisi1");
    assertThat(tag.addPartyItems()).containsExactly(1L, 2L);
    assertThat(tag.delPartyItems()).containsExactly(3L, 4L);
  }

  @Test
  void anAddedCustomerCarriesTheChannelStateAndTheWelcomeCode() {
    ExternalContactChangeEvent added = (ExternalContactChangeEvent) fromApp("add_external_contact");

    assertThat(added.changeType()).isEqualTo("add_external_contact");
    assertThat(added.userId()).isEqualTo("zhangsan");
    assertThat(added.externalUserId()).isEqualTo("woAJ2GCAAAXtWyujaWJHDDGi0mAAAA");
    assertThat(added.state()).isEqualTo("teststate");
    assertThat(added.welcomeCode()).isEqualTo("WELCOMECODE");
    assertThat(added.source()).isNull();
  }

  @Test
  void aGroupChatUpdateListsTheMembersThatChanged() {
    ExternalChatChangeEvent chat = (ExternalChatChangeEvent) fromSuite("change_external_chat");

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
    ExternalTagChangeEvent tag = (ExternalTagChangeEvent) fromApp("change_external_tag");

    assertThat(tag.changeType()).isEqualTo("create");
    assertThat(tag.id()).isEqualTo("TAG_ID");
    assertThat(tag.tagType()).isEqualTo("tag");
    assertThat(tag.strategyId()).isEqualTo(1L);
  }

  @Test
  void aTemplateCardClickCarriesTheButtonTheResponseCodeAndTheChoices() {
    TemplateCardEvent card = (TemplateCardEvent) fromApp("template_card_event");

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
    TextMessage text = (TextMessage) fromApp("text");
    ImageMessage image = (ImageMessage) fromApp("image");

    assertThat(text.content()).isEqualTo("this is a test");
    assertThat(text.msgId()).isEqualTo("1234567890123456");
    assertThat(text.header().fromUser()).isEqualTo("fromUser");
    assertThat(text.header().time()).isEqualTo(Instant.ofEpochSecond(1348831860));
    assertThat(image.picUrl()).isEqualTo("this is a url");
    assertThat(image.mediaId()).isEqualTo("media_id");
  }

  @Test
  void otherAppEventsComeAsGenericEventsWithEveryField() {
    GenericEvent click = (GenericEvent) fromApp("click");
    GenericEvent job = (GenericEvent) fromApp("batch_job_result");

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
    GenericEvent notice = (GenericEvent) receive(TestApp.SUITE_ID, "<xml><SuiteId><![CDATA[" + TestApp.SUITE_ID
        + "]]></SuiteId><InfoType><![CDATA[reset_permanent_code]]></InfoType><TimeStamp>1403610513</TimeStamp>"
        + "<AuthCode><![CDATA[CODE]]></AuthCode></xml>");
    GenericEvent voice = (GenericEvent) receive(TestApp.CORP_ID, "<xml><ToUserName>toUser</ToUserName>"
        + "<MsgType>voice</MsgType><MediaId>media_id</MediaId><Format>amr</Format></xml>");
    GenericEvent newChange = (GenericEvent) receive(TestApp.CORP_ID, "<xml><MsgType>event</MsgType>"
        + "<Event>change_contact</Event><ChangeType>merge_party</ChangeType><Id>3</Id></xml>");
    GenericEvent bare = (GenericEvent) receive(TestApp.CORP_ID, "<xml><Something>else</Something></xml>");

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
