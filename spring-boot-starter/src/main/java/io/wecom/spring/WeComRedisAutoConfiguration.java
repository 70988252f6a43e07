package io.wecom.spring;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.wecom.client.token.TokenStore;
import io.wecom.client.install.InstallationStore;
import io.wecom.client.token.redis.RedisInstallationStore;
import io.wecom.client.token.redis.RedisSuiteTicketStore;
import io.wecom.client.token.redis.RedisTokenStore;
import io.wecom.client.token.redis.RedisTokenStoreConfig;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Keeps tokens and suite_tickets in Redis ({@code wecom-token-store-redis}), shared by every instance of the
 * application, when a Redis connection is configured: {@code wecom.token-store.redis.uri}, or else the Lettuce
 * connection of Spring Data Redis. Off with {@code wecom.token-store.type=memory}.
 */
@AutoConfiguration(before = WeComAutoConfiguration.class,
    afterName = "org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration")
@ConditionalOnClass(RedisTokenStore.class)
@ConditionalOnExpression("!'${wecom.token-store.type:auto}'.equalsIgnoreCase('memory')")
public class WeComRedisAutoConfiguration {

  static RedisTokenStoreConfig config(WeComProperties properties) {
    WeComProperties.Redis redis = properties.getTokenStore().getRedis();
    try {
      return RedisTokenStoreConfig.custom().keyPrefix(redis.getKeyPrefix()).commandTimeout(redis.getCommandTimeout())
          .whenUnavailable(RedisTokenStoreConfig.WhenUnavailable.valueOf(redis.getWhenUnavailable().name())).build();
    } catch (RuntimeException e) {
      throw new WeComConfigurationException("wecom.token-store.redis: " + e.getMessage());
    }
  }

  /** A connection of the stores' own to {@code wecom.token-store.redis.uri}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(prefix = "wecom.token-store.redis", name = "uri")
  static class FromUri {

    @Bean
    @ConditionalOnMissingBean(TokenStore.class)
    RedisTokenStore wecomTokenStore(WeComProperties properties) {
      return RedisTokenStore.create(uri(properties), config(properties));
    }

    @Bean
    @ConditionalOnMissingBean
    WeComSuiteTicketStores wecomSuiteTicketStores(WeComProperties properties) {
      RedisURI uri = uri(properties);
      RedisTokenStoreConfig config = config(properties);
      return new WeComSuiteTicketStores(suiteId -> RedisSuiteTicketStore.create(uri, suiteId, config));
    }

    @Bean
    @ConditionalOnMissingBean(InstallationStore.class)
    RedisInstallationStore wecomInstallationStore(WeComProperties properties) {
      return RedisInstallationStore.create(uri(properties), config(properties));
    }

    private static RedisURI uri(WeComProperties properties) {
      try {
        return RedisURI.create(properties.getTokenStore().getRedis().getUri());
      } catch (IllegalArgumentException e) {
        throw new WeComConfigurationException("wecom.token-store.redis.uri is not a Redis URI (redis://host:port)");
      }
    }
  }

  /** A connection opened with Spring Data Redis's Lettuce client, so that Redis is configured once. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(LettuceConnectionFactory.class)
  @ConditionalOnBean(LettuceConnectionFactory.class)
  @ConditionalOnExpression("'${wecom.token-store.redis.uri:}'.isEmpty()")
  static class FromSpringDataRedis {

    @Bean
    StatefulRedisConnection<String, String> wecomRedisConnection(LettuceConnectionFactory factory) {
      if (!(factory.getNativeClient() instanceof RedisClient client)) {
        throw new WeComConfigurationException("the WeCom Redis token store needs a standalone Redis; for "
            + "Sentinel or Cluster set wecom.token-store.redis.uri");
      }
      return client.connect(StringCodec.UTF8);
    }

    @Bean
    @ConditionalOnMissingBean(TokenStore.class)
    RedisTokenStore wecomTokenStore(StatefulRedisConnection<String, String> wecomRedisConnection,
        WeComProperties properties) {
      return RedisTokenStore.using(wecomRedisConnection, config(properties));
    }

    @Bean
    @ConditionalOnMissingBean
    WeComSuiteTicketStores wecomSuiteTicketStores(StatefulRedisConnection<String, String> wecomRedisConnection,
        WeComProperties properties) {
      RedisTokenStoreConfig config = config(properties);
      return new WeComSuiteTicketStores(suiteId -> RedisSuiteTicketStore.using(wecomRedisConnection, suiteId, config));
    }

    @Bean
    @ConditionalOnMissingBean(InstallationStore.class)
    RedisInstallationStore wecomInstallationStore(StatefulRedisConnection<String, String> wecomRedisConnection,
        WeComProperties properties) {
      return RedisInstallationStore.using(wecomRedisConnection, config(properties));
    }
  }
}
