package io.wecom.client.token.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wecom.client.WeComClient;
import io.wecom.client.model.UnionIdToExternalUserId3rdRequest;
import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.token.redis.testing.RedisServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The instance that receives the suite_ticket stores it in Redis; any instance fetches the suite token with it. */
class SharedSuiteTicketTest {

  @RegisterExtension
  static final RedisServer redis = new RedisServer();

  private static final String SUITE_TOKEN = "/cgi-bin/service/get_suite_token";
  private static final RedisTokenStoreConfig CONFIG = RedisTokenStoreConfig.custom().keyPrefix("tickets:").build();

  private final FakeWeCom wecom = new FakeWeCom();
  private final List<AutoCloseable> opened = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : opened) {
      c.close();
    }
    wecom.close();
  }

  private RedisSuiteTicketStore tickets(String suiteId) {
    RedisSuiteTicketStore store = RedisSuiteTicketStore.create(redis.uri(), suiteId, CONFIG);
    opened.add(store);
    return store;
  }

  private WeComClient instance(RedisSuiteTicketStore tickets) {
    RedisTokenStore tokens = RedisTokenStore.create(redis.uri(), CONFIG);
    opened.add(tokens);
    return WeComClient.builder().baseUrl(wecom.baseUrl()).suite("suite-1", "suite-s3cret", tickets)
        .tokenStore(tokens).build();
  }

  private static void callWithSuiteToken(WeComClient client) {
    client.accountId().unionIdToExternalUserId3rd(
        new UnionIdToExternalUserId3rdRequest().unionid("UNIONID").openid("OPENID"));
  }

  @Test
  void aTicketStoredByTheCallbackInstanceIsTheOneAnotherInstanceFetchesTheSuiteTokenWith() {
    tickets("suite-1").store("ticket-0001");
    WeComClient worker = instance(tickets("suite-1"));

    callWithSuiteToken(worker);

    assertThat(wecom.requests(SUITE_TOKEN)).singleElement().extracting(FakeWeCom.Recorded::body).asString()
        .contains("\"suite_id\":\"suite-1\"", "\"suite_ticket\":\"ticket-0001\"");
  }

  @Test
  void theFleetFetchesOneSuiteTokenAndEveryInstanceReadsTheNewestTicket() {
    RedisSuiteTicketStore callback = tickets("suite-1");
    RedisSuiteTicketStore workerTickets = tickets("suite-1");
    callback.store("ticket-0001");

    callWithSuiteToken(instance(workerTickets));
    callWithSuiteToken(instance(tickets("suite-1")));
    callback.store("ticket-0002");

    assertThat(wecom.count(SUITE_TOKEN)).isEqualTo(1);
    assertThat(workerTickets.currentTicket()).isEqualTo("ticket-0002");
  }

  @Test
  void aTicketLivesThirtyMinutesUnderItsOwnSuite() {
    tickets("suite-1").store("ticket-0001");

    assertThat(redis.command("GET", "tickets:wecom:suite_ticket:suite-1")).isEqualTo("ticket-0001");
    assertThat((Long) redis.command("PTTL", "tickets:wecom:suite_ticket:suite-1"))
        .isBetween(RedisSuiteTicketStore.TICKET_LIFETIME.toMillis() - 60_000,
            RedisSuiteTicketStore.TICKET_LIFETIME.toMillis());
    assertThat(tickets("suite-2").currentTicket()).as("another suite has no ticket yet").isNull();
  }

  @Test
  void aBlankTicketIsRefusedAndNothingIsStored() {
    RedisSuiteTicketStore store = tickets("suite-1");

    assertThatThrownBy(() -> store.store(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("suite_ticket must not be blank");
    assertThat(redis.command("KEYS", "*")).asList().isEmpty();
    assertThatThrownBy(() -> tickets(" ")).hasMessage("suiteId must not be blank");
  }

  @Test
  void toStringNamesTheSuiteButNeverTheTicket() {
    RedisSuiteTicketStore store = tickets("suite-1");
    store.store("ticket-0001");

    assertThat(store.toString()).contains("suite-1").doesNotContain("ticket-0001");
  }
}
