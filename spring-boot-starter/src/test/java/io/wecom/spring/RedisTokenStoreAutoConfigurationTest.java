package io.wecom.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.wecom.client.WeComClient;
import io.wecom.client.install.InMemoryInstallationStore;
import io.wecom.client.install.InstallationStore;
import io.wecom.client.token.redis.RedisInstallationStore;
import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.token.InMemoryTokenStore;
import io.wecom.client.token.TokenStore;
import io.wecom.client.token.redis.RedisSuiteTicketStore;
import io.wecom.client.token.redis.RedisTokenStore;
import io.wecom.client.token.redis.testing.RedisServer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class RedisTokenStoreAutoConfigurationTest {

  @RegisterExtension
  static final RedisServer REDIS = new RedisServer();

  private final FakeWeCom wecom = new FakeWeCom();
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(WeComAutoConfiguration.class, WeComRedisAutoConfiguration.class))
      .withPropertyValues("wecom.base-url=" + wecom.baseUrl(), "wecom.apps.crm.corp-id=ww-crm",
          "wecom.apps.crm.secret=crm-s3cret");

  @AfterEach
  void stop() {
    wecom.close();
  }

  private String redisUri() {
    return "redis://127.0.0.1:" + REDIS.uri().getPort();
  }

  @Test
  void aRedisUriPutsTheTokensInRedisUnderTheKeyPrefix() {
    runner.withPropertyValues("wecom.token-store.redis.uri=" + redisUri(), "wecom.token-store.redis.key-prefix=app1:")
        .run(context -> {
          assertThat(context.getBean(TokenStore.class)).isInstanceOf(RedisTokenStore.class);
          assertThat(context.getBean(InstallationStore.class)).isInstanceOf(RedisInstallationStore.class);

          context.getBean(WeComClient.class).contacts().getUser("zhangsan");

          assertThat(keys()).singleElement().asString().startsWith("app1:wecom:access_token:corp:ww-crm:")
              .doesNotContain("crm-s3cret");
        });
  }

  @Test
  void twoApplicationsOnOneRedisFetchOneToken() {
    String[] shared = {"wecom.token-store.redis.uri=" + redisUri()};
    runner.withPropertyValues(shared).run(first -> runner.withPropertyValues(shared).run(second -> {
      first.getBean(WeComClient.class).contacts().getUser("zhangsan");
      second.getBean(WeComClient.class).contacts().getUser("lisi");

      assertThat(wecom.requests("/cgi-bin/gettoken")).hasSize(1);
      assertThat(wecom.requests("/cgi-bin/user/get")).hasSize(2);
    }));
  }

  @Test
  void springDataRedisLettuceConnectionIsUsedWhenNoUriIsGiven() {
    runner.withConfiguration(AutoConfigurations.of(RedisAutoConfiguration.class))
        .withPropertyValues("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + REDIS.uri().getPort(),
            "wecom.apps.suite.suite-id=wwsuite", "wecom.apps.suite.suite-secret=x", "wecom.primary=crm")
        .run(context -> {
          assertThat(context.getBean(TokenStore.class)).isInstanceOf(RedisTokenStore.class);
          assertThat(context.getBean(InstallationStore.class)).isInstanceOf(RedisInstallationStore.class);
          assertThat(context.getBean(WeComSuiteTicketStores.class).forSuite("wwsuite"))
              .isInstanceOf(RedisSuiteTicketStore.class);

          context.getBean("crm", WeComClient.class).contacts().getUser("zhangsan");
          context.getBean(WeComSuiteTicketStores.class).forSuite("wwsuite").store("ticket-1");

          assertThat(keys()).anySatisfy(k -> assertThat(k).asString().startsWith("wecom-java:wecom:access_token:"))
              .contains("wecom-java:wecom:suite_ticket:wwsuite");
        });
  }

  @Test
  void theMemoryStoreCanBeChosenDespiteARedisUri() {
    runner.withPropertyValues("wecom.token-store.redis.uri=" + redisUri(), "wecom.token-store.type=memory")
        .run(context -> {
          assertThat(context.getBean(TokenStore.class)).isInstanceOf(InMemoryTokenStore.class);
          assertThat(context.getBean(InstallationStore.class)).isInstanceOf(InMemoryInstallationStore.class);
          context.getBean(WeComClient.class).contacts().getUser("zhangsan");
          assertThat(keys()).isEmpty();
        });
  }

  @SuppressWarnings("unchecked")
  private static List<Object> keys() {
    return (List<Object>) REDIS.command("KEYS", "*");
  }
}
