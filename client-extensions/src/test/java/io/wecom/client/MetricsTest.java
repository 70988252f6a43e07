package io.wecom.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wecom.client.error.BadRequestException;
import io.wecom.client.error.CircuitOpenException;
import io.wecom.client.error.RateLimitedException;
import io.wecom.client.error.WeComTransportException;
import io.wecom.client.resilience.ResilienceConfig;
import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.testing.FakeWeCom.Answer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsTest {

  private static final String USER_GET = "/cgi-bin/user/get";
  private static final String SECRET = "s3cret-of-the-crm-app";
  private static final ResilienceConfig FAST_RETRIES = ResilienceConfig.custom()
      .initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(2)).build();

  private final FakeWeCom wecom = new FakeWeCom();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  @AfterEach
  void stop() {
    wecom.close();
  }

  private WeComClient client(ResilienceConfig resilience) {
    return WeComClient.builder().baseUrl(wecom.baseUrl()).corpId("ww-corp").secret(SECRET).name("crm")
        .resilience(resilience).meterRegistry(meters).build();
  }

  private long calls(String operation, String outcome) {
    var timer = meters.find("wecom.client.calls").tags("client", "crm", "operation", operation, "outcome", outcome)
        .timer();
    return timer == null ? 0 : timer.count();
  }

  private double counter(String name, String... tags) {
    var counter = meters.find(name).tags("client", "crm").tags(tags).counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void eachSuccessfulCallIsTimedOnceUnderItsOperationAndTheTokenFetchIsCounted() {
    WeComClient client = client(FAST_RETRIES);

    client.contacts().getUser("zhangsan");
    client.contacts().getUser("lisi");
    client.contacts().getUser("wangwu");

    assertThat(calls("getUser", "success")).isEqualTo(3);
    assertThat(calls("getToken", "success")).isEqualTo(1);
    assertThat(counter("wecom.client.token.fetches", "kind", "access_token", "outcome", "success")).isEqualTo(1);
    assertThat(meters.find("wecom.client.errcodes").counters()).isEmpty();
    assertThat(meters.get("wecom.client.calls").tag("operation", "getUser").timer().totalTime(TimeUnit.NANOSECONDS))
        .isPositive();
  }

  @Test
  void aWeComErrorIsCountedByErrcodeAndTheCallTimedWithItsOutcomeClass() {
    WeComClient client = client(FAST_RETRIES);
    wecom.enqueue(USER_GET, FakeWeCom.error(60111, "userid not found"));

    assertThatThrownBy(() -> client.contacts().getUser("nobody")).isInstanceOf(BadRequestException.class);

    assertThat(calls("getUser", "bad_request")).isEqualTo(1);
    assertThat(counter("wecom.client.errcodes", "operation", "getUser", "errcode", "60111")).isEqualTo(1);
  }

  @Test
  void aRetriedCallIsTimedOnceWhileEveryErrcodeAnswerIsCounted() {
    WeComClient client = client(FAST_RETRIES);
    wecom.enqueue(USER_GET, FakeWeCom.error(-1, "system busy"), FakeWeCom.error(-1, "system busy"));

    client.contacts().getUser("zhangsan");

    assertThat(wecom.count(USER_GET)).isEqualTo(3);
    assertThat(calls("getUser", "success")).isEqualTo(1);
    assertThat(calls("getUser", "system_busy")).isZero();
    assertThat(counter("wecom.client.errcodes", "operation", "getUser", "errcode", "-1")).isEqualTo(2);
    assertThat(meters.get("resilience4j.retry.calls").tags("name", "crm.getUser", "kind", "successful_with_retry")
        .functionCounter().count()).isEqualTo(1);
  }

  @Test
  void aRejectedTokenIsCountedAsAnInvalidationAndASecondFetch() {
    WeComClient client = client(FAST_RETRIES);
    client.contacts().getUser("zhangsan");
    wecom.expireAllTokens();

    client.contacts().getUser("zhangsan");

    assertThat(counter("wecom.client.token.invalidations", "kind", "access_token")).isEqualTo(1);
    assertThat(counter("wecom.client.token.fetches", "kind", "access_token", "outcome", "success")).isEqualTo(2);
    assertThat(counter("wecom.client.errcodes", "operation", "getUser", "errcode", "42001")).isEqualTo(1);
    assertThat(calls("getUser", "success")).isEqualTo(2);
  }

  @Test
  void aFailedTokenFetchIsCountedWithItsOutcomeClassAndFailsTheCall() {
    WeComClient client = client(ResilienceConfig.disabled());
    wecom.enqueue("/cgi-bin/gettoken", FakeWeCom.error(40001, "invalid credential"));

    assertThatThrownBy(() -> client.contacts().getUser("zhangsan")).isNotNull();

    assertThat(counter("wecom.client.token.fetches", "kind", "access_token", "outcome", "invalid_credential"))
        .isEqualTo(1);
    assertThat(calls("getToken", "invalid_credential")).isEqualTo(1);
    assertThat(calls("getUser", "invalid_credential")).isEqualTo(1);
  }

  @Test
  void transportFailuresRateLimitsAndAnOpenCircuitHaveOutcomeClassesOfTheirOwn() {
    WeComClient client = client(ResilienceConfig.custom().maxAttempts(1).circuitBreaker(CircuitBreakerConfig.custom()
        .slidingWindowSize(2).minimumNumberOfCalls(2).failureRateThreshold(100)
        .waitDurationInOpenState(Duration.ofMinutes(1)).build()).build());
    client.contacts().getUser("zhangsan");
    wecom.enqueue(USER_GET, new Answer(502, "text/html", "<html>Bad Gateway</html>"),
        new Answer(502, "text/html", "<html>Bad Gateway</html>"));
    wecom.enqueue("/cgi-bin/department/list", FakeWeCom.error(45009, "api freq out of limit"));

    assertThatThrownBy(() -> client.contacts().getUser("a")).isInstanceOf(WeComTransportException.class);
    assertThatThrownBy(() -> client.contacts().getUser("b")).isInstanceOf(WeComTransportException.class);
    assertThatThrownBy(() -> client.contacts().getUser("c")).isInstanceOf(CircuitOpenException.class);
    assertThatThrownBy(() -> client.contacts().listDepartments(null)).isInstanceOf(RateLimitedException.class);

    assertThat(calls("getUser", "transport")).isEqualTo(2);
    assertThat(calls("getUser", "circuit_open")).isEqualTo(1);
    assertThat(calls("listDepartments", "rate_limited")).isEqualTo(1);
    assertThat(meters.get("resilience4j.circuitbreaker.state").tags("name", "crm.getUser", "state", "open").gauge()
        .value()).isEqualTo(1);
  }

  @Test
  void noTagEverHoldsASecretOrAToken() {
    WeComClient client = client(FAST_RETRIES);
    client.contacts().getUser("zhangsan");
    wecom.expireAllTokens();
    client.contacts().getUser("zhangsan");
    wecom.enqueue(USER_GET, FakeWeCom.error(60111, "userid not found"));
    assertThatThrownBy(() -> client.contacts().getUser("nobody")).isInstanceOf(BadRequestException.class);

    assertThat(meters.getMeters()).isNotEmpty();
    for (Meter meter : meters.getMeters()) {
      for (Tag tag : meter.getId().getTags()) {
        assertThat(tag.getValue()).as(meter.getId().toString()).doesNotContain(SECRET).doesNotContain("TOKEN-");
      }
    }
  }
}
