package io.wecom.spring;

import io.wecom.callbacks.CallbackConfig;
import io.wecom.callbacks.WeComCallbackHandler;
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
 * ({@code @EventListener void on(UserChangeEvent e)}).
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
    String appName = callback.getApp() != null ? callback.getApp() : properties.primaryApp();
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
      ApplicationEventPublisher events) {
    return new CallbackRoute(handler, events).at(properties.getCallback().getPath());
  }
}
