package io.wecom.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wecom.client.WeComClient;
import io.wecom.client.api.UserApi;
import io.wecom.client.model.ListUserIdsRequest;
import io.wecom.client.model.UserDeptUser;
import io.wecom.sandbox.WeComSandbox;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pager follows the sandbox's next_cursor through a multi-page user/list_id to the same list one page gives. */
class PagingThroughTheSandboxTest {

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

  @Test
  void pagesOfOneEntryAddUpToTheWholeList() {
    List<UserDeptUser> whole = wecom.user().listUserIds(new ListUserIdsRequest().limit(10000)).getDeptUser();

    List<UserDeptUser> paged = wecom.pages().<UserApi, UserDeptUser>items(UserApi.class,
        api -> api.listUserIds(new ListUserIdsRequest().limit(1))).toList();

    assertThat(whole).hasSizeGreaterThan(1);
    assertThat(paged).extracting(UserDeptUser::getUserid, UserDeptUser::getDepartment)
        .containsExactlyElementsOf(whole.stream().map(u -> tuple(u.getUserid(), u.getDepartment())).toList());
    assertThat(wecom.pages().responses(UserApi.class, api -> api.listUserIds(new ListUserIdsRequest().limit(1))))
        .as("one page per member (the sandbox pages by member)")
        .hasSize((int) whole.stream().map(UserDeptUser::getUserid).distinct().count()).hasSizeGreaterThan(1);
  }
}
