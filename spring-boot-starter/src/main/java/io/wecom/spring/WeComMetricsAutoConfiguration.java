package io.wecom.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.wecom.client.WeComClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Gives every app's client the application's {@link MeterRegistry} (Spring Boot Actuator's, or one of your own), so
 * that {@code wecom.client.*} meters are recorded, tagged with the app name. Off with {@code wecom.metrics.enabled=false}.
 */
@AutoConfiguration
@ConditionalOnClass({MeterRegistry.class, WeComClient.class})
@ConditionalOnProperty(prefix = "wecom.metrics", name = "enabled", matchIfMissing = true)
public class WeComMetricsAutoConfiguration {

  @Bean
  WeComClientCustomizer wecomMeterRegistryCustomizer(ObjectProvider<MeterRegistry> registry) {
    return (appName, builder) -> registry.ifUnique(builder::meterRegistry);
  }
}
