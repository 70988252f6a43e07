package io.wecom.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wecom.client.CallOptions;
import io.wecom.client.WeComClient;
import io.wecom.client.error.CircuitOpenException;
import io.wecom.client.error.RateLimitedException;
import io.wecom.client.error.SystemBusyException;
import io.wecom.client.error.WeComTransportException;
import io.wecom.client.model.MessageText;
import io.wecom.client.model.SendMessageRequest;
import io.wecom.client.resilience.ResilienceConfig;
import io.wecom.sandbox.WeComSandbox;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client's resilience against the sandbox's faults: every call ends within its deadline with the right
 * exception, attempts are bounded as configured, and a message is never sent twice unless WeCom drops duplicates.
 */
class ResilienceFaultsTest {

  private static final Duration READ_TIMEOUT = Duration.ofMillis(800);
  /** Three attempts of at most one read timeout each, the backoffs between them, and slack for a busy machine. */
  private static final Duration DEADLINE = READ_TIMEOUT.multipliedBy(3).plus(Duration.ofMillis(900 + 1500));

  private static WeComSandbox sandbox;
  private WeComClient wecom;

  @BeforeAll
  static void start() {
    sandbox = WeComSandbox.start();
    WeComClient.builder().baseUrl(sandbox.baseUrl()).corpId("ww-warm").secret("any").build().contacts().listTags();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void freshClient() {
    sandbox.scenario().clearFaults();
    sandbox.clearRequests();
    wecom = WeComClient.builder().baseUrl(sandbox.baseUrl()).corpId("ww-corp").secret("any")
        .readTimeout(READ_TIMEOUT)
        .resilience(ResilienceConfig.custom().initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(400))
            .penaltyWindow(Duration.ofSeconds(30)).build())
        .build();
    wecom.contacts().listTags();
    sandbox.clearRequests();
  }

  private static SendMessageRequest text(boolean duplicateCheck) {
    SendMessageRequest message = new SendMessageRequest().touser("zhangsan").agentid(1000002L)
        .msgtype(SendMessageRequest.MsgtypeEnum.TEXT).text(new MessageText().content("disk full"));
    return duplicateCheck
        ? message.enableDuplicateCheck(SendMessageRequest.EnableDuplicateCheckEnum.NUMBER_1).duplicateCheckInterval(600)
        : message;
  }

  private static Throwable timed(Runnable call) {
    long start = System.nanoTime();
    Throwable thrown = catchThrowable(call::run);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time the call took").isLessThan(DEADLINE);
    return thrown;
  }

  @Test
  void aReadBeyondTheReadTimeoutIsTriedThreeTimesThenATransportError() {
    sandbox.scenario().latency("listTags", Duration.ofMillis(1500));

    Throwable thrown = timed(() -> wecom.contacts().listTags());

    assertThat(thrown).isInstanceOf(WeComTransportException.class);
    assertThat(sandbox.requests("listTags")).hasSize(3);
  }

  @Test
  void aSendThatTimesOutIsNeverRepeated() {
    sandbox.scenario().latency("sendMessage", Duration.ofMillis(1500));

    Throwable thrown = timed(() -> wecom.message().sendMessage(text(false)));

    assertThat(thrown).isInstanceOf(WeComTransportException.class);
    assertThat(((WeComTransportException) thrown).requestSent()).isTrue();
    assertThat(sandbox.requests("sendMessage")).as("sends that reached the sandbox").hasSize(1);
  }

  @Test
  void aSendWithDuplicateCheckOnIsRepeatedAfterATimeout() {
    sandbox.scenario().latency("sendMessage", Duration.ofMillis(1500));

    timed(() -> wecom.message().sendMessage(text(true)));

    assertThat(sandbox.requests("sendMessage")).hasSize(3);
  }

  @Test
  void aResetSendIsNotRepeated() {
    sandbox.scenario().resetNext("sendMessage", 5);

    Throwable thrown = timed(() -> wecom.message().sendMessage(text(false)));

    assertThat(thrown).isInstanceOf(WeComTransportException.class);
    assertThat(sandbox.requests("sendMessage")).hasSize(1);
  }

  @Test
  void resetReadsAreRetriedAndSucceedOnceTheNetworkRecovers() {
    sandbox.scenario().resetNext("listTags", 1);

    assertThat(wecom.contacts().listTags().getErrcode()).isZero();
    assertThat(sandbox.requests("listTags")).hasSizeBetween(2, 3);
  }

  @Test
  void anHtmlBadGatewayOnAReadIsRetriedAndTheLastErrorSurfaces() {
    sandbox.scenario().badGatewayNext("listTags", 3);

    WeComTransportException e = (WeComTransportException) timed(() -> wecom.contacts().listTags());

    assertThat(e.httpStatus()).isEqualTo(502);
    assertThat(sandbox.requests("listTags")).hasSize(3);
  }

  @Test
  void truncatedJsonOnASendIsATransportErrorAndNotRepeated() {
    sandbox.scenario().truncateNext("sendMessage", 3);

    Throwable thrown = timed(() -> wecom.message().sendMessage(text(false)));

    assertThat(thrown).isInstanceOf(WeComTransportException.class);
    assertThat(sandbox.requests("sendMessage")).hasSize(1);
  }

  @Test
  void aStormOfSystemBusyEndsAfterThreeAttemptsWithTheLastErrcode() {
    sandbox.scenario().failNext("listTags", -1, 10);

    SystemBusyException e = (SystemBusyException) timed(() -> wecom.contacts().listTags());

    assertThat(e.errcode()).isEqualTo(-1);
    assertThat(sandbox.requests("listTags")).hasSize(3);
  }

  @Test
  void systemBusyOnASendIsNotRepeatedWithoutDuplicateCheck() {
    sandbox.scenario().failNext("sendMessage", -1, 10);

    assertThat(timed(() -> wecom.message().sendMessage(text(false)))).isInstanceOf(SystemBusyException.class);
    assertThat(sandbox.requests("sendMessage")).hasSize(1);
  }

  @Test
  void aStormOf45009IsAnsweredOnceAndThenFailsFastWithoutReachingWeCom() {
    sandbox.scenario().failNext("listTags", 45009, 100);

    RateLimitedException first = catchThrowableOfType(RateLimitedException.class, () -> wecom.contacts().listTags());
    for (int i = 0; i < 20; i++) {
      RateLimitedException next = (RateLimitedException) timed(() -> wecom.contacts().listTags());
      assertThat(next.errcode()).isEqualTo(45009);
      assertThat(next.penalty()).hasValueSatisfying(p -> assertThat(p).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30)));
    }

    assertThat(first.errcode()).isEqualTo(45009);
    assertThat(sandbox.requests("listTags")).as("calls that reached the sandbox").hasSize(1);
  }

  @Test
  void repeatedTransportFailuresOpenTheCircuitAndLaterCallsAreNotSent() {
    WeComClient fragile = WeComClient.builder().baseUrl(sandbox.baseUrl()).corpId("ww-corp").secret("any")
        .resilience(ResilienceConfig.custom().maxAttempts(1).build()).build();
    fragile.contacts().listTags();
    sandbox.clearRequests();
    sandbox.scenario().badGatewayNext("listTags", 100);

    // the default breaker judges the last 20 calls once it has seen 10, and opens at a 50% failure rate:
    // the warm-up success and 9 failures open it
    for (int i = 0; i < 9; i++) {
      assertThat(catchThrowable(() -> fragile.contacts().listTags())).isInstanceOf(WeComTransportException.class)
          .isNotInstanceOf(CircuitOpenException.class);
    }
    for (int i = 0; i < 5; i++) {
      CircuitOpenException open = catchThrowableOfType(CircuitOpenException.class, () -> fragile.contacts().listTags());
      assertThat(open.requestSent()).isFalse();
    }

    assertThat(sandbox.requests("listTags")).hasSize(9);
  }

  @Test
  void businessErrorsDoNotOpenTheCircuit() {
    WeComClient client = WeComClient.builder().baseUrl(sandbox.baseUrl()).corpId("ww-corp").secret("any")
        .resilience(ResilienceConfig.custom().maxAttempts(1).build()).build();
    sandbox.scenario().failNext("getUser", 60111, 30);

    for (int i = 0; i < 30; i++) {
      assertThat(catchThrowable(() -> client.contacts().getUser("nobody"))).isNotInstanceOf(CircuitOpenException.class);
    }
  }

  @Test
  void aClientSideQuotaFailsFastBeyondItsLimit() {
    WeComClient limited = WeComClient.builder().baseUrl(sandbox.baseUrl()).corpId("ww-corp").secret("any")
        .resilience(ResilienceConfig.custom().quotaPerMinute(5).build()).build();
    for (int i = 0; i < 5; i++) {
      limited.contacts().listTags();
    }

    RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> limited.contacts().listTags());

    assertThat(e.errcode()).isNull();
    assertThat(e.getMessage()).contains("client-side quota of 5 calls per minute");
  }

  @Test
  void aLongerReadTimeoutForOneCallOverridesTheClientDefault() {
    sandbox.scenario().latency("listTags", Duration.ofMillis(1200));

    var slow = wecom.with(CallOptions.custom().readTimeout(Duration.ofSeconds(5)).build());

    assertThat(slow.contacts().listTags().getErrcode()).isZero();
    assertThat(catchThrowable(() -> wecom.contacts().listTags())).isInstanceOf(WeComTransportException.class);
  }
}
