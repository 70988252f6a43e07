package io.wecom.spring;

import io.wecom.client.WeComClient;
import io.wecom.client.install.InMemoryInstallationStore;
import io.wecom.client.install.InstallationStore;
import io.wecom.client.token.InMemoryTokenStore;
import io.wecom.client.token.TokenStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A {@link WeComClient} bean per app under {@code wecom.apps}, named after the app, sharing one {@link TokenStore}
 * (in memory here; {@link WeComRedisAutoConfiguration} puts it in Redis) and one {@link WeComSuiteTicketStores}.
 * {@link WeComClientCustomizer} beans adjust each client's builder.
 */
@AutoConfiguration
@ConditionalOnClass(WeComClient.class)
@EnableConfigurationProperties(WeComProperties.class)
@Import(WeComClientsRegistrar.class)
public class WeComAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(TokenStore.class)
  TokenStore wecomTokenStore(WeComProperties properties) {
    if (properties.getTokenStore().getType() == WeComProperties.TokenStore.Type.REDIS) {
      throw new WeComConfigurationException("wecom.token-store.type is redis, but no Redis connection is "
          + "configured: set wecom.token-store.redis.uri, or spring.data.redis.* with spring-boot-starter-data-redis");
    }
    return new InMemoryTokenStore();
  }

  @Bean
  @ConditionalOnMissingBean
  WeComSuiteTicketStores wecomSuiteTicketStores() {
    return WeComSuiteTicketStores.inMemory();
  }

  /** Installations of third-party apps, in memory unless Redis is configured (or the application defines one). */
  @Bean
  @ConditionalOnMissingBean
  InstallationStore wecomInstallationStore() {
    return new InMemoryInstallationStore();
  }

  @Bean
  WeComClientFactory wecomClientFactory(WeComProperties properties, TokenStore tokenStore,
      WeComSuiteTicketStores suiteTickets, ObjectProvider<WeComClientCustomizer> customizers) {
    return new WeComClientFactory(properties, tokenStore, suiteTickets, customizers.orderedStream().toList());
  }
}
