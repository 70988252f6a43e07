package io.wecom.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wecom.client.api.ExternalContactApi;
import io.wecom.client.api.ContactsApi;
import io.wecom.client.api.DocApi;
import io.wecom.client.api.JournalApi;
import io.wecom.client.api.KfApi;
import io.wecom.client.api.LivingApi;
import io.wecom.client.error.SystemBusyException;
import io.wecom.client.model.BatchGetExternalContactsByUserRequest;
import io.wecom.client.model.BatchGetExternalContactsByUserResponse;
import io.wecom.client.model.FollowInfo;
import io.wecom.client.model.GetLivingWatchStatRequest;
import io.wecom.client.model.GetLivingWatchStatResponse;
import io.wecom.client.model.KfAccount;
import io.wecom.client.model.ListJournalRecordsRequest;
import io.wecom.client.model.ListKfAccountsRequest;
import io.wecom.client.model.ListSmartsheetRecordsRequest;
import io.wecom.client.model.SmartsheetRecord;
import io.wecom.client.model.ListUserIdsRequest;
import io.wecom.client.model.UserDeptUser;
import io.wecom.client.resilience.ResilienceConfig;
import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.testing.FakeWeCom.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PagingTest {

  private static final String LIST_ID = "/cgi-bin/user/list_id";
  private static final String CONTACT_GET = "/cgi-bin/externalcontact/get";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Page by cursor sent ("" for none): the userids on it and the next_cursor WeCom answers. */
  private static final Map<String, String> PAGES = Map.of(
      "", "{\"errcode\":0,\"errmsg\":\"ok\",\"next_cursor\":\"c+1/=\",\"dept_user\":["
          + "{\"userid\":\"zhangsan\",\"department\":1},{\"userid\":\"lisi\",\"department\":1}]}",
      "c+1/=", "{\"errcode\":0,\"errmsg\":\"ok\",\"next_cursor\":\"c2 中\",\"dept_user\":["
          + "{\"userid\":\"wangwu\",\"department\":2},{\"userid\":\"zhaoliu\",\"department\":2}]}",
      "c2 中", "{\"errcode\":0,\"errmsg\":\"ok\",\"next_cursor\":\"\",\"dept_user\":["
          + "{\"userid\":\"sunqi\",\"department\":3}]}");

  private final FakeWeCom wecom = new FakeWeCom();
  private final WeComClient client = WeComClient.builder().baseUrl(wecom.baseUrl()).corpId("ww-corp").secret("s")
      .resilience(ResilienceConfig.disabled()).build();

  @AfterEach
  void stop() {
    wecom.close();
  }

  private void serveMemberPages() {
    wecom.on(LIST_ID, call -> Answer.json(PAGES.get(body(call).path("cursor").asText(""))));
  }

  private Stream<UserDeptUser> members(ListUserIdsRequest request) {
    return client.pages().items(ContactsApi.class, api -> api.listUserIds(request));
  }

  @Test
  void itemsFollowNextCursorPageByPageUntilItComesBackEmpty() {
    serveMemberPages();

    List<String> userids = members(new ListUserIdsRequest().limit(2)).map(UserDeptUser::getUserid).toList();

    assertThat(userids).containsExactly("zhangsan", "lisi", "wangwu", "zhaoliu", "sunqi");
    assertThat(wecom.requests(LIST_ID)).hasSize(3).allSatisfy(call -> assertThat(call.headers().keySet())
        .noneMatch(header -> header.toLowerCase().startsWith("x-wecom")));
  }

  @Test
  void eachCursorIsSentBackExactlyAsWeComAnsweredItWithTheRestOfTheRequestUnchanged() {
    serveMemberPages();
    ListUserIdsRequest request = new ListUserIdsRequest().limit(2);

    assertThat(members(request).count()).isEqualTo(5);

    List<JsonNode> bodies = wecom.requests(LIST_ID).stream().map(PagingTest::body).toList();
    assertThat(bodies.get(0).has("cursor")).isFalse();
    assertThat(bodies.get(1).get("cursor").asText()).isEqualTo("c+1/=");
    assertThat(bodies.get(2).get("cursor").asText()).isEqualTo("c2 中");
    assertThat(bodies).allSatisfy(b -> assertThat(b.get("limit").asInt()).isEqualTo(2));
    assertThat(request.getCursor()).as("the caller's request is left alone").isNull();
  }

  @Test
  void noPageIsFetchedBeforeItsItemsAreNeeded() {
    serveMemberPages();

    Stream<UserDeptUser> stream = members(new ListUserIdsRequest().limit(2));
    assertThat(wecom.requests(LIST_ID)).isEmpty();

    Iterator<UserDeptUser> members = stream.iterator();
    assertThat(members.next().getUserid()).isEqualTo("zhangsan");
    assertThat(members.next().getUserid()).isEqualTo("lisi");
    assertThat(wecom.requests(LIST_ID)).hasSize(1);

    assertThat(members.next().getUserid()).isEqualTo("wangwu");
    assertThat(wecom.requests(LIST_ID)).hasSize(2);
  }

  @Test
  void aShortCircuitingStreamStopsFetching() {
    serveMemberPages();

    assertThat(members(new ListUserIdsRequest().limit(2)).limit(2).toList()).hasSize(2);

    assertThat(wecom.requests(LIST_ID)).hasSize(1);
  }

  @Test
  void anAbsentNextCursorEndsTheList() {
    wecom.on(LIST_ID, call -> Answer.json("{\"errcode\":0,\"errmsg\":\"ok\",\"dept_user\":[{\"userid\":\"a\"}]}"));

    assertThat(members(new ListUserIdsRequest()).map(UserDeptUser::getUserid)).containsExactly("a");
    assertThat(wecom.requests(LIST_ID)).hasSize(1);
  }

  @Test
  void anEmptyPageWithACursorIsSkippedNotTakenForTheEnd() {
    wecom.enqueue(LIST_ID, Answer.json("{\"errcode\":0,\"errmsg\":\"ok\",\"next_cursor\":\"n1\",\"dept_user\":[]}"),
        Answer.json("{\"errcode\":0,\"errmsg\":\"ok\",\"next_cursor\":\"\",\"dept_user\":[{\"userid\":\"b\"}]}"));

    assertThat(members(new ListUserIdsRequest()).map(UserDeptUser::getUserid)).containsExactly("b");
  }

  @Test
  void aWeComErrorOnALaterPagePropagatesAfterTheEarlierItems() {
    wecom.enqueue(LIST_ID, Answer.json(PAGES.get("")), FakeWeCom.error(-1, "system busy"));
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(() -> members(new ListUserIdsRequest()).forEach(m -> seen.add(m.getUserid())))
        .isInstanceOf(SystemBusyException.class);

    assertThat(seen).containsExactly("zhangsan", "lisi");
  }

  @Test
  void aCursorInTheFirstRequestResumesFromThere() {
    serveMemberPages();

    assertThat(members(new ListUserIdsRequest().cursor("c2 中")).map(UserDeptUser::getUserid))
        .containsExactly("sunqi");
  }

  @Test
  void aNextCursorEqualToTheOneSentFailsInsteadOfLoopingForever() {
    wecom.on(LIST_ID, call -> Answer.json(
        "{\"errcode\":0,\"errmsg\":\"ok\",\"next_cursor\":\"same\",\"dept_user\":[{\"userid\":\"a\"}]}"));

    assertThatThrownBy(() -> members(new ListUserIdsRequest()).count())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("listUserIds answered the page position it was sent");
    assertThat(wecom.requests(LIST_ID)).hasSize(2);
  }

  @Test
  void aQueryParameterCursorPagesTheFollowersOfOneCustomer() {
    wecom.on(CONTACT_GET, call -> Answer.json(call.query("cursor").isEmpty()
        ? "{\"errcode\":0,\"errmsg\":\"ok\",\"follow_user\":[{\"userid\":\"rocky\"}],\"next_cursor\":\"N+1\"}"
        : "{\"errcode\":0,\"errmsg\":\"ok\",\"follow_user\":[{\"userid\":\"tommy\"}],\"next_cursor\":\"\"}"));

    Stream<FollowInfo> followers = client.pages().items(ExternalContactApi.class,
        api -> api.getExternalContact("wmCUSTOMER", null));

    assertThat(followers.map(FollowInfo::getUserid)).containsExactly("rocky", "tommy");
    List<FakeWeCom.Recorded> calls = wecom.requests(CONTACT_GET);
    assertThat(calls).hasSize(2);
    assertThat(calls.get(0).query("cursor")).isEmpty();
    assertThat(calls.get(1).query("cursor")).containsExactly("N+1");
    assertThat(calls).allSatisfy(c -> assertThat(c.query("external_userid")).containsExactly("wmCUSTOMER"));
  }

  @Test
  void wholeAnswersAreAvailableForTheFieldsBesideTheItems() {
    wecom.enqueue("/cgi-bin/externalcontact/batch/get_by_user",
        Answer.json("{\"errcode\":0,\"errmsg\":\"ok\",\"external_contact_list\":[],\"next_cursor\":\"p2\","
            + "\"fail_info\":{\"unlicensed_userid_list\":[\"lisi\"]}}"),
        Answer.json("{\"errcode\":0,\"errmsg\":\"ok\",\"external_contact_list\":[],\"next_cursor\":\"\"}"));

    List<BatchGetExternalContactsByUserResponse> pages = client.pages().responses(ExternalContactApi.class,
        api -> api.batchGetExternalContactsByUser(new BatchGetExternalContactsByUserRequest()
            .useridList(List.of("zhangsan", "lisi")).limit(100))).toList();

    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).getFailInfo().getUnlicensedUseridList()).containsExactly("lisi");
  }

  @Test
  void anOffsetPagedListAdvancesByTheItemsReceivedAndEndsAtAShortPage() {
    List<String> accounts = List.of("wk1", "wk2", "wk3", "wk4", "wk5");
    wecom.on("/cgi-bin/kf/account/list", call -> {
      int offset = body(call).path("offset").asInt(0);
      int limit = body(call).path("limit").asInt();
      StringBuilder page = new StringBuilder("{\"errcode\":0,\"errmsg\":\"ok\",\"account_list\":[");
      for (int i = offset; i < Math.min(offset + limit, accounts.size()); i++) {
        page.append(i > offset ? "," : "").append("{\"open_kfid\":\"").append(accounts.get(i)).append("\"}");
      }
      return Answer.json(page.append("]}").toString());
    });

    Stream<KfAccount> all = client.pages().items(KfApi.class,
        api -> api.listKfAccounts(new ListKfAccountsRequest().limit(2)));

    assertThat(all.map(KfAccount::getOpenKfid)).containsExactly("wk1", "wk2", "wk3", "wk4", "wk5");
    List<JsonNode> bodies = wecom.requests("/cgi-bin/kf/account/list").stream().map(PagingTest::body).toList();
    assertThat(bodies).extracting(b -> b.path("offset").asInt(-1)).containsExactly(-1, 2, 4);
    assertThat(bodies).allSatisfy(b -> assertThat(b.get("limit").asInt()).isEqualTo(2));
  }

  @Test
  void anOffsetPagedListFollowsTheNextOffsetWeComAnswersUntilHasMoreIsFalse() {
    wecom.enqueue("/cgi-bin/wedoc/smartsheet/get_records",
        Answer.json("{\"errcode\":0,\"errmsg\":\"ok\",\"total\":3,\"has_more\":true,\"next\":10,"
            + "\"records\":[{\"record_id\":\"r1\"},{\"record_id\":\"r2\"}]}"),
        Answer.json("{\"errcode\":0,\"errmsg\":\"ok\",\"total\":3,\"has_more\":false,\"next\":11,"
            + "\"records\":[{\"record_id\":\"r3\"}]}"));

    Stream<SmartsheetRecord> records = client.pages().items(DocApi.class, api -> api.listSmartsheetRecords(
        new ListSmartsheetRecordsRequest().docid("DOC").sheetId("S1").offset(0L).limit(100L)));

    assertThat(records.map(SmartsheetRecord::getRecordId)).containsExactly("r1", "r2", "r3");
    List<JsonNode> bodies = wecom.requests("/cgi-bin/wedoc/smartsheet/get_records").stream()
        .map(PagingTest::body).toList();
    assertThat(bodies).extracting(b -> b.path("offset").asInt()).containsExactly(0, 10);
    assertThat(bodies).allSatisfy(b -> assertThat(b.get("docid").asText()).isEqualTo("DOC"));
  }

  @Test
  void aLastPageFlagEndsTheListThoughTheAnswerStillCarriesACursor() {
    wecom.on("/cgi-bin/oa/journal/get_record_list", call -> {
      long cursor = body(call).path("cursor").asLong(0);
      return Answer.json("{\"errcode\":0,\"errmsg\":\"ok\",\"journaluuid_list\":[\"j" + cursor + "a\",\"j" + cursor
          + "b\"],\"next_cursor\":" + (cursor + 2) + ",\"endflag\":" + (cursor >= 2 ? 1 : 0) + "}");
    });

    Stream<String> ids = client.pages().items(JournalApi.class, api -> api.listJournalRecords(
        new ListJournalRecordsRequest().starttime(1606230000L).endtime(1606361304L).cursor(0L).limit(2)));

    assertThat(ids).containsExactly("j0a", "j0b", "j2a", "j2b");
    assertThat(wecom.requests("/cgi-bin/oa/journal/get_record_list")).extracting(call -> body(call).get("cursor"))
        .allSatisfy(cursor -> assertThat(cursor.isIntegralNumber()).as("cursor %s sent as a JSON integer", cursor)
            .isTrue())
        .extracting(JsonNode::asLong).containsExactly(0L, 2L);
  }

  @Test
  void aListWithItsItemsInTwoArraysIsPagedByWholeAnswersUntilItsEndingFlag() {
    wecom.enqueue("/cgi-bin/living/get_watch_stat",
        Answer.json("{\"errcode\":0,\"errmsg\":\"ok\",\"ending\":0,\"next_key\":\"k1\",\"stat_info\":"
            + "{\"users\":[{\"userid\":\"zhangsan\"}],\"external_users\":[]}}"),
        Answer.json("{\"errcode\":0,\"errmsg\":\"ok\",\"ending\":1,\"next_key\":\"k2\",\"stat_info\":"
            + "{\"users\":[],\"external_users\":[{\"external_userid\":\"wm1\",\"type\":1}]}}"),
        Answer.json("{\"errcode\":0,\"errmsg\":\"ok\",\"ending\":1,\"next_key\":\"k3\"}"));

    List<GetLivingWatchStatResponse> pages = client.pages().responses(LivingApi.class,
        api -> api.getLivingWatchStat(new GetLivingWatchStatRequest().livingid("L1").nextKey("0"))).toList();

    assertThat(pages).extracting(page -> page.getStatInfo().getUsers().size()
        + page.getStatInfo().getExternalUsers().size()).containsExactly(1, 1);
    assertThat(wecom.requests("/cgi-bin/living/get_watch_stat")).extracting(call -> body(call).path("next_key")
        .asText()).containsExactly("0", "k1");
    assertThatThrownBy(() -> client.pages().items(LivingApi.class,
        api -> api.getLivingWatchStat(new GetLivingWatchStatRequest().livingid("L1"))).toList())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no single list of items");
  }

  @Test
  void anOperationThatIsNotCursorPagedIsRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> client.pages().items(ContactsApi.class, api -> api.getUser("zhangsan")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("getUser is not a paged list");
    assertThatThrownBy(() -> client.pages().items(ContactsApi.class, api -> null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one method of ContactsApi");
    assertThat(wecom.requests()).isEmpty();
  }

  private static JsonNode body(FakeWeCom.Recorded call) {
    try {
      return JSON.readTree(call.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
