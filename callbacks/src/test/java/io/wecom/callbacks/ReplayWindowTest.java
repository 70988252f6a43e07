package io.wecom.callbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wecom.callbacks.CallbackVerificationException.Reason;
import io.wecom.callbacks.event.TextMessage;
import io.wecom.client.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A request is accepted only while its timestamp lies within the replay window around the handler's clock. */
class ReplayWindowTest {

  private static final String MESSAGE = "<xml><MsgType>text</MsgType><Content>hi</Content></xml>";

  private final MutableClock clock = new MutableClock();
  private final CallbackPusher wecom = TestApp.wecom(TestApp.CORP_ID, clock);
  private final long now = clock.instant().getEpochSecond();

  private Object receive(WeComCallbackHandler handler, SignedCallback pushed) {
    return handler.handle(pushed.msgSignature(), pushed.timestamp(), pushed.nonce(), pushed.body());
  }

  @Test
  void aRequestUpToFiveMinutesOldOrAheadIsAccepted() {
    WeComCallbackHandler handler = WeComCallbackHandler.of(TestApp.config(clock));

    assertThat(receive(handler, wecom.seal(MESSAGE, now - 300, "1"))).isInstanceOf(TextMessage.class);
    assertThat(receive(handler, wecom.seal(MESSAGE, now + 300, "2"))).isInstanceOf(TextMessage.class);
  }

  @Test
  void aRequestReplayedAfterTheWindowIsRefused() {
    WeComCallbackHandler handler = WeComCallbackHandler.of(TestApp.config(clock));
    SignedCallback pushed = wecom.seal(MESSAGE);
    receive(handler, pushed);

    clock.advance(Duration.ofMinutes(5).plusSeconds(1));

    assertThatThrownBy(() -> receive(handler, pushed))
        .isInstanceOfSatisfying(CallbackVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.REPLAYED_TIMESTAMP))
        .hasMessageContaining("timestamp " + now).hasMessageContaining("PT5M1S away").hasMessageContaining("PT5M");
  }

  @Test
  void aRequestFromTooFarAheadIsRefused() {
    WeComCallbackHandler handler = WeComCallbackHandler.of(TestApp.config(clock));

    assertThatThrownBy(() -> receive(handler, wecom.seal(MESSAGE, now + 301, "3")))
        .isInstanceOfSatisfying(CallbackVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.REPLAYED_TIMESTAMP));
  }

  @Test
  void theWindowIsConfigurableAndAppliesToUrlVerificationToo() {
    WeComCallbackHandler strict = WeComCallbackHandler.of(
        CallbackConfig.from(TestApp.config(clock)).replayWindow(Duration.ofSeconds(30)).build());
    SignedCallback echo = wecom.seal("1616140317555161061", now - 31, "4");

    assertThatThrownBy(() -> strict.verifyUrl(echo.msgSignature(), echo.timestamp(), echo.nonce(), echo.encrypted()))
        .isInstanceOfSatisfying(CallbackVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.REPLAYED_TIMESTAMP));
    clock.advance(Duration.ofSeconds(-1));
    assertThat(strict.verifyUrl(echo.msgSignature(), echo.timestamp(), echo.nonce(), echo.encrypted()))
        .isEqualTo("1616140317555161061");
  }

  @Test
  void aTimestampThatIsNotSecondsIsRefusedEvenWhenSigned() {
    WeComCallbackHandler handler = WeComCallbackHandler.of(TestApp.config(clock));
    String encrypted = wecom.seal(MESSAGE).encrypted();
    String signature = io.wecom.callbacks.internal.MsgSignature.sign(TestApp.TOKEN, "yesterday", "5", encrypted);

    assertThatThrownBy(() -> handler.verifyUrl(signature, "yesterday", "5", encrypted))
        .isInstanceOfSatisfying(CallbackVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.REPLAYED_TIMESTAMP))
        .hasMessageContaining("not a number of seconds");
  }
}
