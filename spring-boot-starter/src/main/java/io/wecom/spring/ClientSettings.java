package io.wecom.spring;

import io.wecom.client.WeComClientBuilder;
import io.wecom.client.resilience.ResilienceConfig;
import io.wecom.client.token.SuiteTicketSource;

/** Turns the {@code wecom.*} properties into client settings: the one place that maps a property to a builder call. */
final class ClientSettings {

  private ClientSettings() {}

  /** Sets {@code builder} up for the app {@code name}; the builder's own checks throw on a bad value. */
  static WeComClientBuilder apply(WeComClientBuilder builder, WeComProperties properties, String name,
      ResilienceConfig resilience, SuiteTicketSource suiteTickets) {
    WeComProperties.App app = properties.getApps().get(name);
    builder.name(name).baseUrl(properties.getBaseUrl()).connectTimeout(properties.getConnectTimeout())
        .readTimeout(properties.getReadTimeout()).resilience(resilience);
    if (app.getCorpId() != null) {
      builder.corpId(app.getCorpId());
    }
    if (app.getSecret() != null) {
      builder.secret(app.getSecret());
    }
    if (app.getAgentId() != null) {
      builder.agentId(app.getAgentId());
    }
    if (app.getMsgAuditSecret() != null) {
      builder.msgAuditSecret(app.getMsgAuditSecret());
    }
    if (app.getSuiteId() != null || app.getSuiteSecret() != null) {
      builder.suite(app.getSuiteId(), app.getSuiteSecret(), suiteTickets);
    }
    if (app.getAuthCorpId() != null || app.getPermanentCode() != null) {
      builder.authorizedCorp(app.getAuthCorpId(), app.getPermanentCode());
    }
    if (app.getProviderCorpId() != null || app.getProviderSecret() != null) {
      builder.provider(app.getProviderCorpId(), app.getProviderSecret());
    }
    return builder;
  }

  static ResilienceConfig resilience(WeComProperties.Resilience r) {
    if (!r.isEnabled()) {
      return ResilienceConfig.disabled();
    }
    return ResilienceConfig.custom().maxAttempts(r.getMaxAttempts()).initialBackoff(r.getInitialBackoff())
        .backoffMultiplier(r.getBackoffMultiplier()).maxBackoff(r.getMaxBackoff())
        .circuitBreakerEnabled(r.isCircuitBreakerEnabled()).quotaPerMinute(r.getQuotaPerMinute())
        .penaltyWindow(r.getPenaltyWindow()).build();
  }
}
