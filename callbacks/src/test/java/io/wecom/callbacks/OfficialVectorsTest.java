package io.wecom.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import io.wecom.callbacks.event.CallbackEvent;
import io.wecom.callbacks.event.TextMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The crypto against WeCom's own published vectors: the worked example of 加解密方案说明 (document 90968) and the
 * URL-verification and message samples shipped with WeCom's WXBizMsgCrypt libraries. Each handler's clock stands at
 * the vector's timestamp.
 */
class OfficialVectorsTest {

  /** 加解密方案说明 (90968), "举例说明", and the WXBizMsgCrypt samples. */
  private static final String DOC_TOKEN = "QDG6eK";
  private static final String DOC_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
  private static final String DOC_CORP_ID = "wx5823bf96d3bd56c7";
  private static final String DOC_ENCRYPT = "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/"
      + "0lWfrf0QA"
      + "DHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06"
      + "DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqb"
      + "Sf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m"
      + "3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==";

  /** The Python WXBizMsgCrypt sample (weworkapi_python, callback/Sample.py). */
  private static final String PY_TOKEN = "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo";
  private static final String PY_KEY = "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt";
  private static final String PY_CORP_ID = "ww1436e0e65a779aee";

  private static WeComCallbackHandler handler(String token, String key, String corpId, long now) {
    return WeComCallbackHandler.of(CallbackConfig.custom().token(token).encodingAesKey(key).receiveIds(corpId)
        .clock(Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC)).build());
  }

  @Test
  void theWorkedExampleOfTheDocsDecryptsToItsHelloMessage() {
    String body = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA[" + DOC_ENCRYPT
        + "]]></Encrypt><AgentID><![CDATA[218]]></AgentID></xml>";

    CallbackEvent event = handler(DOC_TOKEN, DOC_KEY, DOC_CORP_ID, 1409659813)
        .handle("477715d11cdb4164915debcba66cb864d751f3e6", "1409659813", "1372623149", body);

    assertThat(event).isInstanceOfSatisfying(TextMessage.class, text -> {
      assertThat(text.content()).isEqualTo("hello");
      assertThat(text.msgId()).isEqualTo("4561255354251345929");
      assertThat(text.header().corpId()).isEqualTo("wx5823bf96d3bd56c7");
      assertThat(text.header().fromUser()).isEqualTo("mycreate");
      assertThat(text.header().time()).isEqualTo(Instant.ofEpochSecond(1409659813));
      assertThat(text.header().agentId()).isEqualTo(218);
    });
  }

  @Test
  void theSampleUrlVerificationEchoesItsDecryptedEchostr() {
    String echo = handler(DOC_TOKEN, DOC_KEY, DOC_CORP_ID, 1409659589).verifyUrl(
        "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780",
        "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==");

    assertThat(echo).isEqualTo("1616140317555161061");
  }

  @Test
  void thePythonSampleVerifiesItsUrlAndDecryptsItsMessage() {
    String echo = handler(PY_TOKEN, PY_KEY, PY_CORP_ID, 1476416373).verifyUrl(
        "012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb", "1476416373", "47744683",
        "fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==");
    String body = "<xml><ToUserName><![CDATA[ww1436e0e65a779aee]]></ToUserName>\n<Encrypt><![CDATA["
        + "Kl7kjoSf6DMD1zh7rtrHjFaDapSCkaOnwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgGzBhzTtRLNshw2AEew"
        + "+kkYcD+Fq72Kt00fT0WnN87hGrW8SqGc+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3JWcoD4Z5jaU0y9GSh010wsHF8KZD24Yhm"
        + "ZH4ch4Ka7ilEbjbfvhKkNL65HHL0J6EYJIZUC2pFrdkJ7MhmEbU2qARR4iQHE7wy24qy0cRX3Mfp6iELcDNfSsPGjUQVDGxQDCWjayJOpcwo"
        + "cugux082f49HKYg84EpHSGXAyh+/oxwaWbvL6aSDPOYuPDGOCI8jmnKiypE+]]></Encrypt>\n"
        + "<AgentID><![CDATA[1000002]]></AgentID>\n</xml>";

    CallbackEvent event = handler(PY_TOKEN, PY_KEY, PY_CORP_ID, 1476422779)
        .handle("0c3914025cb4b4d68103f6bfc8db550f79dcf48e", "1476422779", "1597212914", body);

    assertThat(echo).as("an echostr is a random string of digits").matches("[0-9]{10,}");
    // the sample's reply example shows this same message: ChenJiaShun says 你好 to app 1000002
    assertThat(event).isInstanceOfSatisfying(TextMessage.class, text -> {
      assertThat(text.content()).isEqualTo("你好");
      assertThat(text.msgId()).isEqualTo("1456453720");
      assertThat(text.header().fromUser()).isEqualTo("ChenJiaShun");
      assertThat(text.header().corpId()).isEqualTo(PY_CORP_ID);
      assertThat(text.header().agentId()).isEqualTo(1000002);
    });
  }

  @Test
  void theSampleSignatureIsTheSha1OfTheSortedParts() {
    // 90968, 第二步: sort_str = nonce + timestamp + token + msg_encrypt, sha1 = 477715d1...
    assertThat(io.wecom.callbacks.internal.MsgSignature.sign(DOC_TOKEN, "1409659813", "1372623149", DOC_ENCRYPT))
        .isEqualTo("477715d11cdb4164915debcba66cb864d751f3e6");
  }
}
