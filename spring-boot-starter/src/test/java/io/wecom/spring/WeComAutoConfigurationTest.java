package io.wecom.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wecom.client.WeComClient;
import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.token.InMemoryTokenStore;
import io.wecom.client.token.TokenStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.ApplicationContextAssertProvider;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class WeComAutoConfigurationTest {

  private static final String CRM_SECRET = "crm-s3cret-value";

  private final FakeWeCom wecom = new FakeWeCom();
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(WeComAutoConfiguration.class, WeComMetricsAutoConfiguration.class,
          WeComRedisAutoConfiguration.class))
      .withPropertyValues("wecom.base-url=" + wecom.baseUrl());

  @AfterEach
  void stop() {
    wecom.close();
  }

  @Test
  void oneAppBecomesAPrimaryClientBeanNamedAfterItThatCallsWeCom() {
    runner.withPropertyValues("wecom.apps.crm.corp-id=ww-crm", "wecom.apps.crm.secret=" + CRM_SECRET,
        "wecom.apps.crm.agent-id=1000002").run(context -> {
          assertThat(context).hasSingleBean(WeComClient.class).hasBean("crm");
          WeComClient crm = context.getBean(WeComClient.class);

          crm.contacts().getUser("zhangsan");

          assertThat(crm).hasToString("WeComClient[baseUrl=" + wecom.baseUrl() + ", corpId=ww-crm, agentId=1000002]");
          assertThat(wecom.requests("/cgi-bin/gettoken")).singleElement().satisfies(call -> {
            assertThat(call.query("corpid")).containsExactly("ww-crm");
            assertThat(call.query("corpsecret")).containsExactly(CRM_SECRET);
          });
          assertThat(wecom.requests("/cgi-bin/user/get")).hasSize(1);
        });
  }

  @Test
  void severalAppsAreBeansByNameAndThePrimaryOneIsInjectedWithoutAQualifier() {
    runner.withPropertyValues("wecom.primary=hr", "wecom.apps.crm.corp-id=ww-corp", "wecom.apps.crm.secret=a",
        "wecom.apps.hr.corp-id=ww-corp", "wecom.apps.hr.secret=b", "wecom.apps.archive.corp-id=ww-corp",
        "wecom.apps.archive.msg-audit-secret=c").run(context -> {
          assertThat(context.getBeansOfType(WeComClient.class)).containsOnlyKeys("crm", "hr", "archive");
          assertThat(context.getBean(WeComClient.class)).isSameAs(context.getBean("hr"));
          assertThat(context).hasSingleBean(TokenStore.class);
          assertThat(context.getBean(TokenStore.class)).isInstanceOf(InMemoryTokenStore.class);
        });
  }

  @Test
  void propertiesAreBoundAndReachTheClients() {
    runner.withPropertyValues("wecom.apps.crm.corp-id=ww-crm", "wecom.apps.crm.secret=s",
        "wecom.read-timeout=30s", "wecom.resilience.max-attempts=1", "wecom.resilience.quota-per-minute=1")
        .run(context -> {
          WeComProperties properties = context.getBean(WeComProperties.class);
          assertThat(properties.getReadTimeout()).isEqualTo(Duration.ofSeconds(30));
          assertThat(properties.getResilience().getMaxAttempts()).isEqualTo(1);
          WeComClient crm = context.getBean(WeComClient.class);

          crm.contacts().getUser("zhangsan");

          assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> crm.contacts().getUser("lisi")))
              .hasMessageContaining("client-side quota of 1 calls per minute (crm.getUser)");
          assertThat(wecom.requests("/cgi-bin/user/get")).hasSize(1);
        });
  }

  @Test
  void customizersAdjustEveryAppsBuilder() {
    List<String> customized = new CopyOnWriteArrayList<>();
    runner.withPropertyValues("wecom.primary=crm", "wecom.apps.crm.corp-id=ww", "wecom.apps.crm.secret=a",
        "wecom.apps.hr.corp-id=ww", "wecom.apps.hr.secret=b")
        .withBean(WeComClientCustomizer.class, () -> (app, builder) -> customized.add(app))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(customized).containsExactlyInAnyOrder("crm", "hr");
        });
  }

  @Test
  void clientsRecordToTheApplicationsMeterRegistryTaggedWithTheAppName() {
    runner.withPropertyValues("wecom.apps.crm.corp-id=ww", "wecom.apps.crm.secret=" + CRM_SECRET)
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(context -> {
          context.getBean(WeComClient.class).contacts().getUser("zhangsan");

          MeterRegistry meters = context.getBean(MeterRegistry.class);
          assertThat(meters.get("wecom.client.calls").tags("client", "crm", "operation", "getUser", "outcome",
              "success").timer().count()).isEqualTo(1);
        });
  }

  @Test
  void metricsCanBeTurnedOff() {
    runner.withPropertyValues("wecom.apps.crm.corp-id=ww", "wecom.apps.crm.secret=s", "wecom.metrics.enabled=false")
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(context -> {
          context.getBean(WeComClient.class).contacts().getUser("zhangsan");

          assertThat(context.getBean(MeterRegistry.class).find("wecom.client.calls").meters()).isEmpty();
        });
  }

  @Test
  void withoutAppsTheApplicationStartsWithNoClient() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(WeComClient.class);
    });
  }

  @Test
  void withoutTheRedisModuleTokensStayInMemoryEvenWithARedisUri() {
    runner.withClassLoader(new FilteredClassLoader("io.wecom.client.token.redis"))
        .withPropertyValues("wecom.apps.crm.corp-id=ww", "wecom.apps.crm.secret=s",
            "wecom.token-store.redis.uri=redis://127.0.0.1:1")
        .run(context -> assertThat(context.getBean(TokenStore.class)).isInstanceOf(InMemoryTokenStore.class));
  }

  @Test
  void aMissingSecretStopsTheStartNamingTheApp() {
    runner.withPropertyValues("wecom.apps.crm.corp-id=ww-crm").run(context ->
        assertThat(problems(context)).containsExactly("wecom.apps.crm: corpId is set but secret is not"));
  }

  @Test
  void aBlankCorpIdStopsTheStartWithoutShowingTheSecret() {
    runner.withPropertyValues("wecom.apps.crm.corp-id= ", "wecom.apps.crm.secret=" + CRM_SECRET).run(context -> {
      assertThat(problems(context)).containsExactly("wecom.apps.crm: corpId must not be blank");
      FailureAnalysis analysis = new WeComConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis.getDescription()).contains("    - wecom.apps.crm: corpId must not be blank")
          .doesNotContain(CRM_SECRET);
      assertThat(analysis.getAction()).contains("wecom.*");
    });
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    runner.withPropertyValues("wecom.apps.crm.secret=s", "wecom.apps.hr.corp-id=ww", "wecom.apps.hr.secret=s",
        "wecom.apps.hr.agent-id=0", "wecom.resilience.max-attempts=0").run(context ->
        assertThat(problems(context)).containsExactlyInAnyOrder(
            "wecom.primary must name the app injected without a qualifier: there are several apps [crm, hr]",
            "wecom.resilience: maxAttempts must be 1..10, was 0",
            "wecom.apps.crm: secret is set but corpId is not",
            "wecom.apps.hr: agentId must be positive, was 0"));
  }

  @Test
  void aPrimaryThatIsNoAppStopsTheStart() {
    runner.withPropertyValues("wecom.primary=sales", "wecom.apps.crm.corp-id=ww", "wecom.apps.crm.secret=s")
        .run(context -> assertThat(problems(context))
            .containsExactly("wecom.primary is 'sales', which is not one of the apps [crm]"));
  }

  @Test
  void aRedisStoreWithoutARedisConnectionStopsTheStart() {
    runner.withPropertyValues("wecom.apps.crm.corp-id=ww", "wecom.apps.crm.secret=s", "wecom.token-store.type=redis")
        .run(context -> assertThat(problems(context)).singleElement().asString()
            .startsWith("wecom.token-store.type is redis, but no Redis connection is configured"));
  }

  static List<String> problems(ApplicationContextAssertProvider<?> context) {
    assertThat(context).hasFailed();
    Throwable failure = context.getStartupFailure();
    while (!(failure instanceof WeComConfigurationException) && failure.getCause() != null) {
      failure = failure.getCause();
    }
    assertThat(failure).isInstanceOf(WeComConfigurationException.class);
    return ((WeComConfigurationException) failure).problems();
  }
}
