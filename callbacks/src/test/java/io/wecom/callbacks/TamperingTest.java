package io.wecom.callbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.wecom.callbacks.CallbackVerificationException.Reason;
import io.wecom.client.testing.MutableClock;
import java.util.Base64;
import java.util.Random;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Properties over seeded random inputs (500 trials each; a failure names its seed): a suite_ticket callback altered
 * in its signature, its encrypted text or its receiveid never yields an event and never reaches the ticket store; it
 * is always refused with the reason that names the alteration.
 */
class TamperingTest {

  private static final String HEX = "0123456789abcdef";
  private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private final MutableClock clock = new MutableClock();
  private final WeComCallbackHandler handler = WeComCallbackHandler.of(TestApp.config(clock));
  private final CallbackPusher wecom = TestApp.wecom(TestApp.SUITE_ID, clock);

  private static final int TRIALS = 500;

  private static void forEachSeed(LongConsumer trial) {
    for (long seed = 0; seed < TRIALS; seed++) {
      trial.accept(seed);
    }
  }

  @AfterEach
  void nothingWasStored() {
    assertThat(handler.suiteTicketStore().currentTicket()).isNull();
  }

  private SignedCallback ticketCallback(Random random) {
    return wecom.seal(suiteTicket("ticket-" + random.nextLong()));
  }

  private static String suiteTicket(String ticket) {
    return "<xml><SuiteId><![CDATA[" + TestApp.SUITE_ID + "]]></SuiteId><InfoType><![CDATA[suite_ticket]]></InfoType>"
        + "<TimeStamp>1767225600</TimeStamp><SuiteTicket><![CDATA[" + ticket + "]]></SuiteTicket></xml>";
  }

  private Reason refusal(SignedCallback callback, String signature, String encrypted) {
    String body = "<xml><ToUserName><![CDATA[" + TestApp.SUITE_ID + "]]></ToUserName><Encrypt><![CDATA["
        + encrypted + "]]></Encrypt></xml>";
    Throwable thrown = catchThrowable(() -> handler.handle(signature, callback.timestamp(), callback.nonce(), body));
    assertThat(thrown).as("an altered callback is refused").isInstanceOf(CallbackVerificationException.class);
    return ((CallbackVerificationException) thrown).reason();
  }

  @Test
  void anAlteredSignatureIsRefused() {
    forEachSeed(seed -> {
      Random random = new Random(seed);
      SignedCallback callback = ticketCallback(random);
      String signature = callback.msgSignature();
      String altered = switch (random.nextInt(4)) {
        case 0 -> replaceOne(random, signature, HEX);
        case 1 -> signature.substring(0, 1 + random.nextInt(signature.length() - 1));
        case 2 -> signature + HEX.charAt(random.nextInt(16));
        default -> signature.toUpperCase();
      };
      if (altered.equals(signature)) {
        altered = altered + "0";
      }

      assertThat(refusal(callback, altered, callback.encrypted())).as("seed %d", seed)
          .isEqualTo(Reason.BAD_SIGNATURE);
    });
  }

  @Test
  void anAlteredEncryptedTextIsRefusedByItsSignature() {
    forEachSeed(seed -> {
      Random random = new Random(seed);
      SignedCallback callback = ticketCallback(random);
      String encrypted = callback.encrypted();
      String altered = switch (random.nextInt(3)) {
        case 0 -> replaceOne(random, encrypted, BASE64);
        case 1 -> encrypted.substring(0, encrypted.length() - 4 - 4 * random.nextInt(encrypted.length() / 4 - 1));
        default -> encrypted.substring(0, encrypted.length() - 2) + "AA"
            + encrypted.substring(encrypted.length() - 2);
      };

      assertThat(refusal(callback, callback.msgSignature(), altered)).as("seed %d", seed)
          .isEqualTo(Reason.BAD_SIGNATURE);
    });
  }

  @Test
  void aMessageForAnotherReceiveidIsRefusedEvenWhenSignedWithTheToken() {
    forEachSeed(seed -> {
      Random random = new Random(seed);
      String suiteId = TestApp.SUITE_ID;
      String other = switch (random.nextInt(4)) {
        case 0 -> suiteId.substring(0, 1 + random.nextInt(suiteId.length() - 1));
        case 1 -> suiteId + (char) ('a' + random.nextInt(26));
        case 2 -> replaceOne(random, suiteId, "abcdefghijklmnopqrstuvwxyz0123456789");
        default -> "ww" + Long.toHexString(random.nextLong());
      };
      SignedCallback callback = CallbackPusher.of(TestApp.TOKEN, TestApp.KEY, other).withClock(clock)
          .seal(suiteTicket("ticket-" + seed));

      assertThat(refusal(callback, callback.msgSignature(), callback.encrypted())).as("seed %d", seed)
          .isEqualTo(Reason.BAD_RECEIVE_ID);
    });
  }

  @Test
  void aTextEncryptedWithAnotherKeyIsRefusedEvenWhenSignedWithTheToken() {
    forEachSeed(seed -> {
      Random random = new Random(seed);
      byte[] otherKey = new byte[32];
      random.nextBytes(otherKey);
      String encodingAesKey = Base64.getEncoder().withoutPadding().encodeToString(otherKey).substring(0, 43);
      SignedCallback callback = CallbackPusher.of(TestApp.TOKEN, encodingAesKey, TestApp.SUITE_ID).withClock(clock)
          .seal(suiteTicket("ticket-" + seed));

      assertThat(refusal(callback, callback.msgSignature(), callback.encrypted())).as("seed %d", seed)
          .isEqualTo(Reason.BAD_KEY);
    });
  }

  @Test
  void anUntamperedCallbackPassesSoTheRefusalsAboveAreTheAlterations() {
    SignedCallback callback = ticketCallback(new Random(1));
    WeComCallbackHandler fresh = WeComCallbackHandler.of(TestApp.config(clock));

    fresh.handle(callback.msgSignature(), callback.timestamp(), callback.nonce(), callback.body());

    assertThat(fresh.suiteTicketStore().currentTicket()).startsWith("ticket-");
  }

  private static String replaceOne(Random random, String text, String alphabet) {
    int at = random.nextInt(text.length());
    char current = text.charAt(at);
    char replacement;
    do {
      replacement = alphabet.charAt(random.nextInt(alphabet.length()));
    } while (replacement == current);
    return text.substring(0, at) + replacement + text.substring(at + 1);
  }
}
