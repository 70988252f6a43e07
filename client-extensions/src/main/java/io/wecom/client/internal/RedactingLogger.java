package io.wecom.client.internal;

import feign.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feign's request and response log, written to SLF4J at DEBUG with every secret and token masked, whatever the
 * log level. Logger name: {@code io.wecom.client.http}.
 */
public final class RedactingLogger extends Logger {

  private final org.slf4j.Logger log = LoggerFactory.getLogger("io.wecom.client.http");

  @Override
  protected void log(String configKey, String format, Object... args) {
    if (log.isDebugEnabled()) {
      log.debug(Redactor.redact(methodTag(configKey) + String.format(format, args)));
    }
  }
}
