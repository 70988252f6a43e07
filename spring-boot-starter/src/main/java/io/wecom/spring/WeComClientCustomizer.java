package io.wecom.spring;

import io.wecom.client.WeComClientBuilder;

/**
 * Adjusts the builder of each app's client after the {@code wecom.*} properties were applied and before it is built,
 * e.g. to set an HTTP transport, a clock or an object mapper. Declare one or more as beans; they run in bean order.
 */
@FunctionalInterface
public interface WeComClientCustomizer {

  /** Adjusts {@code builder}, the builder of the app named {@code appName}. */
  void customize(String appName, WeComClientBuilder builder);
}
