package io.wecom.spring;

import io.wecom.client.WeComClient;
import io.wecom.client.resilience.ResilienceConfig;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.ClassUtils;

/**
 * Checks the {@code wecom.*} properties before any bean is made, by building what they describe with the client's
 * own checks (which never print a secret) and naming the property at fault. Reports every problem at once.
 */
final class PropertiesCheck {

  private static final String REDIS_STORE = "io.wecom.client.token.redis.RedisTokenStore";
  private static final String CALLBACK_HANDLER = "io.wecom.callbacks.WeComCallbackHandler";

  private PropertiesCheck() {}

  static List<String> problems(WeComProperties properties, ClassLoader classLoader) {
    List<String> problems = new ArrayList<>();
    var apps = properties.getApps().keySet();
    if (properties.getPrimary() != null && !apps.contains(properties.getPrimary())) {
      problems.add("wecom.primary is '" + properties.getPrimary() + "', which is not one of the apps " + apps);
    }
    if (properties.getPrimary() == null && apps.size() > 1) {
      problems.add("wecom.primary must name the app injected without a qualifier: there are several apps " + apps);
    }
    ResilienceConfig resilience = ResilienceConfig.ofDefaults();
    try {
      resilience = ClientSettings.resilience(properties.getResilience());
    } catch (RuntimeException e) {
      problems.add("wecom.resilience: " + e.getMessage());
    }
    for (String app : apps) {
      try {
        ClientSettings.apply(WeComClient.builder(), properties, app, resilience, () -> null).build();
      } catch (RuntimeException e) {
        problems.add("wecom.apps." + app + ": " + e.getMessage());
      }
    }
    if (properties.getTokenStore().getType() == WeComProperties.TokenStore.Type.REDIS
        && !ClassUtils.isPresent(REDIS_STORE, classLoader)) {
      problems.add("wecom.token-store.type is redis, but io.wecom:wecom-token-store-redis is not on the class path");
    }
    WeComProperties.Callback callback = properties.getCallback();
    if (callback.isEnabled() && !ClassUtils.isPresent(CALLBACK_HANDLER, classLoader)) {
      problems.add("wecom.callback.enabled is true, but io.wecom:wecom-callbacks is not on the class path");
    }
    if (callback.isEnabled()) {
      String app = callback.getApp() != null ? callback.getApp() : properties.primaryApp();
      if (app == null || !apps.contains(app)) {
        problems.add("wecom.callback.app must name the app whose callbacks arrive, one of " + apps + "; was "
            + (app == null ? "not set" : "'" + app + "'"));
      }
      if (callback.getPath() == null || !callback.getPath().startsWith("/")) {
        problems.add("wecom.callback.path must start with /, was " + callback.getPath());
      }
    }
    return problems;
  }
}
