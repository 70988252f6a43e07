package io.wecom.callbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.wecom.callbacks.CallbackVerificationException.Reason;
import io.wecom.client.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests that are not callbacks at all are refused with a reason and a message that says what was wrong, and the
 * messages never hold the token, the key, the ciphertext's plaintext or a suite_ticket.
 */
class RefusedInputTest {

  private final MutableClock clock = new MutableClock();
  private final WeComCallbackHandler handler = WeComCallbackHandler.of(TestApp.config(clock));
  private final CallbackPusher wecom = TestApp.wecom(TestApp.SUITE_ID, clock);
  private final List<String> messages = new ArrayList<>();

  private CallbackVerificationException refused(String signature, String timestamp, String nonce, String body) {
    Throwable thrown = catchThrowable(() -> handler.handle(signature, timestamp, nonce, body));
    assertThat(thrown).as("the request is refused").isInstanceOf(CallbackVerificationException.class);
    messages.add(thrown.getMessage());
    return (CallbackVerificationException) thrown;
  }

  private CallbackVerificationException refusedSigned(String plaintext) {
    SignedCallback pushed = wecom.seal(plaintext);
    return refused(pushed.msgSignature(), pushed.timestamp(), pushed.nonce(), pushed.body());
  }

  @Test
  void missingParametersAreNamed() {
    SignedCallback pushed = wecom.seal("<xml/>");

    assertThat(refused(null, pushed.timestamp(), pushed.nonce(), pushed.body()))
        .hasMessage("callback refused (MISSING_PARAMETER): msg_signature is missing");
    assertThat(refused(pushed.msgSignature(), "", pushed.nonce(), pushed.body()))
        .hasMessageEndingWith("timestamp is missing");
    assertThat(refused(pushed.msgSignature(), pushed.timestamp(), pushed.nonce(), " ").reason())
        .isEqualTo(Reason.MISSING_PARAMETER);
  }

  @Test
  void aBodyThatIsNotXmlOrHasNoEncryptIsMalformed() {
    SignedCallback pushed = wecom.seal("<xml/>");

    assertThat(refused(pushed.msgSignature(), pushed.timestamp(), pushed.nonce(), "{\"Encrypt\":\"x\"}"))
        .hasMessageEndingWith("the callback body is not well-formed XML");
    assertThat(refused(pushed.msgSignature(), pushed.timestamp(), pushed.nonce(), "<xml><ToUserName/></xml>"))
        .hasMessageEndingWith("the callback body has no Encrypt element");
  }

  @Test
  void aSignedTextThatIsNotBase64OfAesBlocksIsABadCiphertext() {
    assertThat(verifySigned("bm90IGEgY2lwaGVydGV4dCE=")).hasMessageEndingWith(
        "the encrypted text is 17 bytes, not a whole number of 16-byte AES blocks");
    assertThat(verifySigned("not*base64")).hasMessageEndingWith("the encrypted text is not base64");
  }

  private CallbackVerificationException verifySigned(String encrypted) {
    String signature = io.wecom.callbacks.internal.MsgSignature.sign(TestApp.TOKEN, "1767225600", "1", encrypted);
    Throwable thrown = catchThrowable(() -> handler.verifyUrl(signature, "1767225600", "1", encrypted));
    assertThat(thrown).isInstanceOfSatisfying(CallbackVerificationException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.BAD_CIPHERTEXT));
    return (CallbackVerificationException) thrown;
  }

  @Test
  void aDecryptedMessageThatIsNotXmlOrLacksItsKeyFieldIsMalformed() {
    assertThat(refusedSigned("suite_ticket=abc")).hasMessageEndingWith("the decrypted message is not well-formed XML");
    assertThat(refusedSigned("<xml><InfoType>suite_ticket</InfoType><SuiteTicket></SuiteTicket></xml>"))
        .hasMessageEndingWith("a suite_ticket callback has no SuiteTicket");
    assertThat(refusedSigned("<xml><MsgType>event</MsgType><Event>change_contact</Event>"
        + "<ChangeType>create_party</ChangeType><Id>two</Id></xml>"))
        .hasMessageEndingWith("field Id should be a number, was 'two'");
    assertThat(handler.suiteTicketStore().currentTicket()).isNull();
  }

  @Test
  void externalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "file-content-must-stay-home");
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>"
        + "<xml><InfoType>suite_ticket</InfoType><SuiteTicket>&e;</SuiteTicket></xml>";
    SignedCallback pushed = wecom.seal("<xml/>");

    assertThat(refusedSigned(xxe).reason()).isEqualTo(Reason.MALFORMED_XML);
    assertThat(refused(pushed.msgSignature(), pushed.timestamp(), pushed.nonce(),
        xxe.replace("SuiteTicket", "Encrypt")).reason()).isEqualTo(Reason.MALFORMED_XML);
    assertThat(handler.suiteTicketStore().currentTicket()).isNull();
    assertThat(messages).noneMatch(m -> m.contains("file-content-must-stay-home"));
  }

  @Test
  void noRefusalMessageHoldsTheTokenOrTheKey() {
    String ticket = "<xml><InfoType>suite_ticket</InfoType><SuiteTicket>tkt-9</SuiteTicket></xml>";
    SignedCallback pushed = wecom.seal(ticket);
    refused(pushed.msgSignature() + "0", pushed.timestamp(), pushed.nonce(), pushed.body());
    refused(pushed.msgSignature(), "1", pushed.nonce(), pushed.body());
    CallbackPusher other = CallbackPusher.of(TestApp.TOKEN, TestApp.KEY, "ww-other").withClock(clock);
    SignedCallback misdirected = other.seal(ticket);
    refused(misdirected.msgSignature(), misdirected.timestamp(), misdirected.nonce(), misdirected.body());

    assertThat(messages).hasSize(3).allSatisfy(m -> assertThat(m).doesNotContain(TestApp.TOKEN, TestApp.KEY, "tkt-9"));
    assertThat(messages.get(2)).contains("receiveid 'ww-other'");
    assertThat(handler.toString()).doesNotContain(TestApp.TOKEN, TestApp.KEY);
    assertThat(other.toString()).doesNotContain(TestApp.TOKEN, TestApp.KEY);
  }
}
