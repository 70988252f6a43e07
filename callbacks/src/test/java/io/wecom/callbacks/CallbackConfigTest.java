package io.wecom.callbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Bad settings fail when the config is built, with a message naming the setting and never its value. */
class CallbackConfigTest {

  private static CallbackConfig.Builder valid() {
    return CallbackConfig.custom().token(TestApp.TOKEN).encodingAesKey(TestApp.KEY).receiveIds(TestApp.CORP_ID);
  }

  @Test
  void anEncodingAesKeyOfTheWrongLengthIsRefusedWithItsLength() {
    String shortKey = TestApp.KEY.substring(0, 42);

    assertThatThrownBy(() -> valid().encodingAesKey(shortKey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("encodingAesKey must be 43 base64 characters (the EncodingAESKey of the WeCom admin console), "
            + "was 42 characters");
    assertThatThrownBy(() -> valid().encodingAesKey(TestApp.KEY + "="))
        .hasMessageContaining("was 44 characters").hasMessageNotContaining(TestApp.KEY);
  }

  @Test
  void anEncodingAesKeyWithNonBase64CharactersIsRefused() {
    String notBase64 = TestApp.KEY.substring(0, 42) + "-";

    assertThatThrownBy(() -> valid().encodingAesKey(notBase64))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("encodingAesKey must hold only base64 characters A-Z, a-z, 0-9, + and /");
  }

  @Test
  void tokenKeyAndAReceiveidAreRequired() {
    assertThatThrownBy(() -> CallbackConfig.custom().encodingAesKey(TestApp.KEY).receiveIds("x").build())
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("token is required");
    assertThatThrownBy(() -> CallbackConfig.custom().token(TestApp.TOKEN).receiveIds("x").build())
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("encodingAesKey is required");
    assertThatThrownBy(() -> CallbackConfig.custom().token(TestApp.TOKEN).encodingAesKey(TestApp.KEY).build())
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("receiveIds");
  }

  @Test
  void aTokenOutsideWeComsRuleIsRefusedWithoutShowingIt() {
    assertThatThrownBy(() -> valid().token("a23456789012345678901234567890123")).hasMessage(
        "token must be 1 to 32 letters or digits (WeCom's rule for the Token of a callback URL), was 33 characters");
    assertThatThrownBy(() -> valid().token("tok en\n")).hasMessageEndingWith(", has other characters");
    assertThatThrownBy(() -> CallbackPusher.of("", TestApp.KEY, TestApp.CORP_ID))
        .hasMessageEndingWith("was 0 characters");
  }

  @Test
  void theReplayWindowDefaultsToFiveMinutesAndMustBePositive() {
    assertThat(valid().build().replayWindow()).isEqualTo(Duration.ofMinutes(5));
    assertThatThrownBy(() -> valid().replayWindow(Duration.ZERO))
        .hasMessage("replayWindow must be positive, was PT0S");
  }

  @Test
  void aReceiveidFilterAcceptsIdsBeyondTheNamedOnes() {
    CallbackConfig config = CallbackConfig.custom().token(TestApp.TOKEN).encodingAesKey(TestApp.KEY)
        .receiveIdFilter(id -> id.startsWith("wwcustomer")).build();
    CallbackPusher wecom = CallbackPusher.of(TestApp.TOKEN, TestApp.KEY, "wwcustomer42");
    SignedCallback pushed = wecom.seal("<xml><MsgType>text</MsgType></xml>");

    assertThat(WeComCallbackHandler.of(config).handle(pushed.msgSignature(), pushed.timestamp(), pushed.nonce(),
        pushed.body()).header()).isNotNull();
  }

  @Test
  void fromCopiesEverySettingAndToStringMasksTheSecrets() {
    CallbackConfig base = valid().replayWindow(Duration.ofSeconds(90)).build();
    CallbackConfig copy = CallbackConfig.from(base).build();

    assertThat(copy.toString()).isEqualTo(base.toString())
        .contains("token=***", "encodingAesKey=***", TestApp.CORP_ID, "PT1M30S")
        .doesNotContain(TestApp.TOKEN, TestApp.KEY);
  }
}
