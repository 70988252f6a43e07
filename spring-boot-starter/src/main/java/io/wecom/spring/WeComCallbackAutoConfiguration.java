package io.wecom.spring;

import io.wecom.callbacks.CallbackConfig;
import io.wecom.callbacks.WeComCallbackHandler;
import io.wecom.client.WeComClient;
import io.wecom.client.install.InstallationStore;
import io.wecom.client.install.SuiteInstaller;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The callback endpoint, with {@code wecom.callback.enabled=true} in a Spring MVC application: a
 * {@link WeComCallbackHandler} for {@code wecom.callback.app} (its corp or suite id accepted, its suite_tickets written
 * to the suite's {@link WeComSuiteTicketStores} entry, where its clients read them) served at
 * {@code wecom.callback.path}. Every verified callback is published as an application event of its own type
 * ({@code @EventListener void on(UserChangeEvent e)}). When the callback app is a third-party app (it has a
 * suite-id), a {@link SuiteInstaller} completes the installs its callbacks announce, keeps them in the
 * {@link InstallationStore} and publishes each {@link io.wecom.client.install.Installation}.
 */
@AutoConfiguration(after = WeComAutoConfiguration.class)
@ConditionalOnClass({WeComCallbackHandler.class, RouterFunction.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "wecom.callback", name = "enabled", havingValue = "true")
public class WeComCallbackAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  WeComCallbackHandler wecomCallbackHandler(WeComProperties properties, WeComSuiteTicketStores suiteTickets) {
    WeComProperties.Callback callback = properties.getCallback();
    String appName = callbackApp(properties);
    WeComProperties.App app = properties.getApps().get(appName);
    Set<String> receiveIds = new LinkedHashSet<>(callback.getReceiveIds());
    Stream.of(app.getCorpId(), app.getSuiteId(), app.getAuthCorpId(), app.getProviderCorpId())
        .filter(id -> id != null && !id.isBlank()).forEach(receiveIds::add);
    CallbackConfig config;
    try {
      config = CallbackConfig.custom().token(callback.getToken()).encodingAesKey(callback.getEncodingAesKey())
          .receiveIds(receiveIds).replayWindow(callback.getReplayWindow()).build();
    } catch (RuntimeException e) {
      throw new WeComConfigurationException("wecom.callback: " + e.getMessage());
    }
    return app.getSuiteId() == null ? WeComCallbackHandler.of(config)
        : WeComCallbackHandler.of(config, suiteTickets.forSuite(app.getSuiteId()));
  }

  @Bean
  RouterFunction<ServerResponse> wecomCallbackRoute(WeComCallbackHandler handler, WeComProperties properties,
      ApplicationEventPublisher events, ObjectProvider<WeComInstallEvents> installs) {
    return new CallbackRoute(handler, events, installs.getIfAvailable()).at(properties.getCallback().getPath());
  }

  /** The installer of the callback app's suite, when it is a third-party app (it has a suite-id). */
  @Bean
  @ConditionalOnMissingBean
  @Conditional(OnSuiteCallback.class)
  SuiteInstaller wecomSuiteInstaller(WeComProperties properties, BeanFactory beans, InstallationStore store) {
    return SuiteInstaller.of(beans.getBean(callbackApp(properties), WeComClient.class), store);
  }

  @Bean
  @Conditional(OnSuiteCallback.class)
  WeComInstallEvents wecomInstallEvents(SuiteInstaller installer, ApplicationEventPublisher events) {
    return new WeComInstallEvents(installer, events);
  }

  static String callbackApp(WeComProperties properties) {
    String app = properties.getCallback().getApp();
    return app != null ? app : properties.primaryApp();
  }

  /** The callback app has a suite id. */
  static class OnSuiteCallback extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
      WeComProperties properties = Binder.get(context.getEnvironment()).bind("wecom", WeComProperties.class)
          .orElseGet(WeComProperties::new);
      String name = properties.getApps().isEmpty() ? null : callbackApp(properties);
      WeComProperties.App app = name == null ? null : properties.getApps().get(name);
      return app != null && app.getSuiteId() != null && !app.getSuiteId().isBlank()
          ? ConditionOutcome.match("wecom.apps." + name + ".suite-id is set")
          : ConditionOutcome.noMatch("the callback app has no suite-id");
    }
  }
}
