package io.wecom.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wecom.client.WeComClient;
import io.wecom.client.error.RateLimitedException;
import io.wecom.client.error.SystemBusyException;
import io.wecom.client.error.WeComTransportException;
import io.wecom.sandbox.WeComSandbox;
import java.time.Duration;
import io.wecom.client.resilience.ResilienceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Given a scenario set on the sandbox, when the client calls, then it sees the fault WeCom or the network would cause. */
class SandboxScenariosTest {

  private static WeComSandbox sandbox;
  private static WeComClient wecom;

  @BeforeAll
  static void start() {
    sandbox = WeComSandbox.start();
    wecom = WeComClient.builder().baseUrl(sandbox.baseUrl()).corpId("ww-sandbox").secret("any")
        .readTimeout(Duration.ofSeconds(1)).resilience(ResilienceConfig.disabled()).build();
    // a cold JVM answers its first calls slowly; warm up with the default timeouts
    WeComClient.builder().baseUrl(sandbox.baseUrl()).corpId("ww-sandbox").secret("any").build().contacts().listTags();
    wecom.contacts().listTags();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @AfterEach
  void clear() {
    sandbox.scenario().clearFaults();
  }

  @Test
  void aScriptedErrcodeAnswersTheNextCallsOnly() {
    sandbox.scenario().failNext("listTags", -1, 2);

    assertThat(catchThrowableOfType(SystemBusyException.class, () -> wecom.contacts().listTags()).errcode()).isEqualTo(-1);
    assertThat(catchThrowableOfType(SystemBusyException.class, () -> wecom.contacts().listTags())).isNotNull();
    assertThat(wecom.contacts().listTags().getErrcode()).isZero();
  }

  @Test
  void aResetConnectionIsATransportFailureForTheClient() {
    // a POST: the JDK's HttpClient may quietly repeat an idempotent GET on a reset kept-alive connection, never a POST
    sandbox.scenario().resetNext("createTag", 1);

    WeComTransportException e = catchThrowableOfType(WeComTransportException.class,
        () -> wecom.contacts().createTag(new io.wecom.client.model.CreateTagRequest().tagname("reset")));

    assertThat(e.requestSent()).isTrue();
    assertThat(sandbox.requests("createTag")).hasSize(1);
    assertThat(wecom.contacts().listTags().getErrcode()).isZero();
  }

  @Test
  void anHtmlBadGatewayIsATransportFailureWithItsStatusAndBody() {
    sandbox.scenario().badGatewayNext("listTags", 1);

    WeComTransportException e = catchThrowableOfType(WeComTransportException.class, () -> wecom.contacts().listTags());

    assertThat(e.httpStatus()).isEqualTo(502);
    assertThat(e.bodyExcerpt()).contains("502 Bad Gateway");
  }

  @Test
  void aTruncatedBodyIsATransportFailure() {
    sandbox.scenario().truncateNext("listTags", 1);

    assertThat(catchThrowableOfType(WeComTransportException.class, () -> wecom.contacts().listTags())).isNotNull();
  }

  @Test
  void latencyBeyondTheReadTimeoutIsATimeout() {
    sandbox.scenario().latency("listTags", Duration.ofMillis(1500));

    WeComTransportException e = catchThrowableOfType(WeComTransportException.class, () -> wecom.contacts().listTags());

    assertThat(e.getMessage()).containsIgnoringCase("timed out");
  }

  @Test
  void aQuotaPerMinuteAnswers45009BeyondIt() {
    sandbox.scenario().quotaPerMinute("listTags", 3);
    for (int i = 0; i < 3; i++) {
      wecom.contacts().listTags();
    }

    RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> wecom.contacts().listTags());

    assertThat(e.errcode()).isEqualTo(45009);
  }
}
