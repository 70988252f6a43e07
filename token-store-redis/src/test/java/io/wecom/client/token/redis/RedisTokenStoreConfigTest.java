package io.wecom.client.token.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wecom.client.token.redis.RedisTokenStoreConfig.WhenUnavailable;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisTokenStoreConfigTest {

  @Test
  void theDefaultsFailFastAfterOneSecondUnderTheProjectPrefix() {
    RedisTokenStoreConfig defaults = RedisTokenStoreConfig.ofDefaults();

    assertThat(defaults.keyPrefix()).isEqualTo("wecom-java:");
    assertThat(defaults.commandTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(defaults.whenUnavailable()).isEqualTo(WhenUnavailable.FAIL);
  }

  @Test
  void fromCopiesEverySettingAndChangesOnlyWhatIsSet() {
    RedisTokenStoreConfig base = RedisTokenStoreConfig.custom().keyPrefix("prod:").commandTimeout(Duration.ofMillis(200))
        .connectTimeout(Duration.ofSeconds(2)).whenUnavailable(WhenUnavailable.LOCAL_FALLBACK).build();

    RedisTokenStoreConfig changed = RedisTokenStoreConfig.from(base).keyPrefix("staging:").build();

    assertThat(changed.toString()).isEqualTo("RedisTokenStoreConfig[keyPrefix=staging:, commandTimeout=PT0.2S, "
        + "connectTimeout=PT2S, whenUnavailable=LOCAL_FALLBACK]");
    assertThat(base.keyPrefix()).isEqualTo("prod:");
  }

  @Test
  void badSettingsAreRefusedNamingTheSettingAndTheValue() {
    assertThatThrownBy(() -> RedisTokenStoreConfig.custom().commandTimeout(Duration.ZERO))
        .hasMessage("commandTimeout must be at least 1 ms, was PT0S");
    assertThatThrownBy(() -> RedisTokenStoreConfig.custom().connectTimeout(Duration.ofSeconds(-1)))
        .hasMessage("connectTimeout must be at least 1 ms, was PT-1S");
    assertThatThrownBy(() -> RedisTokenStoreConfig.custom().keyPrefix("my app:"))
        .hasMessage("keyPrefix must not contain whitespace or control characters, was \"my app:\"");
    assertThatThrownBy(() -> RedisTokenStoreConfig.custom().keyPrefix("x".repeat(201)))
        .hasMessage("keyPrefix must be at most 200 characters, was 201");
    assertThatThrownBy(() -> RedisTokenStoreConfig.custom().whenUnavailable(null))
        .isInstanceOf(NullPointerException.class).hasMessage("whenUnavailable");
  }
}
