package io.wecom.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.wecom.client.WeComClient;
import io.wecom.client.api.ContactsApi;
import io.wecom.client.error.BadRequestException;
import io.wecom.client.error.WeComApiException;
import io.wecom.client.model.AddTagUsersRequest;
import io.wecom.client.model.CreateDepartmentRequest;
import io.wecom.client.model.CreateTagRequest;
import io.wecom.client.model.CreateUserRequest;
import io.wecom.client.model.Department;
import io.wecom.client.model.ListUserIdsRequest;
import io.wecom.client.model.TagUser;
import io.wecom.client.model.UpdateUserRequest;
import io.wecom.client.model.User;
import io.wecom.client.model.UserDeptUser;
import io.wecom.sandbox.RecordedRequest;
import io.wecom.sandbox.WeComSandbox;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Departments, members and tags keep state: create, read, update and delete round-trip through the generated client. */
class ContactsThroughTheClientTest {

  private static WeComSandbox sandbox;
  private static WeComClient wecom;

  @BeforeAll
  static void start() {
    sandbox = WeComSandbox.start();
    wecom = WeComClient.builder().baseUrl(sandbox.baseUrl()).corpId("ww-sandbox").secret("any").build();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void freshContacts() {
    sandbox.scenario().resetContacts();
  }

  @Test
  void aCreatedDepartmentCanBeReadListedAndDeleted() {
    long id = wecom.contacts().createDepartment(new CreateDepartmentRequest().name("运维部").parentid(1L).order(5L))
        .getId();

    assertThat(wecom.contacts().getDepartment(id).getDepartment().getName()).isEqualTo("运维部");
    assertThat(wecom.contacts().listDepartments(1L).getDepartment()).extracting(Department::getId).contains(id);

    wecom.contacts().deleteDepartment(id);
    assertThat(wecom.contacts().listDepartments(1L).getDepartment()).extracting(Department::getId).doesNotContain(id);
    WeComApiException gone = catchThrowableOfType(WeComApiException.class,
        () -> wecom.contacts().getDepartment(id));
    assertThat(gone.errcode()).isEqualTo(60003);
  }

  @Test
  void aCreatedMemberIsReadUpdatedListedAndDeleted() {
    wecom.contacts().createUser(new CreateUserRequest().userid("wangwu").name("王五").mobile("13900000001")
        .department(List.of(3L)).position("运维工程师"));

    var created = wecom.contacts().getUser("wangwu");
    assertThat(created.getName()).isEqualTo("王五");
    assertThat(created.getDepartment()).containsExactly(3L);
    assertThat(created.getPosition()).isEqualTo("运维工程师");

    wecom.contacts().updateUser(new UpdateUserRequest().userid("wangwu").position("SRE"));
    assertThat(wecom.contacts().getUser("wangwu").getPosition()).isEqualTo("SRE");
    assertThat(wecom.contacts().getUser("wangwu").getName()).as("untouched fields stay").isEqualTo("王五");
    assertThat(wecom.contacts().listUsers(3L, null).getUserlist()).extracting(User::getUserid).containsExactly("wangwu");

    wecom.contacts().deleteUser("wangwu");
    BadRequestException gone = catchThrowableOfType(BadRequestException.class, () -> wecom.contacts().getUser("wangwu"));
    assertThat(gone.errcode()).isEqualTo(60111);
    assertThat(wecom.contacts().listUsers(3L, null).getUserlist()).isEmpty();
  }

  @Test
  void duplicatesAndUnknownDepartmentsAreRefusedWithWeComCodes() {
    WeComApiException duplicate = catchThrowableOfType(WeComApiException.class, () -> wecom.contacts()
        .createUser(new CreateUserRequest().userid("zhangsan").name("张三").department(List.of(1L))));
    assertThat(duplicate.errcode()).isEqualTo(60102);

    WeComApiException noSuchDepartment = catchThrowableOfType(WeComApiException.class, () -> wecom.contacts()
        .createUser(new CreateUserRequest().userid("zhaoliu").name("赵六").department(List.of(99L))));
    assertThat(noSuchDepartment.errcode()).isEqualTo(60123);

    WeComApiException notEmpty = catchThrowableOfType(WeComApiException.class,
        () -> wecom.contacts().deleteDepartment(2L));
    assertThat(notEmpty.errcode()).isEqualTo(60006);
  }

  @Test
  void tagMembersFollowAddAndListChanges() {
    long tagid = wecom.contacts().createTag(new CreateTagRequest().tagname("值班")).getTagid();

    var added = wecom.contacts().addTagUsers(new AddTagUsersRequest().tagid(tagid).userlist(List.of("zhangsan", "ghost")));

    assertThat(added.getInvalidlist()).isEqualTo("ghost");
    assertThat(wecom.contacts().getTagUsers(tagid).getUserlist()).extracting(TagUser::getUserid).containsExactly("zhangsan");
    assertThat(wecom.contacts().listTags().getTaglist()).anySatisfy(t -> assertThat(t.getTagname()).isEqualTo("值班"));

    wecom.contacts().deleteTag(tagid);
    assertThat(wecom.contacts().listTags().getTaglist()).noneSatisfy(t -> assertThat(t.getTagname()).isEqualTo("值班"));
  }

  @Test
  void theSandboxRecordsWhatTheClientSent() {
    sandbox.clearRequests();

    wecom.contacts().getUser("zhangsan");

    List<RecordedRequest> calls = sandbox.requests("getUser");
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).query("userid")).containsExactly("zhangsan");
    assertThat(calls.get(0).query("access_token")).hasSize(1);
  }

  @Test
  void thePagerFollowsNextCursorThroughAMultiPageListToTheWholeList() {
    List<UserDeptUser> whole = wecom.contacts().listUserIds(new ListUserIdsRequest().limit(10000)).getDeptUser();

    List<UserDeptUser> paged = wecom.pages().<ContactsApi, UserDeptUser>items(ContactsApi.class,
        api -> api.listUserIds(new ListUserIdsRequest().limit(1))).toList();

    assertThat(whole).hasSizeGreaterThan(1);
    assertThat(paged).extracting(UserDeptUser::getUserid, UserDeptUser::getDepartment)
        .containsExactlyElementsOf(whole.stream().map(u -> tuple(u.getUserid(), u.getDepartment())).toList());
    assertThat(wecom.pages().responses(ContactsApi.class, api -> api.listUserIds(new ListUserIdsRequest().limit(1))))
        .as("one page per member (the sandbox pages by member)")
        .hasSize((int) whole.stream().map(UserDeptUser::getUserid).distinct().count()).hasSizeGreaterThan(1);
  }
}
