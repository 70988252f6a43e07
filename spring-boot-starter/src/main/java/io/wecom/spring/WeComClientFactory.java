package io.wecom.spring;

import io.wecom.client.WeComClient;
import io.wecom.client.WeComClientBuilder;
import io.wecom.client.token.TokenStore;
import java.util.List;

/** Builds the client of one configured app: its properties, the shared token store, then the customizers. */
final class WeComClientFactory {

  private final WeComProperties properties;
  private final TokenStore tokenStore;
  private final WeComSuiteTicketStores suiteTickets;
  private final List<WeComClientCustomizer> customizers;

  WeComClientFactory(WeComProperties properties, TokenStore tokenStore, WeComSuiteTicketStores suiteTickets,
      List<WeComClientCustomizer> customizers) {
    this.properties = properties;
    this.tokenStore = tokenStore;
    this.suiteTickets = suiteTickets;
    this.customizers = List.copyOf(customizers);
  }

  WeComClient create(String appName) {
    String suiteId = properties.getApps().get(appName).getSuiteId();
    WeComClientBuilder builder = ClientSettings.apply(WeComClient.builder(), properties, appName,
        ClientSettings.resilience(properties.getResilience()), suiteId == null ? null : suiteTickets.forSuite(suiteId))
        .tokenStore(tokenStore);
    customizers.forEach(customizer -> customizer.customize(appName, builder));
    return builder.build();
  }
}
