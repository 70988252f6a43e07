package io.wecom.spring;

import static io.wecom.spring.WeComAutoConfigurationTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.wecom.callbacks.WeComCallbackHandler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

class CallbackConfigurationTest {

  private static final String KEY_42 = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEF";

  private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(WeComAutoConfiguration.class, WeComCallbackAutoConfiguration.class))
      .withPropertyValues("wecom.apps.crm.corp-id=ww-crm", "wecom.apps.crm.secret=s");

  @Test
  void withoutEnablingItThereIsNoEndpoint() {
    runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(WeComCallbackHandler.class)
        .doesNotHaveBean("wecomCallbackRoute"));
  }

  @Test
  void anEncodingAesKeyThatIsNot43CharactersStopsTheStartWithoutShowingIt() {
    runner.withPropertyValues("wecom.callback.enabled=true", "wecom.callback.token=t0ken",
        "wecom.callback.encoding-aes-key=" + KEY_42).run(context -> {
          assertThat(problems(context)).singleElement().asString()
              .startsWith("wecom.callback: encodingAesKey must be 43 base64 characters")
              .endsWith("was 42 characters").doesNotContain(KEY_42);
          assertThat(new WeComConfigurationFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
              .doesNotContain(KEY_42);
        });
  }

  @Test
  void aMissingTokenStopsTheStart() {
    runner.withPropertyValues("wecom.callback.enabled=true", "wecom.callback.encoding-aes-key=" + KEY_42 + "G")
        .run(context -> assertThat(problems(context)).singleElement().asString()
            .startsWith("wecom.callback: token must be 1 to 32 letters or digits"));
  }

  @Test
  void enablingItWithoutTheCallbacksModuleStopsTheStart() {
    runner.withClassLoader(new FilteredClassLoader(WeComCallbackHandler.class))
        .withPropertyValues("wecom.callback.enabled=true").run(context -> assertThat(problems(context))
            .containsExactly("wecom.callback.enabled is true, but io.wecom:wecom-callbacks is not on the class path"));
  }

  @Test
  void anUnknownCallbackAppStopsTheStart() {
    runner.withPropertyValues("wecom.callback.enabled=true", "wecom.callback.app=sales").run(context ->
        assertThat(problems(context)).containsExactly(
            "wecom.callback.app must name the app whose callbacks arrive, one of [crm]; was 'sales'"));
  }

  @Test
  void theEndpointAcceptsTheAppsCorpIdAndTheConfiguredReceiveIds() {
    runner.withPropertyValues("wecom.callback.enabled=true", "wecom.callback.token=t0ken",
        "wecom.callback.encoding-aes-key=" + KEY_42 + "G", "wecom.callback.receive-ids=ww-other")
        .run(context -> assertThat(context.getBean(WeComCallbackHandler.class).config().receiveIds())
            .containsExactlyInAnyOrder("ww-crm", "ww-other"));
  }
}
