package io.wecom.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import io.wecom.callbacks.event.ContactChangeType;
import io.wecom.callbacks.event.DepartmentChangeEvent;
import io.wecom.callbacks.event.TagChangeEvent;
import io.wecom.callbacks.event.UserChangeEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Address-book changes as the official pages show them (成员变更 90970, 部门变更 90971 and 92655, 标签变更 90972),
 * from a self-built app and from a suite, read back as the same typed events.
 */
class ContactChangeEventsTest {

  private final TestApp.Receiver app = new TestApp.Receiver();

  @Test
  void aNewMemberComesWithTheFieldsOfTheDocsAndKeepsTheRestAsFields() {
    UserChangeEvent user = (UserChangeEvent) app.fromApp("create_user");

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
    UserChangeEvent updated = (UserChangeEvent) app.fromApp("update_user");
    UserChangeEvent deleted = (UserChangeEvent) app.fromApp("delete_user");

    assertThat(updated.changeType()).isEqualTo(ContactChangeType.UPDATE_USER);
    assertThat(updated.newUserId()).isEqualTo("zhangsan001");
    assertThat(deleted.changeType()).isEqualTo(ContactChangeType.DELETE_USER);
    assertThat(deleted.userId()).isEqualTo("zhangsan");
    assertThat(deleted.name()).isNull();
    assertThat(deleted.departments()).isEmpty();
  }

  @Test
  void departmentChangesComeTheSameFromTheAppAndFromTheSuite() {
    DepartmentChangeEvent created = (DepartmentChangeEvent) app.fromApp("create_party");
    DepartmentChangeEvent updated = (DepartmentChangeEvent) app.fromSuite("update_party_suite");
    DepartmentChangeEvent deleted = (DepartmentChangeEvent) app.fromApp("delete_party");

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
    TagChangeEvent tag = (TagChangeEvent) app.fromApp("update_tag");

    assertThat(tag.changeType()).isEqualTo(ContactChangeType.UPDATE_TAG);
    assertThat(tag.tagId()).isEqualTo(1);
    assertThat(tag.addUserItems()).containsExactly("zhangsan", "lisi");
    assertThat(tag.delUserItems()).containsExactly("zhangsan1", "lisi1");
    assertThat(tag.addPartyItems()).containsExactly(1L, 2L);
    assertThat(tag.delPartyItems()).containsExactly(3L, 4L);
  }
}
