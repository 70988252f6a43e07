package io.wecom.client.token.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.wecom.client.WeComClient;
import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.token.redis.testing.Concurrently;
import io.wecom.client.token.redis.testing.RedisServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Four instances of one app, each a {@link WeComClient} with its own {@link RedisTokenStore} on one Redis, sixteen
 * threads each: whenever WeCom expires the token, the whole fleet fetches exactly one new one and every call
 * succeeds.
 */
class FleetSharesOneTokenTest {

  @RegisterExtension
  static final RedisServer redis = new RedisServer();

  private static final String GETTOKEN = "/cgi-bin/gettoken";
  private static final String USER_GET = "/cgi-bin/user/get";
  private static final int INSTANCES = 4;
  private static final int THREADS_PER_INSTANCE = 16;
  private static final int CALLS_PER_THREAD = 3;

  private final FakeWeCom wecom = new FakeWeCom().tokenDelay(200);
  private final List<RedisTokenStore> stores = new ArrayList<>();
  private final List<WeComClient> fleet = new ArrayList<>();

  @BeforeEach
  void startFleet() {
    RedisTokenStoreConfig config = RedisTokenStoreConfig.custom().keyPrefix("fleet:").build();
    for (int i = 0; i < INSTANCES; i++) {
      RedisTokenStore store = RedisTokenStore.create(redis.uri(), config);
      stores.add(store);
      fleet.add(WeComClient.builder().baseUrl(wecom.baseUrl()).corpId("ww-corp").secret("corp-s3cret")
          .tokenStore(store).build());
    }
  }

  @AfterEach
  void stopFleet() {
    stores.forEach(RedisTokenStore::close);
    wecom.close();
  }

  private List<Throwable> everyThreadOfEveryInstanceCalls() throws InterruptedException {
    return Concurrently.run(INSTANCES * THREADS_PER_INSTANCE, thread -> {
      WeComClient instance = fleet.get(thread % INSTANCES);
      for (int call = 0; call < CALLS_PER_THREAD; call++) {
        instance.contacts().getUser("zhangsan");
      }
    });
  }

  @Test
  void theFleetFetchesExactlyOneTokenAtStartAndOnePerExpiryAndEveryCallSucceeds() throws Exception {
    assertThat(everyThreadOfEveryInstanceCalls()).as("cold start").isEmpty();
    assertThat(wecom.count(GETTOKEN)).as("one gettoken for a cold fleet").isEqualTo(1);

    for (int expiry = 1; expiry <= 3; expiry++) {
      wecom.expireAllTokens();

      assertThat(everyThreadOfEveryInstanceCalls()).as("calls after expiry %d", expiry).isEmpty();
      assertThat(wecom.count(GETTOKEN)).as("gettokens after expiry %d", expiry).isEqualTo(1 + expiry);
    }
    assertThat(wecom.requests(USER_GET).stream().map(r -> r.query("access_token").get(0)).distinct())
        .as("the whole fleet used the same token in each round")
        .containsExactly("TOKEN-access_token-1", "TOKEN-access_token-2", "TOKEN-access_token-3",
            "TOKEN-access_token-4");
  }

  @Test
  void redisHoldsOneTokenUnderThePrefixedCorpAndSecretHashAndNeverTheSecret() {
    fleet.get(0).contacts().getUser("zhangsan");
    fleet.get(1).contacts().getUser("lisi");

    List<?> keys = (List<?>) redis.command("KEYS", "*");
    assertThat(keys).singleElement().asString().matches("fleet:wecom:access_token:corp:ww-corp:[0-9a-f]{16}")
        .doesNotContain("corp-s3cret");
    assertThat(redis.command("HGET", (String) keys.get(0), "value")).isEqualTo("TOKEN-access_token-1");
    assertThat(wecom.count(GETTOKEN)).isEqualTo(1);
  }
}
